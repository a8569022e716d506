// The key of a message's text, shared by the CDN build and the code it writes (so both agree).
//
// A CDN file's code carries each message's words but no id: when the page switches to another
// language, each `msg()` finds its translation by the key of the words it carries. A key is the
// FNV-1a hash of the text (a template's strings joined by U+001E), 30 bits, written as five
// characters of a 64-letter alphabet; the build fails when two different texts of one file share
// a key.

const LETTERS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';

/** The length of a key, in characters. */
export const KEY_LENGTH = 5;

/**
 * The key of a message: `text` is a string, or a `str` / `html` template result (its `strings`).
 * @param {string | {strings: readonly string[]}} text
 * @returns {string}
 */
export function messageKey(text) {
  const words = typeof text === 'string' ? text : text.strings.join('\x1e');
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words.charCodeAt(i), 0x1000193);
  let key = '';
  for (let i = 0; i < KEY_LENGTH; i++, hash >>>= 6) key += LETTERS[hash & 63];
  return key;
}
