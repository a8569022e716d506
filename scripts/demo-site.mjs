// What the demo site serves, shared by `npm start` (scripts/demo.mjs) and the end-to-end checks
// that open its pages: the demo pages, the built CDN files, and the package's
// custom-elements.json (the embed builder reads the widgets and their options from it).
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder mounts for `startStaticServer()`. */
export const demoMounts = {'/cdn/': join(root, 'cdn'), '/': join(root, 'demo')};

/** In-memory pages for `startStaticServer()`, read on each request so they are never stale. */
export const demoPages = {
  '/custom-elements.json': () => readFileSync(join(root, 'custom-elements.json'), 'utf8'),
};
