// The snippet the builder writes: the pinned CDN script tag, a <style> rule, the configured tag.

const RIGHT_TO_LEFT = new Set(['ar']);
const SOURCE_LOCALE = 'en';
export const isRightToLeft = (lang: string): boolean => RIGHT_TO_LEFT.has(lang);

/** The CDN file's package name and version (from its banner) and its integrity hash. */
export interface ScriptMeta {
  name: string;
  version: string;
  integrity?: string;
  /** Why there is no integrity hash, when there is none. */
  problem?: string;
}

/** An attribute's value: text, or `true` for a boolean attribute. */
export type Attribute = [name: string, value: string | true];

/** Escapes a value for a double-quoted HTML attribute. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The configured tag; one attribute a line when it would not fit on one. */
export function tagSnippet(tag: string, attributes: Attribute[]): string {
  const parts = attributes.map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLine = `<${tag}${parts.map((p) => ` ${p}`).join('')}></${tag}>`;
  if (oneLine.length <= 80) return oneLine;
  return `<${tag}\n${parts.map((p) => `  ${p}`).join('\n')}\n></${tag}>`;
}

/** The rule with the chosen custom properties, or '' when none. */
export function themeCss(tag: string, declarations: [string, string][]): string {
  if (!declarations.length) return '';
  return `${tag} {\n${declarations.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}`;
}

/**
 * The CDN file for a page in `lang`, relative to the package's `cdn/` folder: the English
 * all-in-one file, or the language's own file, whose words are inside (no English is fetched).
 */
export const cdnFileFor = (lang: string): string =>
  lang && lang !== SOURCE_LOCALE ? `${lang}/iop-widgets.js` : 'iop-widgets.js';

/** The script tag of `file` (see `cdnFileFor`), pinned to the version and hash in `meta`. */
export function scriptSnippet(meta: ScriptMeta | undefined, file = cdnFileFor('')): string {
  if (!meta) return '<!-- Reading the script to pin its version and hash… -->';
  if (!meta.version) {
    return '<!-- The script tag could not be worked out here: copy it from the README. -->';
  }
  const url = `https://cdn.jsdelivr.net/npm/${meta.name}@${meta.version}/cdn/${file}`;
  if (!meta.integrity) {
    return `<script type="module" src="${url}" crossorigin="anonymous"></script>`;
  }
  return (
    `<script type="module" src="${url}"\n` +
    `        integrity="${meta.integrity}" crossorigin="anonymous"></script>`
  );
}

export function snippetText(options: {
  meta: ScriptMeta | undefined;
  tag: string;
  attributes: Attribute[];
  lang: string;
  css: string;
}): string {
  const {meta, tag, attributes, lang, css} = options;
  const parts = [scriptSnippet(meta, cdnFileFor(lang))];
  if (lang) {
    const dir = isRightToLeft(lang) ? ' dir="rtl"' : '';
    parts.push(
      `<!-- This file carries the widget's words in your page's language: start the page with <html lang="${lang}"${dir}>. -->`,
    );
  }
  if (css) parts.push(`<style>\n  ${css.replace(/\n/g, '\n  ')}\n</style>`);
  parts.push(tagSnippet(tag, attributes));
  return `${parts.join('\n\n')}\n`;
}

/** Reads the CDN file: its banner names the version, and its bytes give the integrity hash. */
export async function loadScriptMeta(src: string): Promise<ScriptMeta> {
  const response = await fetch(src, {credentials: 'omit'});
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const banner = new TextDecoder().decode(bytes.slice(0, 200)).match(/^\/\*! (\S+) (\S+) /);
  if (!banner) throw new Error(`${src} has no version banner`);
  const meta: ScriptMeta = {name: banner[1], version: banner[2]};
  if (!globalThis.crypto?.subtle) {
    meta.problem =
      'This browser cannot compute the integrity hash on this address (it needs https: or localhost), so the snippet has none. Open the builder on https: or localhost for a pinned, checked script tag.';
    return meta;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  meta.integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
  return meta;
}
