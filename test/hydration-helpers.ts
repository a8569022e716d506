// What the hydration tests share. It loads no widget (and nothing that does), so a test file can
// load Lit's hydration support first and no widget before the server markup is in the page.
import {withoutIsolates} from './isolates.js';

/**
 * The text of `root` a visitor reads (style sheets and the invisible isolation marks around numbers
 * and names left out), whitespace folded.
 */
export function readableText(root: ParentNode): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.localName !== 'style') text += node.textContent;
  }
  return withoutIsolates(text).replace(/\s+/g, ' ').trim();
}

/** Collects console errors and uncaught errors while `body` runs. */
export async function collectErrors(body: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
