// Imports nothing, so the hydration tests can read text before any widget is loaded.

/**
 * `text` without the invisible marks (U+2066 to U+2069) that keep a phone number's digit groups
 * and the clinic's name in their own order inside text of the other direction;
 * `test/bidi-numbers.test.ts` and `test/bidi-text.test.ts` check that they are there.
 */
export const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
