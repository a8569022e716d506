// Serves a page with the real <iop-buddy-signup>, bundled from the repository's source with esbuild.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Bundles the widget's define module as the browser loads it. */
export async function bundleWidget(): Promise<string> {
  const result = await build({
    entryPoints: [`${root}src/widgets/buddy-signup/define.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `/` (the form posting to `endpoint`) and `/widget.js` on 127.0.0.1. */
export async function startPage(widget: string, endpoint: () => string): Promise<PageServer> {
  const server = createServer((req, res) => {
    if (req.url === '/widget.js') {
      res.writeHead(200, {'Content-Type': 'text/javascript'}).end(widget);
      return;
    }
    res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'})
      .end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Buddy signup</title><link rel="icon" href="data:,">
<script type="module" src="/widget.js"></script></head>
<body><iop-buddy-signup clinic-name="Harbor Recovery" phone="+1 555 010 4477" endpoint="${endpoint()}"
  min-fill-seconds="0" timeout="2" max-attempts="10"></iop-buddy-signup></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
