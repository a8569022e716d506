// Writes the README's CDN snippet (between <!-- cdn:start --> and <!-- cdn:end -->): the script
// tag for this package version with the Subresource Integrity hash of the built
// cdn/iop-widgets.js, then one line per language file (cdn/<locale>/iop-widgets.js) with its own
// hash. `--check` fails when the README's snippet differs. Run after `rollup -c`.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));
const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const integrityOf = (path) =>
  `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
const integrity = integrityOf('cdn/iop-widgets.js');
const url = `https://cdn.jsdelivr.net/npm/${name}@${version}/cdn/iop-widgets.js`;
const languages = targetLocales
  .map(
    (locale) =>
      `| \`${locale}\` | \`cdn/${locale}/iop-widgets.js\` | \`${integrityOf(`cdn/${locale}/iop-widgets.js`)}\` |`,
  )
  .join('\n');

const snippet = `<!-- cdn:start -->
\`\`\`html
<script type="module" src="${url}"
        integrity="${integrity}" crossorigin="anonymous"></script>

<iop-care-quiz clinic-name="Harbor Light Recovery" phone="+1 555 010 4477"></iop-care-quiz>
\`\`\`

For a page in another language, load that language's file instead (same tag, its own
\`src\` and \`integrity\`): its words are in the file, so the page fetches no English and renders
in one round trip; switching language later still loads a chunk.

| \`<html lang>\` | file | integrity |
| --- | --- | --- |
${languages}
<!-- cdn:end -->`;

const readme = readFileSync('README.md', 'utf8');
const section = /<!-- cdn:start -->[\s\S]*?<!-- cdn:end -->/;
if (!section.test(readme)) {
  console.error('README.md has no <!-- cdn:start --> … <!-- cdn:end --> markers');
  process.exit(1);
}
const updated = readme.replace(section, snippet);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error("README.md's CDN snippet is stale; run node scripts/readme-cdn.mjs");
    process.exit(1);
  }
  console.log("README.md's CDN snippet is current");
} else {
  writeFileSync('README.md', updated);
}
