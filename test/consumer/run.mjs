// Uses the package as app developers do, from the `npm pack` tarball, in scratch apps outside the
// repository (the fixtures are in test/consumer/app/):
//
// - a React 19 + Vite app importing one wrapper (`iop-widgets/react/care-quiz`) bundles that
//   widget and no other (checked by each widget's tag name and first heading in the output); the
//   same app importing the wrapper from `iop-widgets/react` is built beside it, for the sizes;
// - TSX with raw tags and typed `on…` events type-checks under `strict` with
//   `import 'iop-widgets/jsx-react'`, deliberate mistakes fail (`@ts-expect-error`), and every
//   attribute and event of custom-elements.json is typed;
// - a page with every widget server-rendered inside `<iop-clinic>` by `@lit-labs/ssr` shows the
//   clinic's phone line before any script, then hydrates in Chromium and in Firefox with no console
//   error, keeps the same shadow roots and text, and answers clicks.
//
// The layout is pnpm's with `hoist=false`: the tarball is unpacked into a store folder where its
// only neighbours are the packages its package.json declares (dependencies and the react peer),
// and the app's node_modules links to it. So a module or a declaration of the package that names
// any other package fails to resolve, as it does for a pnpm user. The packages are linked from
// this repository's node_modules: the check runs offline, with the versions of package-lock.json.
//
// Prints `consumer: N passed, N failed` and the apps' bundle sizes; exits with 1 on any failure. Run
// `node scripts/localize-build.mjs` first (the check command does).
import {execFile, execFileSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, extname, join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {build} from 'vite';
import {chromiumArgs, chromiumPath, firefoxPath, requireBrowser} from '../browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/consumer/app');
const require = createRequire(import.meta.url);
const execFileAsync = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tscBin = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
const started = Date.now();

let passed = 0;
const failures = [];
const figures = [];
/** Records one check: `problem` is a falsy value when it passed, else what went wrong. */
function check(name, problem) {
  if (problem) failures.push(`${name}: ${problem}`);
  else passed++;
}

/** Links `name` from this repository's node_modules into `modules`. */
function link(modules, name) {
  const target = join(root, 'node_modules', name);
  if (!existsSync(join(target, 'package.json'))) throw new Error(`${name} is not installed`);
  mkdirSync(dirname(join(modules, name)), {recursive: true});
  symlinkSync(target, join(modules, name), 'dir');
}

/** The package installed from its tarball in a pnpm-like layout; returns the app folder. */
function install(work) {
  execFileSync(process.execPath, [tscBin, '-p', 'tsconfig.json'], {cwd: root, stdio: 'pipe'});
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  // The store: the package beside its declared dependencies, and nothing else.
  const store = join(work, 'store/node_modules');
  mkdirSync(store, {recursive: true});
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  renameSync(join(work, 'package'), join(store, pkg.name));
  const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
  for (const name of declared) link(store, name);
  // The app: the package and the app's own dependencies.
  const app = join(work, 'app');
  const modules = join(app, 'node_modules');
  mkdirSync(modules, {recursive: true});
  symlinkSync(join(store, pkg.name), join(modules, pkg.name), 'dir');
  const appDependencies = ['react', 'react-dom', '@types/react', '@types/react-dom', 'lit'];
  for (const name of [...appDependencies, '@lit-labs/ssr', '@lit-labs/ssr-client']) {
    link(modules, name);
  }
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({name: 'consumer-app', private: true, type: 'module'}, null, 2),
  );
  cpSync(fixtures, app, {recursive: true});
  return app;
}

/** Builds `entry` of the app with Vite for production; returns the emitted JavaScript. */
async function viteBuild(app, entry, outDir) {
  const page = join(app, `${entry}.html`);
  writeFileSync(
    page,
    `<!doctype html><html lang="en"><body><div id="root"></div>` +
      `<script type="module" src="./${entry}"></script></body></html>`,
  );
  await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: {outDir, emptyOutDir: true, rollupOptions: {input: page}},
  });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (code) => gzipSync(code, {level: 9}).length;

/** Each widget's tag and a text only its own code holds (its first heading). */
const markers = {
  'iop-program-explainer': 'What to know about intensive outpatient programs',
  'iop-care-quiz': 'Which kind of care could help?',
  'iop-sober-tips': 'Staying alcohol-free at social events',
  'iop-buddy-signup': 'Recovery buddies',
};

/** 1. One wrapper bundles one widget. */
async function checkBundles(app, work) {
  const one = await viteBuild(app, 'one-wrapper.jsx', join(work, 'out-one'));
  const all = await viteBuild(app, 'all-wrappers.jsx', join(work, 'out-all'));
  for (const [tag, text] of Object.entries(markers)) {
    const wanted = tag === 'iop-care-quiz';
    // The tag as a string (however the minifier quotes it), and the heading.
    const quoted = new RegExp(`(["'\`])${tag}\\1`);
    for (const [marker, found] of [
      [tag, (code) => quoted.test(code)],
      [text, (code) => code.includes(text)],
    ]) {
      check(
        `the one-wrapper app ${wanted ? 'holds' : 'holds no'} ${marker}`,
        found(one) !== wanted && (wanted ? 'missing' : 'found in the bundle'),
      );
      // The markers do find the widgets when they are bundled.
      check(`the root-entry app holds ${marker}`, !found(all) && 'missing');
    }
  }
  // <iop-clinic> itself (its class's style) stays out too: the quiz only reads its attributes.
  check(
    'the one-wrapper app holds no <iop-clinic> class',
    one.includes('display: contents') && 'found',
  );
  const [oneSize, allSize] = [gzipSize(one), gzipSize(all)];
  check(
    'the one-wrapper app is smaller than the root-entry app',
    oneSize >= allSize && `${kb(oneSize)} vs ${kb(allSize)}`,
  );
  figures.push(
    `consumer: React 19 + Vite app with IopCareQuiz: ${kb(oneSize)} gzip from ` +
      `iop-widgets/react/care-quiz, ${kb(allSize)} gzip from iop-widgets/react`,
  );
}

/** 2. TSX with raw tags and the wrappers type-checks under strict; mistakes fail. */
async function checkTypes(app) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName),
  );
  const lines = [
    '// Every attribute and event of custom-elements.json, as a prop of its tag.',
    "import 'iop-widgets/jsx-react';",
    "import type {JSX} from 'react';",
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    'type Props<T extends keyof JSX.IntrinsicElements> = JSX.IntrinsicElements[T];',
    'type Listener<P, K extends keyof P> = Exclude<P[K], undefined> extends (event: infer E) => void ? E : never;',
  ];
  let index = 0;
  for (const element of elements) {
    for (const attribute of element.attributes ?? []) {
      lines.push(`export type A${index++} = Props<'${element.tagName}'>['${attribute.name}'];`);
    }
    for (const event of element.events ?? []) {
      lines.push(
        `export const e${index++}: Equal<Listener<Props<'${element.tagName}'>, 'on${event.name}'>, ` +
          `GlobalEventHandlersEventMap['${event.name}']> = true;`,
      );
    }
  }
  writeFileSync(join(app, 'coverage.tsx'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // The package's declarations are checked too: a type it cannot resolve is an error.
        skipLibCheck: false,
        types: [],
      },
      files: ['typed.tsx', 'coverage.tsx'],
    }),
  );
  let problem = '';
  try {
    await execFileAsync(process.execPath, [tscBin, '-p', 'tsconfig.json'], {cwd: app});
  } catch (error) {
    problem = `${error.stdout ?? ''}${error.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(0, 12)
      .join('\n    ');
  }
  check('TSX with raw tags, typed events and wrappers type-checks (strict, pnpm layout)', problem);
  check('every manifest attribute and event is checked', index < 30 && `only ${index} found`);
}

const contentTypes = {'.html': 'text/html', '.js': 'text/javascript'};

/** 3. The server-rendered page inside <iop-clinic> hydrates in both browsers. */
async function checkHydration(app, work) {
  const {stdout: page} = await execFileAsync(process.execPath, ['ssr-page.mjs'], {
    cwd: app,
    maxBuffer: 32 * 1024 * 1024,
  });
  const explainer = page.slice(
    page.indexOf('<iop-program-explainer'),
    page.indexOf('<iop-care-quiz'),
  );
  check(
    'the server HTML holds the clinic phone line',
    !explainer.includes('href="tel:5550104477"') && 'missing',
  );
  const client = join(work, 'out-client');
  await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: client,
      emptyOutDir: true,
      rollupOptions: {
        input: {hydrate: join(app, 'hydrate.js')},
        output: {entryFileNames: '[name].js'},
      },
    },
  });
  const server = createServer((request, response) => {
    const path = request.url === '/' ? null : join(client, request.url.replace(/\?.*$/, ''));
    if (path && (!path.startsWith(client) || !existsSync(path))) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'content-type': path ? contentTypes[extname(path)] : 'text/html'});
    response.end(path ? readFileSync(path) : page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browsers = {
    chromium: {executablePath: requireBrowser(chromiumPath, 'chromium'), args: chromiumArgs},
    firefox: {browser: 'firefox', executablePath: requireBrowser(firefoxPath, 'firefox-esr')},
  };
  try {
    for (const [name, options] of Object.entries(browsers)) {
      const browser = await puppeteer.launch({headless: true, ...options});
      try {
        await checkInBrowser(name, await browser.newPage(), origin);
      } catch (error) {
        check(`${name}: the page hydrates`, error.message);
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
}

/** Loads the page, checks it before the script, hydrates it, checks it again and clicks. */
async function checkInBrowser(name, page, origin) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  await page.goto(origin, {waitUntil: 'load'});
  /** What each widget shows: the text a visitor reads, its call links, its h2 headings. */
  const read = () =>
    page.evaluate(() => {
      const text = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let out = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.localName !== 'style') out += node.textContent;
        }
        return out.replace(/\s+/g, ' ').trim();
      };
      return [...document.querySelectorAll('iop-clinic > *')].map((el) => ({
        tag: el.localName,
        defined: Boolean(customElements.get(el.localName)),
        text: el.shadowRoot ? text(el.shadowRoot) : '',
        calls: el.shadowRoot?.querySelectorAll('a[href="tel:5550104477"]').length ?? 0,
        headings: el.shadowRoot?.querySelectorAll('h2').length ?? 0,
      }));
    });
  const before = await read();
  check(`${name}: four widgets in the page`, before.length !== 4 && `${before.length}`);
  check(`${name}: nothing defined before the script`, before.some((w) => w.defined) && 'defined');
  check(`${name}: the phone line shows before hydration`, before[0]?.calls < 1 && 'missing');
  await page.evaluate(() => {
    window.serverRoots = [...document.querySelectorAll('iop-clinic > *')].map(
      (el) => el.shadowRoot,
    );
  });
  await page.addScriptTag({url: '/hydrate.js', type: 'module'});
  await page.waitForFunction(
    () => [...document.querySelectorAll('iop-clinic > *')].every((el) => el.hasUpdated),
    {timeout: 10000},
  );
  const after = await read();
  check(
    `${name}: the same shadow roots after hydration`,
    !(await page.evaluate(() =>
      [...document.querySelectorAll('iop-clinic > *')].every(
        (el, index) => el.shadowRoot === window.serverRoots[index],
      ),
    )) && 'replaced',
  );
  for (const [index, widget] of after.entries()) {
    check(
      `${name}: <${widget.tag}> reads the same after hydration`,
      widget.text !== before[index].text && 'changed',
    );
    check(`${name}: <${widget.tag}> is one copy`, widget.headings !== 1 && `${widget.headings} h2`);
  }
  check(`${name}: the phone line shows after hydration`, after[0]?.calls < 1 && 'missing');
  // Clicks: an occasion in the tips, Start in the quiz.
  await page.click('iop-sober-tips >>> input[name="occasion"][value="wedding"]');
  const heading = await page
    .waitForFunction(
      () =>
        document
          .querySelector('iop-sober-tips')
          .shadowRoot.querySelector('#tips-heading')
          ?.textContent.includes('Wedding'),
      {timeout: 5000},
    )
    .then(
      () => '',
      () => 'the heading did not change',
    );
  check(`${name}: clicking an occasion shows its tips`, heading);
  const start = await page.evaluateHandle(() =>
    [...document.querySelector('iop-care-quiz').shadowRoot.querySelectorAll('button')].find(
      (button) => button.textContent.trim() === 'Start the self-check',
    ),
  );
  await start.click();
  const question = await page
    .waitForFunction(
      () =>
        /Question 1 of \d+/.test(document.querySelector('iop-care-quiz').shadowRoot.textContent),
      {timeout: 5000},
    )
    .then(
      () => '',
      () => 'no first question',
    );
  check(`${name}: clicking Start starts the quiz`, question);
  check(`${name}: no console error`, errors.length && errors.join(' | '));
}

const work = mkdtempSync(join(tmpdir(), 'iop-widgets-consumer-'));
try {
  if (!existsSync(join(root, 'src/generated/locale-codes.ts'))) {
    throw new Error('src/generated/ is missing; run node scripts/localize-build.mjs first');
  }
  const app = install(work);
  await checkBundles(app, work);
  await checkTypes(app);
  await checkHydration(app, work);
} catch (error) {
  failures.push(error.stack ?? String(error));
} finally {
  rmSync(work, {recursive: true, force: true});
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  console.error(`consumer: ${passed} passed, ${failures.length} failed (${seconds} s)`);
  process.exit(1);
}
for (const line of figures) console.log(line);
console.log(`consumer: ${passed} passed, 0 failed (${seconds} s)`);
