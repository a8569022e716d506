import {expect, waitUntil} from '@open-wc/testing';
import * as React from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {
  IopBuddySignup,
  IopCareQuiz,
  IopClinic,
  IopProgramExplainer,
  IopSoberTips,
} from '../src/react/index.js';
import {IopBuddySignup as IopBuddySignupElement} from '../src/widgets/buddy-signup/buddy-signup.js';
import {IopCareQuiz as IopCareQuizElement} from '../src/widgets/care-quiz/care-quiz.js';
import {IopClinic as IopClinicElement} from '../src/widgets/clinic/clinic.js';
import {IopProgramExplainer as IopProgramExplainerElement} from '../src/widgets/program-explainer/program-explainer.js';
import {IopSoberTips as IopSoberTipsElement} from '../src/widgets/sober-tips/sober-tips.js';
import {shadow, useDarkTheme, visibleText, withoutIsolates} from './helpers.js';

// React's `act()` flushes renders and effects; it asks the page to declare a test environment.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const h = React.createElement;

let container: HTMLElement;
let root: Root;

/** Renders `element` with React 19's `createRoot` and waits until React and Lit are done. */
async function mount(element: React.ReactElement): Promise<void> {
  await React.act(async () => root.render(element));
  await settle();
}

/** Waits for every iop element in the container to finish its Lit update. */
async function settle(): Promise<void> {
  for (const el of container.querySelectorAll('*')) {
    await (el as Partial<{updateComplete: Promise<unknown>}>).updateComplete;
  }
}

function find<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const el = container.querySelector(tag);
  if (!el) throw new Error(`React did not render <${tag}>`);
  return el;
}

/** Stops the browser from following the `tel:` and intake links the tests click. */
const stopNavigation = (event: MouseEvent) => {
  if (event.composedPath().some((target) => target instanceof HTMLAnchorElement)) {
    event.preventDefault();
  }
};

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  document.addEventListener('click', stopNavigation);
});

afterEach(async () => {
  await React.act(async () => root.unmount());
  container.remove();
  document.removeEventListener('click', stopNavigation);
});

describe('iop-widgets/react', () => {
  it('renders every wrapper as its upgraded custom element', async () => {
    await mount(
      h(
        React.Fragment,
        null,
        h(IopClinic, {clinicName: 'Harbor Recovery'}),
        h(IopProgramExplainer),
        h(IopCareQuiz),
        h(IopSoberTips),
        h(IopBuddySignup),
      ),
    );
    expect(find('iop-clinic')).to.be.instanceOf(IopClinicElement);
    expect(find('iop-program-explainer')).to.be.instanceOf(IopProgramExplainerElement);
    expect(find('iop-care-quiz')).to.be.instanceOf(IopCareQuizElement);
    expect(find('iop-sober-tips')).to.be.instanceOf(IopSoberTipsElement);
    expect(find('iop-buddy-signup')).to.be.instanceOf(IopBuddySignupElement);
    expect(visibleText(find('iop-care-quiz'))).to.contain(
      'Which kind of care could help? A private self-check',
    );
    expect(visibleText(find('iop-buddy-signup'))).to.contain('Recovery buddies');
    expect(IopProgramExplainer.displayName).to.equal('IopProgramExplainer');
  });

  it('sets props as element properties and updates them on re-render', async () => {
    const cta = (el: Element) =>
      withoutIsolates(shadow(el).querySelector('[part="cta"]')!.textContent!);
    const callLink = (el: Element) =>
      shadow(el).querySelector<HTMLAnchorElement>('a[href^="tel:555"]');
    await mount(h(IopProgramExplainer, {clinicName: 'Harbor Recovery', phone: '(555) 010-4477'}));
    const el = find('iop-program-explainer');
    expect(el.clinicName).to.equal('Harbor Recovery');
    expect(callLink(el)!.getAttribute('href')).to.equal('tel:5550104477');
    expect(callLink(el)!.textContent).to.contain('(555) 010-4477');
    expect(cta(el)).to.contain('You can contact Harbor Recovery');

    await mount(
      h(IopProgramExplainer, {
        clinicName: 'Bayview Health',
        phone: '(555) 010-9999',
        variant: 'compact',
      }),
    );
    expect(find('iop-program-explainer') === el, 'React kept the same element').to.equal(true);
    expect(cta(el)).to.contain('You can contact Bayview Health');
    expect(callLink(el)!.getAttribute('href')).to.equal('tel:5550109999');
    expect(el.getAttribute('variant')).to.equal('compact');
    expect(
      shadow(el).querySelectorAll('section.disclosure[part="section"]').length,
    ).to.be.greaterThan(0);

    // A prop left out of the next render is cleared.
    await mount(h(IopProgramExplainer, {clinicName: 'Bayview Health'}));
    expect(callLink(el)?.outerHTML).to.equal(undefined);
  });

  it('sets boolean and string props on the sober-event tips', async () => {
    await mount(h(IopSoberTips, {occasion: 'date', hidePlan: true}));
    const el = find('iop-sober-tips');
    expect(el.hidePlan).to.equal(true);
    expect(shadow(el).querySelectorAll('[part="plan"]').length).to.equal(0);
    const date = shadow(el).querySelector<HTMLInputElement>('input[value="date"]')!;
    expect(date.checked).to.equal(true);

    await mount(h(IopSoberTips, {occasion: 'date', hidePlan: false}));
    expect(shadow(el).querySelectorAll('[part="plan"]').length).to.equal(1);
  });

  it('calls onCta with the action when the visitor uses the call link', async () => {
    const actions: string[] = [];
    await mount(
      h(IopProgramExplainer, {
        phone: '(555) 010-4477',
        intakeUrl: '#intake',
        onCta: (event) => actions.push(event.detail.action),
      }),
    );
    const el = find('iop-program-explainer');
    shadow(el).querySelector<HTMLAnchorElement>('a[href^="tel:555"]')!.click();
    expect(actions).to.deep.equal(['call']);
    shadow(el).querySelector<HTMLAnchorElement>('a[href="#intake"], a[href$="#intake"]')!.click();
    expect(actions).to.deep.equal(['call', 'intake']);

    // A handler removed by a re-render is no longer called.
    await mount(h(IopProgramExplainer, {phone: '(555) 010-4477', intakeUrl: '#intake'}));
    shadow(el).querySelector<HTMLAnchorElement>('a[href^="tel:555"]')!.click();
    expect(actions).to.deep.equal(['call', 'intake']);
  });

  it('calls onOccasionChange when the visitor picks an occasion', async () => {
    const picked: string[] = [];
    await mount(h(IopSoberTips, {onOccasionChange: (event) => picked.push(event.detail.occasion)}));
    const el = find('iop-sober-tips');
    shadow(el).querySelector<HTMLInputElement>('input[name="occasion"][value="wedding"]')!.click();
    expect(picked).to.deep.equal(['wedding']);
    await el.updateComplete;
    expect(shadow(el).querySelector('#tips-heading')!.textContent).to.contain('Wedding');
  });

  it('calls onQuizStart and onQuizStep when the visitor starts the quiz', async () => {
    const calls: string[] = [];
    await mount(
      h(IopCareQuiz, {
        onQuizStart: () => calls.push('start'),
        onQuizStep: (event) => calls.push(`step ${event.detail.index} of ${event.detail.total}`),
      }),
    );
    const el = find('iop-care-quiz');
    const start = [...shadow(el).querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Start the self-check',
    )!;
    start.click();
    await waitUntil(() => calls.length === 2, 'the quiz did not start');
    expect(calls[0]).to.equal('start');
    expect(calls[1]).to.match(/^step 1 of \d+$/);
  });

  // Each `on…` prop listens to its own event, and only to it.
  const eventProps = [
    [IopCareQuiz, 'iop-care-quiz', 'onQuizComplete', 'iop-quiz-complete'],
    [IopSoberTips, 'iop-sober-tips', 'onPlanExport', 'iop-plan-export'],
    [IopBuddySignup, 'iop-buddy-signup', 'onBuddySubmit', 'iop-buddy-submit'],
    [IopBuddySignup, 'iop-buddy-signup', 'onBuddySent', 'iop-buddy-sent'],
    [IopBuddySignup, 'iop-buddy-signup', 'onBuddyError', 'iop-buddy-error'],
  ] as const;
  for (const [component, tag, prop, eventName] of eventProps) {
    it(`maps ${prop} to ${eventName}`, async () => {
      const received: unknown[] = [];
      const props = {[prop]: (event: CustomEvent) => received.push(event.detail)};
      await mount(h(component as React.ComponentType<typeof props>, props));
      const el = find(tag);
      el.dispatchEvent(new CustomEvent('iop-unrelated', {detail: 'other'}));
      el.dispatchEvent(new CustomEvent(eventName, {detail: {marker: prop}}));
      expect(received).to.deep.equal([{marker: prop}]);
    });
  }

  it('shares <IopClinic> details with the wrapped widgets inside it', async () => {
    await mount(
      h(
        IopClinic,
        {clinicName: 'Harbor Recovery', phone: '(555) 010-4477', region: 'GB'},
        h(IopBuddySignup),
      ),
    );
    const clinic = find('iop-clinic');
    expect(clinic.getAttribute('clinic-name')).to.equal('Harbor Recovery');
    const el = find('iop-buddy-signup');
    await waitUntil(() => visibleText(el).includes('Samaritans'), 'the GB help lines did not show');
  });

  it('is accessible when rendered by React, in light and dark', async () => {
    await mount(
      h(
        'main',
        null,
        h(IopProgramExplainer, {clinicName: 'Harbor Recovery', phone: '(555) 010-4477'}),
        h(IopSoberTips, {occasion: 'holiday'}),
      ),
    );
    const explainer = find('iop-program-explainer');
    const tips = find('iop-sober-tips');
    await expect(explainer).to.be.accessible();
    await expect(tips).to.be.accessible();
    useDarkTheme(explainer);
    useDarkTheme(tips);
    await expect(explainer).to.be.accessible();
    await expect(tips).to.be.accessible();
  });
});
