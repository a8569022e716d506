// Widgets with no clinic attributes of their own, server-rendered inside `<iop-clinic>`, hydrate
// with the clinic's details. Lit's hydration support loads before LitElement, so it is this
// file's first import, and no widget module loads until the server markup is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {expect, waitUntil} from '@open-wc/testing';
import {collectErrors, readableText} from './hydration-helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

const widgets = ['iop-program-explainer', 'iop-care-quiz', 'iop-sober-tips', 'iop-buddy-signup'];

const clinic = {'clinic-name': 'Harbor Recovery', phone: '(555) 010-4477', region: 'US'};

/** The clinic's call links in a widget's shadow root. */
const callLinks = (el: Element) => el.shadowRoot!.querySelectorAll('a[href="tel:5550104477"]');

describe('hydrating widgets server-rendered inside <iop-clinic>', () => {
  it('shows the clinic before and after hydration, with no error, and stays interactive', async () => {
    const query = new URLSearchParams(clinic);
    const response = await fetch(`/test-endpoint/ssr/iop-clinic/${widgets.join(',')}?${query}`);
    expect(response.status).to.equal(200);
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(await response.text());
    document.body.append(holder);
    const elements = widgets.map((tag) => holder.querySelector(`iop-clinic > ${tag}`) as Widget);

    // Before any script: each widget's server markup already holds the clinic's details.
    const before = elements.map((el) => readableText(el.shadowRoot!));
    const roots = elements.map((el) => el.shadowRoot);
    expect(callLinks(elements[0]).length, 'explainer call link').to.be.greaterThan(0);
    expect(before[0]).to.contain('Harbor Recovery');
    expect(before[3]).to.contain('Harbor Recovery');
    for (const tag of widgets) expect(customElements.get(tag)).to.equal(undefined);

    const errors = await collectErrors(async () => {
      await import('../src/widgets/clinic/define.js');
      await import('../src/widgets/program-explainer/define.js');
      await import('../src/widgets/care-quiz/define.js');
      await import('../src/widgets/sober-tips/define.js');
      await import('../src/widgets/buddy-signup/define.js');
      for (const el of elements) await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    elements.forEach((el, index) => {
      expect(el.shadowRoot === roots[index], `${widgets[index]}: shadow root replaced`).to.equal(
        true,
      );
      expect(readableText(el.shadowRoot!), widgets[index]).to.equal(before[index]);
      // Exactly one copy of the widget: a failed hydration would add a fresh one beside it.
      expect(el.shadowRoot!.querySelectorAll('h2').length, widgets[index]).to.equal(1);
    });
    expect(callLinks(elements[0]).length).to.be.greaterThan(0);

    // The hydrated widgets answer clicks: the visible radio switches the tips' heading.
    const tips = elements[2].shadowRoot!;
    const wedding = tips.querySelector<HTMLInputElement>(
      'input[name="occasion"][value="wedding"]',
    )!;
    wedding.click();
    await elements[2].updateComplete;
    expect(wedding.checked).to.equal(true);
    await waitUntil(() => tips.querySelector('#tips-heading')!.textContent!.includes('Wedding'));

    // And they still follow the clinic: a changed phone reaches the explainer.
    holder.querySelector('iop-clinic')!.setAttribute('phone', '(555) 010-9999');
    await elements[0].updateComplete;
    await waitUntil(() => elements[0].shadowRoot!.querySelector('a[href="tel:5550109999"]'));
    holder.remove();
  });
});
