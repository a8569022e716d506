// Sets translations in xliff/<locale>.xlf from a JSON object of {message id: translated text}.
// Placeholders are written as in the source code, e.g. "Pregunta ${index} de ${total}".
// Usage: node scripts/set-translations.mjs es translations.json
import {readFileSync} from 'node:fs';
import {writeTargets} from '../build/xliff.mjs';

const [locale, file] = process.argv.slice(2);
if (!locale || !file) {
  console.error('usage: node scripts/set-translations.mjs <locale> <translations.json>');
  process.exit(2);
}
const unknown = writeTargets(`xliff/${locale}.xlf`, JSON.parse(readFileSync(file, 'utf8')));
if (unknown.length) {
  console.error(
    `not in xliff/${locale}.xlf (run lit-localize extract first): ${unknown.join(', ')}`,
  );
  process.exit(1);
}
