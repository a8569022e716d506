// The delivered-bytes gate of `npm run verify` (size-limit, gzip level 9, after `npm run build`):
// each CDN file within the design's budget for what a visitor downloads (all widgets 42 KiB, one
// widget 20 KiB, a locale chunk 12 KiB), or, where a file is over it, within the ceiling recorded
// in scripts/size-ceilings.json, so no change makes it larger unnoticed. The code + CSS budgets
// and the locale chunks' ratio to their English text are measured by `npm run bench`.
import {readdirSync, readFileSync} from 'node:fs';

const KiB = 1024;
const {gzip: ceilings} = JSON.parse(readFileSync('scripts/size-ceilings.json', 'utf8'));
const budget = (file) =>
  file === 'iop-widgets.js' ? 42 * KiB : file.startsWith('locales/') ? 12 * KiB : 20 * KiB;
const files = [
  ...readdirSync('cdn').filter((name) => name.endsWith('.js')),
  ...readdirSync('cdn/locales').map((name) => `locales/${name}`),
].sort();

export default files.map((file) => ({
  name: `cdn/${file}`,
  path: `cdn/${file}`,
  gzip: true,
  limit: `${Math.max(budget(file), ceilings[file] ?? 0)} B`,
}));
