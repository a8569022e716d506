// The CDN build (`npm run build`). The npm build is `tsc` alone.
//
// cdn/iop-widgets.js                 every widget (entry: src/cdn.ts)
// cdn/iop-<widget>.js                one per folder with a define.ts under src/widgets/ (but
//                                    clinic): <iop-clinic> and that widget
// cdn/locales/<file>.<locale>.js     the translations one of those files uses, loaded only when
//                                    the page asks for that language
// cdn/locales/<file>.keys.js         how that file's code finds its messages in those chunks
//                                    (loaded with any of them)
// cdn/lazy/<file>.<module>.js        code one of those files runs only after a click or for a
//                                    configured feature (a widget's dynamic `import()`), fetched
//                                    when the page is idle after the first render
// cdn/<locale>/iop-widgets.js        every widget, its words in that language (a Spanish page
//                                    fetches no English); cdn/<locale>/locales/ has the others
//
// Each file is a minified ES module with Lit's production build and its own copy of
// @lit/localize, with everything the first render needs; its lazy chunks import it, and nothing
// else. Every file configures its own localization, follows `<html lang>` and joins
// `window.IopWidgets`, so one `setLocale()` switches them all. The plugins that are the project's
// own live in build/, one module each. Run `node scripts/localize-build.mjs` first: the locale
// modules under src/generated/ are generated, not in git.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import alias from '@rollup/plugin-alias';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import del from 'rollup-plugin-delete';
import esbuild from 'rollup-plugin-esbuild';
import {localeChunks} from './build/locale-chunks.mjs';
import {localeTexts} from './build/locale-texts.mjs';
import {productionBuilds} from './build/production-builds.mjs';
import {retryLazyImports} from './build/retry-lazy-imports.mjs';
import {sharedHelpers} from './build/shared-helpers.mjs';
import {MESSAGE_KEYS, shortMessageIds} from './build/short-message-ids.mjs';
import {stylesFirst} from './build/styles-first.mjs';
import {ENTRY_PREFIX, widgetEntries} from './build/widget-entries.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const {sourceLocale, targetLocales} = JSON.parse(
  readFileSync(join(root, 'lit-localize.json'), 'utf8'),
);
const generatedLocales = join(root, 'src/generated/locales');
const source = (path) => join(root, 'src', path).replaceAll('\\', '/');
const isLocaleModule = (path) => path.startsWith(generatedLocales);

if (!existsSync(join(root, 'src/generated/locale-codes.ts'))) {
  throw new Error('src/generated/ is missing; run `node scripts/localize-build.mjs` first');
}

/** Widget folders with a define module, except `clinic` (every file includes it). */
const widgets = readdirSync(join(root, 'src/widgets'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'clinic')
  .map((entry) => entry.name)
  .filter((name) => existsSync(join(root, 'src/widgets', name, 'define.ts')))
  .sort();

// The compile hint asks V8 to compile the whole entry while the script loads, rather than
// function by function during the widgets' first render.
const banner =
  `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundles lit and @lit/localize ` +
  `(BSD-3-Clause, Copyright Google LLC) */\n//# allFunctionsCalledOnLoad`;

/** Terser keeps the banner's two comments, and no other. */
const keepBanner = (_node, {value}) =>
  value.startsWith('! ') || value === '# allFunctionsCalledOnLoad';

const locales = [sourceLocale, ...targetLocales];

/**
 * One self-contained CDN file (in `locale`'s words) and its locale chunks. `npm run bench` builds
 * the same with `locale: 'none'` (no words) and `external` Lit to measure code + CSS.
 */
export const cdnFile = ({input, file, locale = sourceLocale, first = false}) => ({
  input: {[file.replace(/\.js$/, '')]: input},
  plugins: [
    // Empties cdn/ first, so files of a removed widget or locale never linger.
    first && del({targets: 'cdn/*', runOnce: true}),
    // Warnings print their code and values, not the sentence (docs/warnings.md has them all).
    alias({entries: [{find: /^(.*\/)warning-texts\.js$/, replacement: '$1warning-texts.cdn.js'}]}),
    widgetEntries(source),
    localeChunks({
      entry: file,
      targetLocales:
        locale === 'none' ? targetLocales : locales.filter((other) => other !== locale),
      isLocaleModule,
    }),
    esbuild({tsconfig: join(root, 'tsconfig.json'), target: 'es2022'}),
    sharedHelpers(),
    // Every sheet of the file side by side, so gzip finds what they have in common.
    stylesFirst({isStyles: (id) => id.endsWith('.styles.ts')}),
    localeTexts({
      locale,
      locales,
      xliffDir: join(root, 'xliff'),
      generatedLocales,
      loadersModule: source('localization/loaders.ts'),
      isSource: (id) => id.startsWith(join(root, 'src/')) && id.endsWith('.ts'),
    }),
    shortMessageIds({
      xliffDir: join(root, 'xliff'),
      isSource: (id) => id.startsWith(join(root, 'src/')) && id.endsWith('.ts'),
      isLocaleModule,
      messageKeysModule: source('localization/message-keys.ts'),
      checkKeys: locale !== 'none',
    }),
    // The static text of Lit's `html` and `css` templates, which terser leaves alone.
    minifyHTML({include: ['src/**/*.ts'], failOnError: true}),
    nodeResolve({browser: true}),
    productionBuilds(),
    retryLazyImports(),
    terser({module: true, ecma: 2022, compress: {passes: 2}, format: {comments: keepBanner}}),
  ],
  output: {
    dir: join(root, 'cdn', locale === sourceLocale ? '' : locale),
    format: 'es',
    entryFileNames: '[name].js',
    // A lazy chunk is named after the module its widget imports: lazy/iop-widgets.plan-export.js.
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId === MESSAGE_KEYS
        ? `locales/${file.replace(/\.js$/, '')}.keys.js`
        : `${isLocaleModule(chunk.facadeModuleId ?? '') ? 'locales' : 'lazy'}/${file.replace(/\.js$/, '')}.[name].js`,
    // The locale and lazy chunks carry no banner.
    banner: (chunk) => (chunk.isEntry ? banner : ''),
    sourcemap: false,
  },
});

export const entries = {
  'iop-widgets.js': source('cdn.ts'),
  ...Object.fromEntries(widgets.map((widget) => [`iop-${widget}.js`, ENTRY_PREFIX + widget])),
};

export default [
  cdnFile({input: source('cdn.ts'), file: 'iop-widgets.js', first: true}),
  ...widgets.map((widget) => cdnFile({input: ENTRY_PREFIX + widget, file: `iop-${widget}.js`})),
  ...targetLocales.map((locale) =>
    cdnFile({input: source('cdn.ts'), file: 'iop-widgets.js', locale}),
  ),
];
