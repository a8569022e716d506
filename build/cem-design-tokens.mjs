// Analyzer plugin: documents the design tokens (`--iop-*`) from the token style sheet on IopElement.
import {readFileSync} from 'node:fs';

const TOKENS_MODULE = 'src/core/tokens.styles.ts';
const BASE_MODULE = 'src/core/iop-element.ts';
const BASE_CLASS = 'IopElement';

/** What each design token changes; the names and defaults come from the token style sheet. */
const DESCRIPTIONS = {
  '--iop-color-scheme':
    "Forces `light` or `dark` colours; by default the widgets follow the visitor's preference.",
  '--iop-color-accent': 'Buttons, links, selected choices and other highlights.',
  '--iop-color-on-accent': 'Text on accent-coloured buttons.',
  '--iop-color-text': 'Body text.',
  '--iop-color-muted': 'Secondary text such as hints and notes.',
  '--iop-color-surface': 'Background of panels and fields.',
  '--iop-color-surface-alt': 'Background of selected choices and highlighted areas.',
  '--iop-color-border': 'Borders of panels, choices and fields.',
  '--iop-color-danger': 'Error text and the border of a field that needs attention.',
  '--iop-color-urgent-surface': 'Background of urgent-help panels.',
  '--iop-color-focus': 'Keyboard focus ring.',
  '--iop-radius': 'Corner radius of panels, buttons and fields.',
  '--iop-space': 'Base spacing unit; paddings and gaps are multiples of it.',
  '--iop-font-family': "Font of the widgets; by default the page's own font.",
};

/** The public tokens, in source order, as `{name, default, description}`. */
function designTokens() {
  const source = readFileSync(TOKENS_MODULE, 'utf8');
  const tokens = new Map();
  for (const [, name, fallback] of source.matchAll(/var\((--iop-[a-z0-9-]+),\s*([^;]+?)\)\s*;/g)) {
    if (tokens.has(name)) continue;
    if (!DESCRIPTIONS[name]) throw new Error(`${TOKENS_MODULE} defines ${name}; describe it here`);
    tokens.set(name, {
      name,
      default: fallback.replace(/\s+/g, ' ').trim(),
      description: DESCRIPTIONS[name],
    });
  }
  const stale = Object.keys(DESCRIPTIONS).filter((name) => !tokens.has(name));
  if (stale.length) throw new Error(`${stale.join(', ')} described but not in ${TOKENS_MODULE}`);
  return [...tokens.values()];
}

/**
 * The tokens are documented on `IopElement`, so every widget lists them as inherited. A widget may
 * describe a token in its own words, but the default is the token style sheet's.
 */
export function designTokensPlugin() {
  return {
    name: 'iop-design-tokens',
    moduleLinkPhase({moduleDoc}) {
      if (moduleDoc.path !== BASE_MODULE) return;
      const base = moduleDoc.declarations?.find((d) => d.name === BASE_CLASS);
      if (!base) throw new Error(`${BASE_MODULE} declares no ${BASE_CLASS}`);
      const own = base.cssProperties ?? [];
      const tokens = designTokens().filter((t) => !own.some((p) => p.name === t.name));
      base.cssProperties = [...own, ...tokens];
    },
    packageLinkPhase({customElementsManifest: {modules}}) {
      const defaults = new Map(designTokens().map((t) => [t.name, t.default]));
      for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
        for (const property of declaration.cssProperties ?? []) {
          if (defaults.has(property.name)) property.default = defaults.get(property.name);
        }
      }
    },
  };
}
