import {aTimeout, fixture, nextFrame} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {followPageLanguage, setLocale} from '../src/localization/localization.js';
import {withoutIsolates} from './isolates.js';

export {withoutIsolates};

/** Renders `template`, waits until the element and the locale are ready, and returns it. */
export async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await (element as unknown as {updateComplete?: Promise<unknown>}).updateComplete;
  return element;
}

/** Sets `<html lang>` and waits until the widgets render in that language. */
export async function usePageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await followPageLanguage();
  await setLocale(lang);
  await nextFrame();
}

/** Forces the dark theme on `element`, as a page does with `--iop-color-scheme: dark`. */
export function useDarkTheme(element: HTMLElement): void {
  element.style.setProperty('--iop-color-scheme', 'dark');
}

/** Runs `body` with `dir="rtl"` on the page, then restores it. */
export async function withRightToLeft(body: () => Promise<void>): Promise<void> {
  document.documentElement.dir = 'rtl';
  try {
    await body();
  } finally {
    document.documentElement.removeAttribute('dir');
  }
}

/** The shadow root of `element`, typed, so tests read what a visitor sees. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** The visible text of `element`'s shadow root (and slotted light DOM), whitespace folded. */
export function visibleText(element: Element): string {
  return withoutIsolates(shadow(element).textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The parts of the text in `root` (an element, or one text node) that match `pattern` (global), in
 * the order they are laid out on screen: line by line, left to right. Shows whether a number or a
 * name keeps its order inside text of the other direction.
 */
export function laidOut(root: Node, pattern: RegExp): string[] {
  const parts: {text: string; top: number; left: number}[] = [];
  const nodes: Text[] = [];
  if (root instanceof Text) nodes.push(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    for (const match of node.data.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const {top, left} = range.getBoundingClientRect();
      parts.push({text: match[0], top, left});
    }
  }
  const line = (top: number) => Math.round(top / 8);
  return parts
    .sort((a, b) => line(a.top) - line(b.top) || a.left - b.left)
    .map((part) => part.text);
}

/** Collects what is written to `console[method]` from now on, until `stop()`. */
export function watchConsole(method: 'warn' | 'error') {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return {lines, stop: () => (console[method] = original)};
}

/** Collects what `body` writes to `console[method]` while it runs. */
export async function captureConsole(
  method: 'warn' | 'error',
  body: () => Promise<void>,
): Promise<string[]> {
  const watch = watchConsole(method);
  try {
    await body();
  } finally {
    watch.stop();
  }
  return watch.lines;
}

/** Collects console warnings while `body` runs. */
export const captureWarnings = (body: () => Promise<void>) => captureConsole('warn', body);

/** Resolves after the page has been idle (the widgets' idle work has run) and `ms` more. */
export const afterIdle = (ms = 300) =>
  new Promise<void>((done) => requestIdleCallback(() => done(), {timeout: 3000})).then(() =>
    aTimeout(ms),
  );

/** Collects unhandled promise rejections from now on; call `stop()` to stop. */
export function watchRejections() {
  const reasons: unknown[] = [];
  const record = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  window.addEventListener('unhandledrejection', record);
  return {reasons, stop: () => window.removeEventListener('unhandledrejection', record)};
}

/** Every file the page fetches from now on, with when the fetch started. */
export function watchFetches() {
  const fetched: PerformanceResourceTiming[] = [];
  const observer = new PerformanceObserver((list) =>
    fetched.push(...(list.getEntries() as PerformanceResourceTiming[])),
  );
  observer.observe({type: 'resource'});
  const find = (part: string) => fetched.find((entry) => entry.name.includes(part));
  return {find, stop: () => observer.disconnect()};
}
