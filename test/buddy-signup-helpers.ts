// Helpers shared by the buddy signup's browser tests: mounting, filling and reading the form, and
// the test endpoint's log of what it received.
import {expect} from '@open-wc/testing';
import {html} from 'lit';
import '../src/widgets/buddy-signup/define.js';
import type {IopBuddySignup} from '../src/widgets/buddy-signup/buddy-signup.js';
import type {SignupPayload} from '../src/widgets/buddy-signup/payload.js';
import {
  captureConsole,
  render,
  shadow,
  useDarkTheme,
  visibleText,
  withRightToLeft,
} from './helpers.js';

/** A fresh id per test, so each test reads only its own requests from the test endpoint. */
export const newRun = () => `run-${Date.now()}-${Math.random().toString(36).slice(2)}`;
export const endpointFor = (scenario: string, run: string) =>
  `/test-endpoint/signup/${scenario}/${run}`;

export interface ServerLog {
  attempts: number;
  keys: string[];
  accepted: SignupPayload[];
  problems: string[];
}
export const serverLog = async (run: string): Promise<ServerLog> =>
  (await fetch(`/test-endpoint/signup/log/${run}`)).json();

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const input = (el: Element, selector: string) => {
  const found = $<HTMLInputElement>(el, selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
export const submitButton = (el: Element) => input(el, 'button[type="submit"]');
export const focused = (el: Element) => shadow(el).activeElement;
export const liveRegion = (el: Element) => $(el, '[role="status"]')?.textContent?.trim() ?? '';

export async function mount(attributes = ''): Promise<IopBuddySignup> {
  const container = document.createElement('div');
  const minFill = attributes.includes('min-fill-seconds') ? '' : 'min-fill-seconds="0"';
  container.innerHTML = `<iop-buddy-signup clinic-name="Harbor Recovery" phone="+1 555 010 4477"
    ${minFill} ${attributes}></iop-buddy-signup>`;
  const el = container.firstElementChild as IopBuddySignup;
  return render<IopBuddySignup>(html`${el}`);
}

/** Ticks a radio or checkbox the way a visitor does. */
export async function choose(el: IopBuddySignup, name: string, value: string) {
  input(el, `input[name="${name}"][value="${value}"]`).click();
  await el.updateComplete;
}

/** Types into a text field, then leaves it. */
export async function type(el: IopBuddySignup, name: string, text: string, leave = true) {
  const field = input(el, `[name="${name}"]`);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  if (leave) field.blur();
  await el.updateComplete;
}

export async function fillValid(el: IopBuddySignup) {
  await choose(el, 'age', 'adult');
  await choose(el, 'role', 'both');
  await type(el, 'name', '  Sam  ');
  await choose(el, 'channel', 'email');
  await type(el, 'email', ' sam@example.org ');
  await choose(el, 'mentionClinic', 'no');
  await choose(el, 'times', 'evenings');
  await choose(el, 'support', 'emotional');
  await type(el, 'note', 'Evenings work best.');
  input(el, '#consent').click();
  await el.updateComplete;
}

export const expectedData = {
  role: 'both',
  name: 'Sam',
  channel: 'email',
  email: 'sam@example.org',
  mayNameClinic: false,
  times: ['evenings'],
  support: ['emotional'],
  note: 'Evenings work best.',
  adult: true,
  consent: true,
};

export async function expectAccessible(el: IopBuddySignup) {
  await expect(el).to.be.accessible();
  useDarkTheme(el);
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.style.removeProperty('--iop-color-scheme');
  await withRightToLeft(async () => {
    await expect(el).to.be.accessible();
  });
}

/** Checks which element has focus without handing DOM nodes to a diff. */
export function expectFocus(el: Element, expected: Element | null) {
  const active = focused(el);
  expect(active === expected, `focus is on ${active?.outerHTML.slice(0, 80)}`).to.equal(true);
}

export const seesText = (el: IopBuddySignup, text: string) => () => visibleText(el).includes(text);

/** Collects console errors while `body` runs. */
export const captureErrors = (body: () => Promise<void>) => captureConsole('error', body);

/** True when a `beforeunload` now would make the browser ask "leave this page?". */
export function leavingIsQuestioned(): boolean {
  const event = new Event('beforeunload', {cancelable: true});
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Records the page's fetch() calls while `body` runs, passing each one on. */
export async function recordFetches(body: () => Promise<void>) {
  const calls: {url: string; init: RequestInit}[] = [];
  const original = window.fetch;
  window.fetch = (input, init = {}) => {
    if (!String(input).includes('/signup/log/')) calls.push({url: String(input), init});
    return original(input, init);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return calls;
}
