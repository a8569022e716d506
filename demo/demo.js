// The demo clinic's own page script, shared by both demo pages. The widgets need none of it.
//
// 1. A stand-in for the clinic's signup service. The demo pages give <iop-buddy-signup> no
//    `endpoint`, so on its own the form would say it is not connected (it never pretends to have
//    sent). A site that delivers signups itself handles the `iop-buddy-submit` event instead and
//    reports the outcome with `event.detail.respondWith(promise)`: here the "clinic" accepts every
//    signup after a short delay. The payload stays in this page; nothing is sent anywhere.
// 2. On the configured page, a language switcher: it sets `<html lang>` (the page's own text
//    follows it through CSS; titles and labels are swapped here) and calls
//    `window.IopWidgets.setLocale()`, which switches every widget.

const ACCEPT_AFTER_MS = 900;

document.addEventListener('iop-buddy-submit', (event) => {
  const detail = event.detail;
  if (typeof detail?.respondWith !== 'function') return;
  detail.respondWith(new Promise((accept) => setTimeout(accept, ACCEPT_AFTER_MS)));
});

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
