// Custom Elements Manifest: `npm run analyze` writes custom-elements.json from the classes' JSDoc
// (`@tag`, `@summary`, `@fires`, `@csspart`, `@cssprop`, …), and from it the editor data:
// vscode.html-custom-data.json (VS Code) and web-types.json (WebStorm, IntelliJ). Storybook's
// controls and docs read the manifest too. The project's own plugins live in build/.
import {readFileSync} from 'node:fs';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {publicApi} from './build/cem-public-api.mjs';
import {designTokensPlugin} from './build/cem-design-tokens.mjs';
import {typesPlugin} from './build/cem-types.mjs';

const {name} = JSON.parse(readFileSync('package.json', 'utf8'));
/** The README's list of guides, linked from the editors' hover cards. */
const GUIDES = `https://www.npmjs.com/package/${name}#guides`;

/**
 * VS Code offers the parts of an attribute's type as its values; a list (`readonly string[]`) is
 * no value, so that plugin sees such an attribute as a plain string (the manifest keeps its type).
 */
function withoutListValues(plugin) {
  const plain = (attribute) =>
    attribute.type?.text.includes('[]') ? {...attribute, type: {text: 'string'}} : attribute;
  return {
    ...plugin,
    packageLinkPhase: ({customElementsManifest: manifest, ...rest}) =>
      plugin.packageLinkPhase({
        ...rest,
        customElementsManifest: {
          ...manifest,
          modules: manifest.modules.map((module) => ({
            ...module,
            declarations: module.declarations?.map((declaration) => ({
              ...declaration,
              attributes: declaration.attributes?.map(plain),
            })),
          })),
        },
      }),
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The entry points (`src/index.ts`, the CDN entries) only register tags and re-export.
  exclude: ['src/*.ts', 'src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // Sorted, so the manifest is the same on every machine whatever order the disk lists files in.
  overrideModuleCreation: ({ts, globs}) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true),
      ),
  plugins: [
    publicApi(),
    designTokensPlugin(),
    typesPlugin(),
    withoutListValues(
      customElementVsCodePlugin({
        outdir: '.',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: null,
        referencesTemplate: () => [{name: 'Guides', url: GUIDES}],
        hideMethodDocs: true,
        hideLogs: true,
      }),
    ),
    customElementJetBrainsPlugin({
      outdir: '.',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      referencesTemplate: () => ({name: 'Guides', url: GUIDES}),
      hideMethodDocs: true,
      hideLogs: true,
    }),
  ],
};
