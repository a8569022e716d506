import {warningMessage, type WarningCode, type WarningValues} from './warning-texts.js';

const warned = new Set<string>();

/**
 * Tells the page author about a configuration mistake, once per code and values, so a widget
 * that re-renders never floods the console. The codes and their sentences are in
 * `warning-texts.ts`; docs/warnings.md explains each one.
 */
export function warnOnce<C extends WarningCode>(code: C, ...values: WarningValues<C>): void {
  const key = JSON.stringify([code, values]);
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(warningMessage(code, values));
}

/** What went wrong, for a warning: an error's message, or the value thrown as text. */
export const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
