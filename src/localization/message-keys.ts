/**
 * Loads what a build needs, beside a locale's translations, to find them. The npm build needs
 * nothing: each `msg()` carries its id. The CDN build replaces this module: its code carries each
 * message's words but no id, so switching language also loads the keys of those words (see
 * build/short-message-ids.mjs).
 */
export const loadMessageKeys = (): Promise<void> => Promise.resolve();
