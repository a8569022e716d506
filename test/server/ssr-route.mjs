// /test-endpoint/ssr/<tag>?<attribute>=<value>…: the widget rendered by Lit's server renderer, for
// the hydration tests; /test-endpoint/ssr/iop-clinic/<tag>,<tag>?…: an `<iop-clinic>` with those
// attributes holding the widgets, which have none of their own. Rendering runs in a Node process of its own (the server renderer installs
// a DOM shim on its globals), and each answer is kept for the test run.
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const prefix = '/test-endpoint/ssr/';
const script = fileURLToPath(new URL('./ssr-render.mjs', import.meta.url));
const rendered = new Map();

function renderInChild(tag, attributes, children) {
  return new Promise((resolve, reject) => {
    const args = [script, JSON.stringify({tag, attributes, children})];
    execFile(process.execPath, args, {maxBuffer: 16 * 1024 * 1024}, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

/** Test-server middleware answering server-rendering requests under /test-endpoint/ssr/. */
export function ssrRoute() {
  return async (context, next) => {
    if (!context.path.startsWith(prefix)) return next();
    const [tag, inside = ''] = context.path.slice(prefix.length).split('/');
    const children = inside ? inside.split(',') : [];
    if (![tag, ...children].every((name) => /^iop-[a-z-]+$/.test(name))) {
      context.status = 404;
      return;
    }
    const key = context.url;
    if (!rendered.has(key)) rendered.set(key, renderInChild(tag, {...context.query}, children));
    try {
      context.body = await rendered.get(key);
      context.type = 'text/html';
    } catch (error) {
      rendered.delete(key);
      context.status = 500;
      context.body = String(error);
    }
  };
}
