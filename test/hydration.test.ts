// Lit's hydration support must load before LitElement, so it is this file's first import, and no
// widget module is imported until its server-rendered markup is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {expect, waitUntil} from '@open-wc/testing';
import {collectErrors, readableText} from './hydration-helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

const defines: Record<string, () => Promise<unknown>> = {
  'iop-program-explainer': () => import('../src/widgets/program-explainer/define.js'),
  'iop-care-quiz': () => import('../src/widgets/care-quiz/define.js'),
  'iop-sober-tips': () => import('../src/widgets/sober-tips/define.js'),
  'iop-buddy-signup': () => import('../src/widgets/buddy-signup/define.js'),
};

const clinic = {
  'clinic-name': 'Harbor Recovery',
  phone: '(555) 010-4477',
  'intake-url': '/intake',
  'privacy-url': 'https://harbor.example/privacy',
  region: 'US',
};

/** The page boxes the tests put server renderings in, removed after each test. */
const holders: Element[] = [];

/** Fetches the server rendering of `<tag>` and puts it in the page as a server would send it. */
async function serverRendered(tag: string, attributes: Record<string, string>): Promise<Widget> {
  const response = await fetch(`/test-endpoint/ssr/${tag}?${new URLSearchParams(attributes)}`);
  expect(response.status).to.equal(200);
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(await response.text());
  document.body.append(holder);
  holders.push(holder);
  return holder.querySelector(tag) as Widget;
}

/**
 * Hydrates the server rendering of `<tag>`: checks the markup is readable before any script runs,
 * defines the tag, and checks the element took over the same shadow root and the same nodes, with
 * the same text and no errors. Returns the hydrated element.
 */
async function hydrate(tag: string, attributes: Record<string, string>): Promise<Widget> {
  const el = await serverRendered(tag, attributes);
  expect(customElements.get(tag), `<${tag}> defined too early`).to.equal(undefined);
  const root = el.shadowRoot!;
  expect(root, 'no declarative shadow root').to.be.instanceOf(ShadowRoot);
  const heading = root.querySelector('h2')!;
  const before = readableText(root);
  expect(before).not.to.equal('');

  const errors = await collectErrors(async () => {
    await defines[tag]();
    await customElements.whenDefined(tag);
    await el.updateComplete;
  });
  expect(errors).to.deep.equal([]);
  expect(el.matches(':defined')).to.equal(true);
  expect(el.shadowRoot === root, 'the shadow root was replaced').to.equal(true);
  expect(root.querySelector('h2') === heading, 'the heading was rendered again').to.equal(true);
  expect(readableText(root)).to.equal(before);
  return el;
}

/** Stops the browser from following the links the tests click. */
const stopNavigation = (event: MouseEvent) => {
  if (event.composedPath().some((target) => target instanceof HTMLAnchorElement)) {
    event.preventDefault();
  }
};
before(() => document.addEventListener('click', stopNavigation));
after(() => document.removeEventListener('click', stopNavigation));
afterEach(() => holders.splice(0).forEach((holder) => holder.remove()));

const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent!.trim() === text,
  )!;

describe('hydrating server-rendered widgets', () => {
  it('<iop-care-quiz> hydrates and starts when the visitor presses Start', async () => {
    const el = await hydrate('iop-care-quiz', clinic);
    const started = new Promise((resolve) => el.addEventListener('iop-quiz-start', resolve));
    button(el, 'Start the self-check').click();
    await started;
    await el.updateComplete;
    await waitUntil(() => /Question 1 of \d+/.test(readableText(el.shadowRoot!)));
    expect(readableText(el.shadowRoot!)).not.to.contain('Start the self-check');
    await expect(el).to.be.accessible();
  });

  it('<iop-program-explainer> hydrates and reports the call link', async () => {
    const el = await hydrate('iop-program-explainer', clinic);
    const root = el.shadowRoot!;
    const call = root.querySelector<HTMLAnchorElement>('a[href="tel:5550104477"]')!;
    // The relative intake link, kept as written on the server, reaches the same page.
    const intake = root.querySelector<HTMLAnchorElement>('a[href="/intake"]')!;
    expect(intake.href).to.equal(new URL('/intake', document.baseURI).href);
    const actions: string[] = [];
    el.addEventListener('iop-cta', (event) => actions.push(event.detail.action));
    call.click();
    intake.click();
    expect(actions).to.deep.equal(['call', 'intake']);
    await expect(el).to.be.accessible();
  });

  it('<iop-sober-tips> hydrates with its occasion chosen, and switches occasion', async () => {
    const el = await hydrate('iop-sober-tips', {...clinic, occasion: 'date', 'hide-plan': ''});
    const root = el.shadowRoot!;
    const checked = () =>
      [...root.querySelectorAll<HTMLInputElement>('input[name="occasion"]')]
        .filter((radio) => radio.checked)
        .map((radio) => radio.value);
    expect(checked()).to.deep.equal(['date']);
    expect(root.querySelector('[part="plan"]')).to.equal(null);
    root.querySelector<HTMLInputElement>('input[name="occasion"][value="wedding"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('#tips-heading')!.textContent).to.contain('Wedding');
    expect(checked()).to.deep.equal(['wedding']);
  });

  it('<iop-buddy-signup> hydrates with nothing chosen, and answers the age question', async () => {
    const el = await hydrate('iop-buddy-signup', clinic);
    const root = el.shadowRoot!;
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.be.greaterThan(1);
    expect(radios.filter((radio) => radio.checked).map((radio) => radio.value)).to.deep.equal([]);
    root.querySelector<HTMLInputElement>('input[name="age"][value="under-18"]')!.click();
    await el.updateComplete;
    await waitUntil(() =>
      readableText(root).includes('The buddy program is for adults, 18 and older.'),
    );
    expect(readableText(root)).to.contain('Please talk with Harbor Recovery directly');
    expect(root.querySelector('button[type="submit"]')).to.equal(null);
  });
});
