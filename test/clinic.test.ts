import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import '../src/widgets/clinic/define.js';
import '../src/widgets/program-explainer/define.js';
import type {IopClinic} from '../src/widgets/clinic/define.js';
import type {IopProgramExplainer} from '../src/widgets/program-explainer/define.js';
import {render, shadow, useDarkTheme, visibleText} from './helpers.js';

/** The call and intake links a visitor sees in the explainer. */
function ctaHrefs(el: Element): string[] {
  return [...shadow(el).querySelectorAll('a[part~="button"]')].map(
    (a) => a.getAttribute('href') ?? '',
  );
}

/** The crisis line link at the bottom of the explainer. */
/** The first line's first link in the explainer's notes, after the emergency numbers. */
function crisisHref(el: Element): string | null {
  return shadow(el).querySelector('[part~="note"] p:last-child a')?.getAttribute('href') ?? null;
}

/** Waits for the clinic's attribute change to reach the widgets inside it. */
async function settled(...widgets: IopProgramExplainer[]): Promise<void> {
  await nextFrame();
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

const clinicTemplate = html`<iop-clinic
  clinic-name="Harbor Recovery"
  phone="(555) 010-4477"
  intake-url="https://harbor.example/intake"
  region="GB"
>
  <iop-program-explainer sections="week" days-per-week="3"></iop-program-explainer>
</iop-clinic>`;

describe('<iop-clinic>', () => {
  it('adds no box of its own and shows what is inside it', async () => {
    const clinic = await render<IopClinic>(clinicTemplate);
    expect(getComputedStyle(clinic).display).to.equal('contents');
    const explainer = clinic.querySelector('iop-program-explainer')!;
    expect(explainer.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(clinic).to.be.accessible();
  });

  it('gives its name, phone, intake link and region to a widget inside it', async () => {
    const clinic = await render<IopClinic>(clinicTemplate);
    const explainer = clinic.querySelector('iop-program-explainer')!;
    await explainer.updateComplete;
    expect(visibleText(explainer)).to.contain('Schedule at Harbor Recovery');
    expect(visibleText(explainer)).to.contain('You can contact Harbor Recovery');
    expect(ctaHrefs(explainer)).to.deep.equal(['tel:5550104477', 'https://harbor.example/intake']);
    expect(crisisHref(explainer)).to.equal('tel:116123');
    await expect(explainer).to.be.accessible();
    useDarkTheme(explainer);
    await expect(explainer).to.be.accessible();
  });

  it('lets an attribute on the widget win over the clinic', async () => {
    const clinic = await render<IopClinic>(
      html`<iop-clinic clinic-name="Harbor Recovery" phone="(555) 010-4477" region="GB">
        <iop-program-explainer
          sections="week"
          days-per-week="3"
          clinic-name="Harbor Evening Program"
          phone="(555) 010-9999"
          region="AU"
        ></iop-program-explainer>
        <iop-program-explainer sections="week" days-per-week="3"></iop-program-explainer>
      </iop-clinic>`,
    );
    const [own, shared] = [...clinic.querySelectorAll('iop-program-explainer')];
    await settled(own, shared);
    expect(visibleText(own)).to.contain('Schedule at Harbor Evening Program');
    expect(ctaHrefs(own)).to.deep.equal(['tel:5550109999']);
    expect(crisisHref(own)).to.equal('tel:131114');
    expect(visibleText(shared)).to.contain('Schedule at Harbor Recovery');
    expect(ctaHrefs(shared)).to.deep.equal(['tel:5550104477']);
    expect(crisisHref(shared)).to.equal('tel:116123');

    own.removeAttribute('clinic-name');
    own.removeAttribute('phone');
    await own.updateComplete;
    expect(visibleText(own)).to.contain('Schedule at Harbor Recovery');
    expect(ctaHrefs(own)).to.deep.equal(['tel:5550104477']);
  });

  it('applies changes to its attributes live', async () => {
    const clinic = await render<IopClinic>(clinicTemplate);
    const explainer = clinic.querySelector('iop-program-explainer')!;

    clinic.setAttribute('clinic-name', 'Lakeside Outpatient');
    clinic.setAttribute('phone', '+44 20 7946 0000');
    clinic.setAttribute('region', 'IE');
    await settled(explainer);
    expect(visibleText(explainer)).to.contain('Schedule at Lakeside Outpatient');
    expect(ctaHrefs(explainer)[0]).to.equal('tel:+442079460000');
    expect(crisisHref(explainer)).to.equal('tel:116123');
    expect(shadow(explainer).querySelector('[part~="note"]')?.textContent).to.contain('Samaritans');

    clinic.region = 'AU';
    clinic.intakeUrl = 'https://lakeside.example/start';
    await settled(explainer);
    expect(crisisHref(explainer)).to.equal('tel:131114');
    expect(ctaHrefs(explainer)[1]).to.equal('https://lakeside.example/start');

    clinic.removeAttribute('clinic-name');
    clinic.removeAttribute('phone');
    clinic.removeAttribute('intake-url');
    clinic.removeAttribute('region');
    await settled(explainer);
    expect(visibleText(explainer)).to.contain('Schedule at our program');
    expect(ctaHrefs(explainer)).to.deep.equal([]);
    expect(crisisHref(explainer)).to.equal('tel:988');
  });

  it('checks the clinic’s links like the widget’s own, with one warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<iop-clinic intake-url="javascript:alert('clinic')" region="GB">
        <iop-program-explainer sections="what"></iop-program-explainer>
      </iop-clinic>`;
      const explainer = container.querySelector('iop-program-explainer')!;
      await explainer.updateComplete;
      explainer.requestUpdate();
      await explainer.updateComplete;
      expect(ctaHrefs(explainer)).to.deep.equal([]);
      const hrefs = [...shadow(explainer).querySelectorAll('a')].map((a) => a.href);
      expect(hrefs.some((href) => href.startsWith('javascript:'))).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('intake-url');
  });

  it('reaches a widget inside another element’s shadow root', async () => {
    const clinic = await render<IopClinic>(
      html`<iop-clinic clinic-name="Harbor Recovery">
        <div class="card"></div>
      </iop-clinic>`,
    );
    const card = clinic.querySelector('.card')!;
    const root = card.attachShadow({mode: 'open'});
    const explainer = document.createElement('iop-program-explainer');
    explainer.setAttribute('sections', 'week');
    explainer.setAttribute('days-per-week', '3');
    root.append(explainer);
    await explainer.updateComplete;
    expect(visibleText(explainer)).to.contain('Schedule at Harbor Recovery');
  });

  it('stops sharing with a widget moved out of it, and starts with one moved in', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <iop-clinic clinic-name="Harbor Recovery" phone="(555) 010-4477"></iop-clinic>
        <iop-program-explainer sections="week" days-per-week="3"></iop-program-explainer>
      </div>`,
    );
    const clinic = page.querySelector('iop-clinic')!;
    const explainer = page.querySelector('iop-program-explainer')!;
    await explainer.updateComplete;
    expect(visibleText(explainer)).to.contain('Schedule at our program');

    clinic.append(explainer);
    await settled(explainer);
    expect(visibleText(explainer)).to.contain('Schedule at Harbor Recovery');
    expect(ctaHrefs(explainer)).to.deep.equal(['tel:5550104477']);

    page.append(explainer);
    await settled(explainer);
    expect(visibleText(explainer)).to.contain('Schedule at our program');
    clinic.setAttribute('clinic-name', 'Renamed Clinic');
    await settled(explainer);
    expect(visibleText(explainer)).not.to.contain('Renamed Clinic');
  });

  it('is accessible with a compact explainer inside, right to left', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const clinic = await render<IopClinic>(
        html`<iop-clinic clinic-name="Harbor Recovery" phone="(555) 010-4477">
          <iop-program-explainer variant="compact"></iop-program-explainer>
        </iop-clinic>`,
      );
      const explainer = clinic.querySelector('iop-program-explainer')!;
      await explainer.updateComplete;
      await expect(clinic).to.be.accessible();
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });
});
