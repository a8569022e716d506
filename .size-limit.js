// The delivered-bytes gate of `npm run verify` (size-limit, gzip level 9, after `npm run build`):
// each CDN file within the design's budget for what a visitor downloads (all widgets 42 KiB, one
// widget 20 KiB, a language's all-in-one file 46 KiB, a locale chunk 12 KiB, a lazy chunk fetched
// after the first render as one widget's 20 KiB), or, where a file is
// over it, within the ceiling recorded in scripts/size-ceilings.json, so no change makes it larger
// unnoticed. `npm run bench` measures every budget of DESIGN.md, code + CSS included, and reports
// the ones still failing.
import {existsSync, readdirSync, readFileSync} from 'node:fs';

const KiB = 1024;
const {gzip: ceilings} = JSON.parse(readFileSync('scripts/size-ceilings.json', 'utf8'));
const budget = (file) =>
  file === 'iop-widgets.js'
    ? 42 * KiB
    : file.startsWith('locales/')
      ? 12 * KiB
      : file.includes('lazy/')
        ? 20 * KiB
        : file.includes('/')
          ? 46 * KiB
          : 20 * KiB;
const folders = readdirSync('cdn', {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !['locales', 'lazy'].includes(entry.name))
  .map((entry) => entry.name);
const languages = folders
  .map((folder) => `${folder}/iop-widgets.js`)
  .filter((file) => existsSync(`cdn/${file}`));
/** The lazy chunks of the files in `folder` (`''`: cdn/ itself). */
const lazy = (folder) =>
  existsSync(`cdn/${folder}lazy`)
    ? readdirSync(`cdn/${folder}lazy`).map((name) => `${folder}lazy/${name}`)
    : [];
const files = [
  ...readdirSync('cdn').filter((name) => name.endsWith('.js')),
  ...languages,
  ...readdirSync('cdn/locales').map((name) => `locales/${name}`),
  ...lazy(''),
  ...folders.flatMap((folder) => lazy(`${folder}/`)),
].sort();

export default files.map((file) => ({
  name: `cdn/${file}`,
  path: `cdn/${file}`,
  gzip: true,
  limit: `${Math.max(budget(file), ceilings[file] ?? 0)} B`,
}));
