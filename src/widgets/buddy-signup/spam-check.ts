/** The form's check for automated submissions, made before anything is sent. */
import {clampNumber} from '../../core/links.js';
import {honeypotName} from './views/fields.js';

/**
 * Spam protection without a puzzle: `spam` when the hidden field a bot fills is filled,
 * `too-fast` when the form is sent sooner than a person could (`minFillSeconds`, default 3).
 */
export function spamCheck(
  form: HTMLFormElement,
  shownAt: number,
  minFillSeconds: number,
): 'spam' | 'too-fast' | undefined {
  const trap = form.elements.namedItem(honeypotName) as HTMLInputElement | null;
  if (trap?.value) return 'spam';
  if (Date.now() - shownAt < clampNumber(minFillSeconds, 3, 0) * 1000) return 'too-fast';
  return undefined;
}
