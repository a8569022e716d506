// The demo clinic's own page script, shared by both demo pages. The widgets need none of it.
//
// 1. The clinic's signup service. `npm start` serves iop-buddy-receiver (receiver/) at
//    /api/buddy-signup on a SQLite file in .demo-receiver/, so the form gets that `endpoint` and its
//    "sent" is a real, stored signup; a line under the form says how many signups the demo
//    database holds. Where the page is served without that service (the static checks), a
//    stand-in handles the `iop-buddy-submit` event instead and accepts every signup after a short
//    delay, as a site that delivers signups itself would with `event.detail.respondWith(promise)`.
// 2. On the configured page, a language switcher: it sets `<html lang>` (the page's own text
//    follows it through CSS; titles and labels are swapped here) and calls
//    `window.IopWidgets.setLocale()`, which switches every widget.

const ACCEPT_AFTER_MS = 900;
const SIGNUP_ENDPOINT = '/api/buddy-signup';
const COUNT_URL = '/api/demo-signups';

/** How many signups the demo database holds, or undefined when no receiver is there. */
async function storedSignups() {
  try {
    const answer = await fetch(COUNT_URL, {cache: 'no-store'});
    return answer.ok ? ((await answer.json()).signups ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

const forms = document.querySelectorAll('iop-buddy-signup');
const count = forms.length ? await storedSignups() : undefined;
if (count === undefined) {
  document.addEventListener('iop-buddy-submit', (event) => {
    const detail = event.detail;
    if (typeof detail?.respondWith !== 'function') return;
    detail.respondWith(new Promise((accept) => setTimeout(accept, ACCEPT_AFTER_MS)));
  });
} else {
  const lines = [...forms].map((form) => {
    form.setAttribute('endpoint', SIGNUP_ENDPOINT);
    const line = document.createElement('p');
    line.className = 'demo-signups';
    line.setAttribute('role', 'status');
    form.after(line);
    return line;
  });
  const show = (n) => {
    for (const line of lines) {
      line.textContent = `Demo database: ${n} signup${n === 1 ? '' : 's'} stored (encrypted, in .demo-receiver/).`;
    }
  };
  show(count);
  document.addEventListener('iop-buddy-sent', async () => show((await storedSignups()) ?? count));
}

const languagePicker = document.querySelector('#language');
if (languagePicker instanceof HTMLSelectElement) {
  languagePicker.value = document.documentElement.lang;
  languagePicker.addEventListener('change', async () => {
    const lang = languagePicker.value;
    document.documentElement.lang = lang;
    document.title = languagePicker.selectedOptions[0]?.dataset.title ?? document.title;
    for (const element of document.querySelectorAll(`[data-label-${lang}]`)) {
      element.setAttribute('aria-label', element.getAttribute(`data-label-${lang}`));
    }
    await window.IopWidgets?.setLocale(lang);
  });
}
