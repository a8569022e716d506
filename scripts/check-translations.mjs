// Fails when a message lacks a translation in any locale, or a translation's placeholders differ
// from its source's.
import {readFileSync} from 'node:fs';
import {placeholders, readUnits} from '../build/xliff.mjs';

const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const problems = [];
let checked = 0;
for (const locale of targetLocales) {
  for (const {id, source, target} of readUnits(`xliff/${locale}.xlf`)) {
    checked++;
    if (target === undefined || !target.trim()) {
      problems.push(`${locale}: "${id}" has no translation`);
      continue;
    }
    const expected = placeholders(source).sort().join(' ');
    const actual = placeholders(target).sort().join(' ');
    if (expected !== actual) {
      problems.push(`${locale}: "${id}" has placeholders [${actual}], source has [${expected}]`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `translations: ${problems.length} problem(s); run "npx lit-localize extract" and translate.`,
  );
  process.exit(1);
}
console.log(`translations: ${checked} messages complete in ${targetLocales.join(', ')}`);
