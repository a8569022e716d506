import {nothing} from 'lit';

/**
 * `text` (a phone number, a text keyword, the clinic's name) set apart in its own direction, so
 * that it reads the same inside a sentence of either direction. Without it, the digit groups of
 * "+44 20 7946 0000" or "116 123" are laid out from right to left in Arabic text or on a
 * `dir="rtl"` page ("0000 7946 20 44+"), a number nobody can dial, and a clinic named
 * "24/7 Recovery" reads "Recovery 24/7". Unicode's first-strong isolate (U+2068 … U+2069):
 * invisible, and skipped by screen readers. A number of one group (999, 911) cannot be reordered
 * and needs none. Only for text shown: data the widgets send or export keeps the page's value.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The `dir` binding of a field the visitor types in, holding `value`: `auto` once there is text,
 * so it takes the direction of its own script (Arabic typed on an English page reads right to
 * left, an email address left to right on an Arabic one); none while empty, so the field keeps the
 * widget's direction, where its caret starts (`dir="auto"` alone would start an empty field left
 * to right on an Arabic page). A `tel` field runs left to right whatever is typed: browsers keep
 * it so.
 */
export const ownDirection = (value: string) => (value ? 'auto' : nothing);
