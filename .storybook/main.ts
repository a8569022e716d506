import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

/**
 * package.json's `sideEffects` names the built define modules (`dist/widgets/<name>/define.js`),
 * so a production build would drop a story's `import '../src/widgets/<name>/define.js'` and leave
 * its tag undefined. The source define modules and entries register tags: keep them.
 */
const registersTags = /\/src\/(index|cdn[^/]*|widgets\/[^/]+\/define)\.ts$/;
const keepDefineModules: Plugin = {
  name: 'iop-keep-define-modules',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
    if (resolved && registersTags.test(resolved.id)) return {...resolved, moduleSideEffects: true};
    return null;
  },
};

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), keepDefineModules],
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // The renderer imports this Lit module; unless it is pre-bundled with the rest of Lit, the
      // dev server loads a second copy of lit-html ("Multiple versions of Lit loaded").
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
