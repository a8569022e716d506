// Serves React and ReactDOM, published as CommonJS only, to the browser tests as ES modules. One
// esbuild bundle holds both, so every importer shares one React; small facades give `react` and
// `react-dom/client` their named exports.
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const prefix = '/__react-esm/';

/** Each served package: its facade's file name and the bundle export it re-exports. */
const packages = {
  react: {file: 'react.js', binding: 'React'},
  'react-dom/client': {file: 'react-dom-client.js', binding: 'ReactDOMClient'},
};

async function bundle() {
  const result = await build({
    stdin: {
      contents: `import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
export {React, ReactDOMClient};`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    define: {'process.env.NODE_ENV': '"development"'},
  });
  return result.outputFiles[0].text;
}

/** The names a CommonJS package exports, read in a separate Node process (React patches the console). */
function exportNames(name) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], {cwd: root}).toString());
  return names.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
}

function facade(name, binding) {
  const names = exportNames(name);
  return `import {${binding}} from './bundle.js';
export default ${binding}.default ?? ${binding};
export const {${names.join(', ')}} = ${binding};
`;
}

/** A test-runner plugin that resolves `react` and `react-dom/client` to ES module builds. */
export function reactEsm() {
  let bundled;
  return {
    name: 'react-esm',
    resolveImport({source}) {
      const served = packages[source];
      return served ? prefix + served.file : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const file = context.path.slice(prefix.length);
      if (file === 'bundle.js') {
        bundled ??= bundle();
        return {body: await bundled, type: 'js'};
      }
      const entry = Object.entries(packages).find(([, served]) => served.file === file);
      return entry ? {body: facade(entry[0], entry[1].binding), type: 'js'} : undefined;
    },
  };
}
