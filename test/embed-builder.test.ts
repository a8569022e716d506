// The embed builder (builder/): accessible in every visible state, and the snippet it writes
// reproduces its preview. It reads custom-elements.json and the built CDN file, as on the demo
// site: run `npm run build` first (npm test does).
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../builder/define.js';
import type {IopEmbedBuilder} from '../builder/embed-builder.js';

const CDN = '/cdn/iop-widgets.js';
const WIDGETS = ['iop-program-explainer', 'iop-care-quiz', 'iop-sober-tips', 'iop-buddy-signup'];

/** The builder once it has read the manifest and the CDN file. */
async function builder(manifest = '/custom-elements.json'): Promise<IopEmbedBuilder> {
  const el = await fixture<IopEmbedBuilder>(
    html`<iop-embed-builder manifest-src=${manifest}></iop-embed-builder>`,
  );
  await waitUntil(() => !el.querySelector('#widget-choice-loading'), 'the builder never loaded');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) => {
  const found = el.querySelector<T & Element>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found as T;
};

/** Types `value` into a field (or picks it in a select) as a visitor would, and waits. */
async function enter(el: IopEmbedBuilder, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  await el.updateComplete;
}

async function click(el: IopEmbedBuilder, selector: string) {
  $<HTMLElement>(el, selector).click();
  await el.updateComplete;
}

const snippet = (el: Element) => $<HTMLTextAreaElement>(el, '#snippet').value;
const preview = (el: Element) => $<HTMLElement>(el, '#preview').firstElementChild as HTMLElement;
const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<iop-embed-builder>', () => {
  before(async () => {
    // The demo page loads the CDN file before the builder; the preview is its widget.
    await import(/* @vite-ignore */ CDN);
  });

  it('says it is loading, then offers every widget of the manifest', async () => {
    const el = await fixture<IopEmbedBuilder>(html`<iop-embed-builder></iop-embed-builder>`);
    expect(el.textContent).to.include('Loading the list of widgets');
    await expect(el).to.be.accessible();
    await waitUntil(() => !el.querySelector('#widget-choice-loading'));
    const offered = [...el.querySelectorAll<HTMLInputElement>('input[name="widget"]')];
    expect(offered.map((input) => input.value)).to.deep.equal(WIDGETS);
    expect(snippet(el)).to.match(/integrity="sha384-[A-Za-z0-9+/]{64}"/);
    expect(preview(el).localName).to.equal('iop-program-explainer');
    await expect(el).to.be.accessible();
  });

  it('shows each widget with its own options, accessible', async () => {
    const el = await builder();
    for (const tag of WIDGETS) {
      await click(el, `#widget-${tag}`);
      expect(preview(el).localName).to.equal(tag);
      expect($(el, '#widget-options legend').textContent).to.match(/^3\. .+ options$/);
      expect(snippet(el)).to.include(`<${tag}`);
      await expect(el).to.be.accessible();
    }
  });

  it('shows the problems of wrong values, accessible, and leaves those values out', async () => {
    const el = await builder();
    await enter(el, '#phone', 'call us');
    await enter(el, '#intake-url', 'javascript:alert(1)');
    await enter(el, '#iop-program-explainer-hours-per-week', '-4');
    await enter(el, '#radius', '99');
    for (const box of el.querySelectorAll<HTMLInputElement>(
      '[id^="iop-program-explainer-sections-"]',
    )) {
      box.click();
    }
    await el.updateComplete;
    for (const id of ['phone', 'intake-url', 'iop-program-explainer-hours-per-week', 'radius']) {
      expect($(el, `#${id}`).getAttribute('aria-invalid'), id).to.equal('true');
      expect($(el, `#${id}-error`).hidden, id).to.be.false;
    }
    expect($(el, '#iop-program-explainer-sections-error').textContent).to.include('at least one');
    expect(snippet(el)).not.to.match(/phone=|intake-url=|hours-per-week=|sections=|--iop-radius/);
    await expect(el).to.be.accessible();
  });

  it('warns about colours that are hard to read, accessible', async () => {
    const el = await builder();
    expect($(el, '#contrast').textContent).to.include('readable');
    await enter(el, '#colour-accent', '#777777');
    await enter(el, '#colour-on-accent', '#888888');
    expect($(el, '#contrast').textContent).to.include('Button text on the accent colour');
    expect($(el, '#colour-accent-state').textContent).to.equal('#777777');
    // The preview shows the hard-to-read colours as chosen; the builder itself stays readable.
    await expect($(el, 'form')).to.be.accessible();
    await expect($(el, '#snippet-title').parentElement).to.be.accessible();
    await click(el, '#colour-accent ~ button');
    expect($(el, '#colour-accent-state').textContent).to.equal("Widget's default");
    expect(snippet(el)).not.to.include('--iop-color-accent');
  });

  it('escapes every value for HTML in the snippet', async () => {
    const el = await builder();
    await enter(el, '#clinic-name', 'Harbor "Light" <b>&</b>');
    expect(snippet(el)).to.include(
      'clinic-name="Harbor &quot;Light&quot; &lt;b&gt;&amp;&lt;/b&gt;"',
    );
    expect(preview(el).getAttribute('clinic-name')).to.equal('Harbor "Light" <b>&</b>');
  });

  it('copies the snippet and says so, or selects it when the browser refuses', async () => {
    const el = await builder();
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    const stub = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    try {
      stub(async (text) => void (copied = text));
      await click(el, '#copy');
      await waitUntil(() => $(el, '#copy-status').textContent?.includes('Copied'));
      expect(copied).to.equal(snippet(el));
      await expect(el).to.be.accessible();
      stub(() => Promise.reject(new Error('denied')));
      await click(el, '#copy');
      await waitUntil(() => $(el, '#copy-status').textContent?.includes('selected'));
      expect(document.activeElement).to.equal($(el, '#snippet'));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('says so when the list of widgets cannot load, accessible', async () => {
    const el = await fixture<IopEmbedBuilder>(
      html`<iop-embed-builder manifest-src="/no-such-manifest.json"></iop-embed-builder>`,
    );
    await waitUntil(() => !$(el, '[role="alert"]').hidden);
    expect($(el, '[role="alert"]').textContent).to.include('Could not load the list of widgets');
    await expect(el).to.be.accessible();
  });

  it('previews a language with its direction and reminds the page to set it', async () => {
    const el = await builder();
    await enter(el, '#language', 'ar');
    expect($(el, '#preview').getAttribute('dir')).to.equal('rtl');
    expect(snippet(el)).to.include('<html lang="ar" dir="rtl">');
    await enter(el, '#language', '');
    expect($(el, '#preview').hasAttribute('lang')).to.be.false;
  });

  for (const lang of ['es', 'ar']) {
    it(`pins ${lang}'s own file, whose hash holds and whose words match the preview`, async () => {
      const el = await builder();
      await click(el, '#widget-iop-care-quiz');
      await enter(el, '#language', lang);
      const file = `/cdn/${lang}/iop-widgets.js`;
      await waitUntil(() => snippet(el).includes(file), `the snippet never pinned ${file}`);
      const bytes = await (await fetch(file)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      expect(snippet(el)).to.include(`integrity="sha384-${btoa(String.fromCharCode(...digest))}"`);
      await expect(el).to.be.accessible();

      const text = snippet(el).replace(
        /https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]+/,
        location.origin + file,
      );
      const dir = lang === 'ar' ? ' dir="rtl"' : '';
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="${lang}"${dir}><body>${text}</body></html>`;
      const loaded = oneEvent(frame, 'load');
      document.body.append(frame);
      try {
        await loaded;
        const page = frame.contentWindow!;
        await waitUntil(() => page.customElements.get('iop-care-quiz'), 'the script did not run');
        const pasted = page.document.querySelector('iop-care-quiz')!;
        await waitUntil(
          () => shadowText(pasted) !== '' && shadowText(pasted) === shadowText(preview(el)),
          `the pasted widget does not read as the ${lang} preview`,
        );
      } finally {
        frame.remove();
      }
      await enter(el, '#language', '');
      expect(snippet(el)).to.include('/cdn/iop-widgets.js"');
    });
  }

  for (const tag of WIDGETS) {
    it(`writes a snippet that reproduces the preview: <${tag}>`, async () => {
      const el = await builder();
      await click(el, `#widget-${tag}`);
      await enter(el, '#clinic-name', 'Harbor "Light" & Co');
      await enter(el, '#phone', '(410) 555-0147');
      await enter(el, '#region', 'CA');
      await enter(el, '#colour-accent', '#6b3fa0');
      await enter(el, '#radius', '4');
      await click(el, '#scheme-dark');
      const shown = preview(el);
      await (shown as unknown as {updateComplete: Promise<unknown>}).updateComplete;

      // The snippet in a blank page, its script from this server: the integrity hash must hold.
      const text = snippet(el).replace(
        /https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]+/,
        location.origin + CDN,
      );
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body>${text}</body></html>`;
      const loaded = oneEvent(frame, 'load');
      document.body.append(frame);
      try {
        await loaded;
        const page = frame.contentWindow!;
        await waitUntil(() => page.customElements.get(tag), 'the pasted script did not run');
        const pasted = page.document.querySelector(tag) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        await pasted.updateComplete;
        const attributes = (e: Element) =>
          e
            .getAttributeNames()
            .sort()
            .map((n) => `${n}=${e.getAttribute(n)}`);
        expect(attributes(pasted)).to.deep.equal(attributes(shown));
        for (const property of ['--iop-color-accent', '--iop-radius', '--iop-color-scheme']) {
          expect(
            page.getComputedStyle(pasted).getPropertyValue(property).trim(),
            property,
          ).to.equal(getComputedStyle(shown).getPropertyValue(property).trim());
        }
        expect(shadowText(pasted)).to.equal(shadowText(shown));
      } finally {
        frame.remove();
      }
    });
  }
});
