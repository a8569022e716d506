// Copies the payload schema from the repository root into the package, so the published package
// validates against exactly the file the widget's tests use.
import {copyFileSync, mkdirSync} from 'node:fs';

const from = new URL('../../buddy-signup.schema.json', import.meta.url);
const to = new URL('../schema/', import.meta.url);
mkdirSync(to, {recursive: true});
copyFileSync(from, new URL('buddy-signup.schema.json', to));
