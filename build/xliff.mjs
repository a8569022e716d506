// Reads and writes the XLIFF files of @lit/localize, keeping their placeholders as written.
import {readFileSync, writeFileSync} from 'node:fs';

const unitPattern = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const placeholderPattern = /<x id="[^"]*" equiv-text="([^"]*)"\/>/g;

/** The units of an XLIFF file: id, raw source and raw target (or undefined). */
export function readUnits(path) {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(unitPattern)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
}

/** The placeholders (`${name}`, markup) of a raw source or target, in order, as written. */
export function placeholders(raw) {
  return [...raw.matchAll(placeholderPattern)].map(([, equiv]) => equiv);
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Turns a translator's plain text, where placeholders are written as in the source code
 * (`${count}`), into raw XLIFF using the source's own `<x>` elements.
 */
export function toRawTarget(text, rawSource) {
  const elements = [...rawSource.matchAll(placeholderPattern)];
  return text
    .split(/(\$\{[^}]+\})/)
    .map((part) => {
      const element = elements.find(([, equiv]) => equiv.replace(/&quot;/g, '"') === part);
      if (part.startsWith('${') && !element) {
        throw new Error(`placeholder ${part} is not in the source "${rawSource}"`);
      }
      return element ? element[0] : escapeXml(part);
    })
    .join('');
}

/** Sets the target of each id in `translations` in the XLIFF file at `path`. */
export function writeTargets(path, translations) {
  let text = readFileSync(path, 'utf8');
  const known = new Set();
  text = text.replace(unitPattern, (whole, id, body) => {
    if (!(id in translations)) return whole;
    known.add(id);
    const source = body.match(/<source>([\s\S]*?)<\/source>/)[0];
    const rawSource = source.slice('<source>'.length, -'</source>'.length);
    const target = toRawTarget(translations[id], rawSource);
    return `<trans-unit id="${id}">\n  ${source}\n  <target>${target}</target>\n</trans-unit>`;
  });
  writeFileSync(path, text);
  return Object.keys(translations).filter((id) => !known.has(id));
}
