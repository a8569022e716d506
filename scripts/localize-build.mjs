// Runs `lit-localize build`, then undoes the HTML escaping it applies to the words of plain and
// `str` messages (lit/lit#5012, unfixed in @lit/localize-tools 0.8, with no option to turn it
// off): it writes `&`, `<` and `>` of a translation as `&amp;`, `&lt;` and `&gt;`, which a
// widget then shows as such ("988 Suicide &amp; Crisis Lifeline"). Every message of this project
// renders as text; an `html` message, whose escapes would be right, fails this script instead.
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const {output} = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const bin = join(root, 'node_modules/.bin/lit-localize');
execFileSync(bin, ['build'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});

const entities = {'&lt;': '<', '&gt;': '>', '&amp;': '&'};
const folder = join(root, output.outputDir);
for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
  const path = join(folder, name);
  const code = readFileSync(path, 'utf8');
  if (/\bhtml`/.test(code)) {
    throw new Error(
      `${path}: an html\`\` message; its escapes are right, and this script can't tell`,
    );
  }
  writeFileSync(
    path,
    code.replace(/&(lt|gt|amp);/g, (entity) => entities[entity]),
  );
}
