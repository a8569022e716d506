// Reads the widgets and their options from the package's custom-elements.json.

/** The attributes every widget shares; the builder asks for them once, in "Your clinic". */
export const CLINIC_ATTRIBUTES = ['clinic-name', 'phone', 'intake-url', 'region'];
const WIDGET_ORDER = [
  'iop-program-explainer',
  'iop-care-quiz',
  'iop-sober-tips',
  'iop-buddy-signup',
];
/** Friendlier labels for some options; any other attribute is labelled from its name. */
const LABELS: Record<string, string> = {
  'exit-url': 'Quick exit page',
  'share-answers': 'Pass the answers to your page',
  'events-src': 'Events feed',
  'hide-plan': 'Hide “My plan”',
  'privacy-url': 'Privacy notice',
  endpoint: 'Signup endpoint',
  timeout: 'Seconds per delivery attempt',
  'max-attempts': 'Delivery attempts',
  'min-fill-seconds': 'Seconds before the form may be sent',
  'feed-timeout': 'Events feed timeout, in milliseconds',
};

interface Documented {
  name: string;
  description?: string;
  default?: string;
  type?: {text: string};
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: Documented[];
  cssProperties?: Documented[];
}
export interface Manifest {
  modules?: {declarations?: Declaration[]}[];
}

/** How an option is edited. */
export type Option = {name: string; label: string; description: string; fallback?: string} & (
  | {kind: 'checkbox' | 'text' | 'url'}
  | {kind: 'select'; values: string[]}
  | {kind: 'list'; values: string[]; allByDefault: boolean}
  | {kind: 'number'; min: string; max?: string}
);

export interface Widget {
  tag: string;
  name: string;
  summary: string;
  options: Option[];
  /** Design tokens by name, with their defaults and descriptions. */
  tokens: Record<string, Documented>;
}

/** "hours-per-week" → "Hours per week". */
export const labelFor = (name: string): string =>
  LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** How an attribute is edited, inferred from its type, default and description. */
export function optionFrom(attribute: Documented): Option {
  const {name} = attribute;
  const type = attribute.type?.text ?? 'string';
  const description = attribute.description ?? '';
  const fallback = attribute.default?.replace(/^'(.*)'$/, '$1');
  const quoted = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const base = {name, label: labelFor(name), description, fallback};
  if (type === 'boolean') return {...base, kind: 'checkbox'};
  if (type.includes('[]')) {
    const values = quoted.flatMap((q) => q.split(/[\s,]+/)).filter((w) => /^[a-z][a-z-]*$/.test(w));
    return {...base, kind: 'list', values, allByDefault: /default all/i.test(description)};
  }
  if (literals.length > 1) return {...base, kind: 'select', values: literals};
  if (fallback && quoted.includes(fallback)) return {...base, kind: 'select', values: quoted};
  if (/\bnumber\b/.test(type)) {
    const range = description.match(/\((\d+(?:\.\d+)?)\s*(?:–|to)\s*(\d+(?:\.\d+)?)/);
    return {...base, kind: 'number', min: range?.[1] ?? '0', max: range?.[2]};
  }
  if (/(-url|-src)$|^endpoint$/.test(name)) return {...base, kind: 'url'};
  return {...base, kind: 'text'};
}

/** The widgets in the manifest, in the order the builder offers them, and the known regions. */
export function widgetsFrom(manifest: Manifest): {widgets: Widget[]; regions: string[]} {
  const declarations = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []);
  const rank = (tag: string) => (WIDGET_ORDER.includes(tag) ? WIDGET_ORDER.indexOf(tag) : 99);
  const widgets = declarations
    .filter((d): d is Declaration & {tagName: string} =>
      Boolean(d.customElement && d.tagName?.startsWith('iop-') && d.tagName !== 'iop-clinic'),
    )
    .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName))
    .map((d) => ({
      tag: d.tagName,
      name: labelFor(d.tagName.replace(/^iop-/, '')),
      summary: d.summary ?? '',
      options: (d.attributes ?? [])
        .filter((a) => a.name && !CLINIC_ATTRIBUTES.includes(a.name))
        .map(optionFrom),
      tokens: Object.fromEntries((d.cssProperties ?? []).map((p) => [p.name, p])),
    }));
  const region = declarations
    .flatMap((d) => d.attributes ?? [])
    .find((a) => a.name === 'region')?.description;
  const regions = [...(region ?? '').matchAll(/`([A-Z]{2})`/g)].map((m) => m[1]);
  return {widgets, regions};
}
