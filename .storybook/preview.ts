import type {ArgTypes, Decorator, Loader, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import {action} from 'storybook/actions';
import manifest from '../custom-elements.json';
import {matchLocale, setLocale, supportedLocales} from '../src/localization/localization.js';

// Controls and docs come from the manifest the analyzer writes from the classes' JSDoc.
setCustomElementsManifest(manifest);

/** Storybook's description of a control's value type. */
type SBType = Exclude<NonNullable<ArgTypes[string]['type']>, string>;
type Theme = 'system' | 'light' | 'dark';
type Direction = 'ltr' | 'rtl';

/** A language's own name, capitalised for a menu: "English", "Español". */
function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], {type: 'language'}).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

interface Documented {
  name: string;
  description?: string;
  default?: string;
  type?: {text: string};
}
interface Declaration {
  tagName?: string;
  attributes?: (Documented & {fieldName?: string})[];
  members?: (Documented & {kind: string; attribute?: string; static?: boolean})[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
const elements: Declaration[] = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []) as Declaration[])
  .filter((declaration) => declaration.tagName);

/** The control a TypeScript type asks for: `'full' | 'compact'` a choice, `string | …` text. */
function controlType(text = ''): SBType | undefined {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length && parts.every((part) => /^'[^']*'$/.test(part))) {
    return {name: 'enum', value: parts.map((part) => part.slice(1, -1))};
  }
  if (parts.includes('string')) return {name: 'string'};
  if (parts.length === 1 && (parts[0] === 'number' || parts[0] === 'boolean')) {
    return {name: parts[0]};
  }
  return undefined;
}

/**
 * The docs table and controls of one tag, from the manifest: attributes (with controls), then
 * properties without an attribute, events, slots, parts and custom properties (documented only).
 * Each row has its own key, so a slot and a part of the same name both show.
 */
function extractArgTypes(tag: string): ArgTypes {
  const element = elements.find((candidate) => candidate.tagName === tag);
  if (!element) return {};
  const rows: ArgTypes = {};
  const row = (
    key: string,
    category: string,
    item: Documented,
    extra: {name?: string; type?: string; control?: boolean} = {},
  ) => {
    const typeText = extra.type ?? item.type?.text;
    const type = extra.control === false ? undefined : controlType(typeText);
    rows[key] = {
      name: extra.name ?? item.name,
      description: item.description,
      ...(type ? {type} : {control: false}),
      table: {
        category,
        ...(typeText ? {type: {summary: typeText}} : {}),
        ...(item.default !== undefined ? {defaultValue: {summary: item.default}} : {}),
      },
    };
  };
  for (const attribute of element.attributes ?? []) row(attribute.name, 'attributes', attribute);
  for (const member of element.members ?? []) {
    const hasAttribute = element.attributes?.some((a) => a.fieldName === member.name);
    if (member.kind === 'field' && !member.static && !hasAttribute) {
      row(member.name, 'properties', member);
    }
  }
  for (const event of element.events ?? []) {
    const detail = event.type?.text.match(/^CustomEvent<(.*)>$/s)?.[1] ?? event.type?.text;
    row(`event ${event.name}`, 'events', event, {type: detail, control: false});
  }
  for (const slot of element.slots ?? []) {
    row(`slot ${slot.name}`, 'slots', slot, {name: slot.name || '(default)', control: false});
  }
  for (const part of element.cssParts ?? []) {
    row(`part ${part.name}`, 'css shadow parts', part, {
      name: `::part(${part.name})`,
      control: false,
    });
  }
  for (const property of element.cssProperties ?? []) {
    row(property.name, 'css custom properties', property, {control: false});
  }
  return rows;
}

// Every widget event lands in the Actions panel, with its detail. The events bubble and are
// composed, so one listener each on the document hears every story.
for (const name of new Set(
  elements.flatMap((element) => element.events ?? []).map((e) => e.name),
)) {
  document.addEventListener(name, (event) => action(name)((event as CustomEvent).detail));
}

const direction = (globals: Record<string, unknown>): Direction =>
  globals.dir === 'rtl' ? 'rtl' : 'ltr';

/**
 * Applies the toolbar's language, theme and direction to the page the widgets live in. The docs
 * page keeps its own layout left to right; each story in it gets the direction on its box.
 */
function applyGlobals(globals: Record<string, unknown>, viewMode: string) {
  const root = document.documentElement;
  const theme = globals.theme as Theme;
  root.lang = matchLocale(String(globals.locale));
  root.dir = viewMode === 'docs' ? 'ltr' : direction(globals);
  if (theme === 'light' || theme === 'dark') {
    root.style.setProperty('--iop-color-scheme', theme);
    root.style.colorScheme = theme;
  } else {
    root.style.removeProperty('--iop-color-scheme');
    root.style.colorScheme = 'light dark';
  }
  return setLocale(root.lang);
}

/** The first render waits for the chosen language, so a story never flashes English. */
const loadLanguage: Loader = async ({globals, viewMode}) => {
  await applyGlobals(globals, viewMode);
  return {};
};

/**
 * Later toolbar changes apply at once; the widgets re-render when their language arrives. The
 * story sits on the page's own background, so a dark theme is dark in the docs page too.
 */
const withPageSettings: Decorator = (story, {globals, viewMode}) => {
  void applyGlobals(globals, viewMode);
  return html`<div
    class="iop-preview"
    lang=${matchLocale(String(globals.locale))}
    dir=${direction(globals)}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: supportedLocales.map((locale) => ({
          value: locale,
          title: languageName(locale),
          right: locale,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'system', title: 'System', icon: 'browser'},
          {value: 'light', title: 'Light', icon: 'sun'},
          {value: 'dark', title: 'Dark', icon: 'moon'},
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'system', dir: 'ltr'},
  loaders: [loadLanguage],
  decorators: [withPageSettings],
  parameters: {
    docs: {extractArgTypes},
    // The theme toolbar sets the background; the backgrounds tool would only fight it.
    backgrounds: {disable: true},
    controls: {expanded: true},
  },
};

export default preview;
