// What the tests of <iop-sober-tips> share: finding its parts as a visitor does, typing into the
// plan, and standing in for the clipboard, downloads and the console.
import type {IopSoberTips} from '../src/widgets/sober-tips/sober-tips.js';
import {shadow, watchConsole} from './helpers.js';

export {afterIdle} from './helpers.js';

/** The address of a feed the test server answers (test/server/feed-route.mjs). */
export const feed = (name: string) => `/test-endpoint/feed/${name}`;

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** The widget's button with exactly this text. */
export const button = (el: Element, text: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** The plan's field named `name`. */
export const field = (el: Element, name: string) =>
  $<HTMLInputElement>(el, `[name="${name}"]`) ??
  (() => {
    throw new Error(`no field ${name}`);
  })();

/** Types into a plan field as a visitor would (value, then an input event). */
export async function fill(el: IopSoberTips, name: string, value: string) {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

/** Collects console warnings from now on; call `stop()` to restore the console. */
export function watchWarnings() {
  const {lines, stop} = watchConsole('warn');
  return {warnings: lines, stop};
}

/** Replaces `navigator.clipboard.writeText` until `restore()`; records what was written. */
export function stubClipboard(works = true) {
  const written: string[] = [];
  const clipboard = navigator.clipboard as Clipboard & {writeText: Clipboard['writeText']};
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      if (!works) throw new DOMException('Not allowed', 'NotAllowedError');
      written.push(text);
    },
  });
  return {written, restore: () => delete (clipboard as Partial<Clipboard>).writeText};
}

/**
 * Records downloads instead of making them until `restore()`: the files (`blobs`), the links
 * clicked, and the object URLs freed.
 */
export function stubDownloads() {
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  const clicked: HTMLAnchorElement[] = [];
  const {createObjectURL, revokeObjectURL} = URL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL(blob));
  URL.revokeObjectURL = (url: string) => (revoked.push(url), revokeObjectURL(url));
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  const restore = () => {
    Object.assign(URL, {createObjectURL, revokeObjectURL});
    HTMLAnchorElement.prototype.click = click;
  };
  return {blobs, revoked, clicked, restore};
}
