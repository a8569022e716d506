// The package as a consumer gets it: builds the npm output, packs it with `npm pack`, installs the
// tarball into a scratch project outside the repository and checks that
//
// - the tarball holds what it must (manifest, schema, editor hints, CSS, LICENSE, README, the
//   warnings' guide, the npm and CDN entries, every file package.json names, every chunk a CDN
//   file or an npm module imports by a relative address) and nothing it must not (tests, stories,
//   sources, source maps, configs, scripts, files no source produces any more);
// - every `exports` subpath resolves from the consumer, to a file inside the package, and every
//   JavaScript subpath bundles with Rollup for the browser (only `react` left external); bundled,
//   the root writes warnings as sentences, while the CDN file writes their codes;
// - a TypeScript consumer type-checks against the installed declarations, with
//   `moduleResolution` `bundler` and `nodenext`: every tag of the manifest is typed in
//   `HTMLElementTagNameMap`, every event in `GlobalEventHandlersEventMap`, and misuse is an error.
//
// The install works offline: the tarball is unpacked into the consumer's node_modules and the
// package's dependencies are linked from this repository's node_modules, so only what
// package.json declares can be found from the package's own files.
//
// Prints `package: N passed, N failed` and the tarball's size and file count; exits with 1 on any
// failure. Run `node scripts/localize-build.mjs` and `npx rollup -c` first (the check command does).
import {execFile, execFileSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, sep} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {rollup} from 'rollup';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const execFileAsync = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const started = Date.now();

let passed = 0;
const failures = [];
/** Records one check: `problem` is a falsy value when it passed, else what went wrong. */
function check(name, problem) {
  if (problem) failures.push(`${name}: ${problem}`);
  else passed++;
}

/** Runs a Node tool of this repository; returns its output, or throws with it. */
function runTool(bin, args, cwd) {
  try {
    return execFileSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', stdio: 'pipe'});
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(output || String(error), {cause: error});
  }
}

const tscBin = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');

const work = mkdtempSync(join(tmpdir(), 'iop-widgets-package-'));
let tarballLine = '';
try {
  // 1. The npm output, then the tarball.
  if (!existsSync(join(root, 'src/generated/locale-codes.ts'))) {
    throw new Error('src/generated/ is missing; run node scripts/localize-build.mjs first');
  }
  if (!existsSync(join(root, 'cdn/iop-widgets.js'))) {
    throw new Error('cdn/iop-widgets.js is missing; run npx rollup -c first');
  }
  runTool(tscBin, ['-p', 'tsconfig.json'], root);
  let packed;
  try {
    packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )[0];
  } catch (error) {
    throw new Error(`npm pack failed: ${error.stderr || error.message}`, {cause: error});
  }
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);
  tarballLine =
    `package: ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB packed, ` +
    `${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${packed.entryCount} files`;

  // 2. What the tarball holds.
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'buddy-signup.schema.json',
    'vscode.html-custom-data.json',
    'web-types.json',
    'iop-widgets.css',
    'dist/index.js',
    'dist/index.d.ts',
    'cdn/iop-widgets.js',
    'docs/warnings.md',
  ];
  for (const file of required) {
    check(`tarball holds ${file}`, !files.includes(file) && 'missing');
  }
  const named = new Set(
    [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg['web-types']]
      .filter(Boolean)
      .map((path) => path.replace(/^\.\//, '')),
  );
  const targets = (value) =>
    typeof value === 'string'
      ? [value]
      : Object.values(value ?? {}).flatMap((inner) => targets(inner));
  for (const target of targets(pkg.exports)) named.add(target.replace(/^\.\//, ''));
  const unshipped = [...named].filter((path) => !files.includes(path));
  check(
    'tarball holds every file package.json names',
    unshipped.length && `missing ${unshipped.join(', ')}`,
  );
  // The CDN files' locale and lazy chunks, and the npm modules' `import()`s, load later, by a
  // relative address: each must be in the tarball too.
  const unresolved = [];
  for (const file of files.filter((path) => /^(cdn|dist)\/.*\.js$/.test(path))) {
    const code = readFileSync(join(root, file), 'utf8');
    const specifiers = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\1/g);
    for (const [, , specifier] of specifiers) {
      const target = new URL(specifier, `file:///${file}`).pathname.slice(1);
      if (!files.includes(target)) unresolved.push(`${file} → ${specifier}`);
    }
  }
  check(
    'tarball holds every module its files import',
    unresolved.length && unresolved.slice(0, 5).join(', '),
  );
  const forbidden = [
    [/(^|\/)(test|tests|__tests__)\//, 'tests'],
    [/\.(test|spec|e2e)\.[cm]?[jt]sx?$/, 'tests'],
    [/(^|\/)stories\/|\.stories\.[jt]sx?$/, 'stories'],
    [/\.map$/, 'source maps'],
    [/^src\//, 'sources'],
    [/(^|\/)scratch\//, 'scratch files'],
    [/(^|\/)node_modules\//, 'bundled dependencies'],
    [/^(scripts|demo|xliff|coverage|storybook-static|\.storybook|\.ci|\.github)\//, 'tooling'],
    [/^(tsconfig[^/]*\.json|[^/]*\.config\.[cm]?[jt]s|lit-localize\.json)$/, 'configs'],
    [/^(\.[^/]+|package-lock\.json|CONTRIBUTING\.md)$/, 'repository files'],
    [/\.(tgz|log|orig|rej)$/, 'stray files'],
  ];
  for (const [pattern, what] of forbidden) {
    const found = files.filter((file) => pattern.test(file));
    check(`tarball holds no ${what}`, found.length && found.slice(0, 5).join(', '));
  }
  // dist/ is not emptied before the build: a file there that no source produces is stale.
  const stale = files
    .filter((file) => file.startsWith('dist/'))
    .filter((file) => {
      const source = file.replace(/^dist\//, 'src/').replace(/(\.d\.ts|\.js)$/, '.ts');
      return !existsSync(join(root, source));
    });
  check(
    'every dist/ file comes from a source file',
    stale.length && `stale: ${stale.slice(0, 5).join(', ')} (delete dist/ and build again)`,
  );

  // The package's own modules and declarations import only what package.json declares (or the
  // package itself): a type imported from a dependency's dependency resolves after `npm install`,
  // which puts it at the top of node_modules, but not under stricter installers (pnpm).
  const declared = new Set([
    pkg.name,
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ]);
  const undeclared = (pattern) => {
    const found = new Map();
    for (const file of files.filter((path) => pattern.test(path))) {
      const code = readFileSync(join(root, file), 'utf8');
      const imports = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"./][^'"]*)\1/g);
      for (const [, , specifier] of imports) {
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0];
        if (!declared.has(name) && !specifier.startsWith('node:')) {
          found.set(name, [...(found.get(name) ?? []), file]);
        }
      }
    }
    return found;
  };
  const undeclaredInCode = undeclared(/^dist\/.*\.js$/);
  check(
    'the modules import only declared dependencies',
    undeclaredInCode.size &&
      [...undeclaredInCode].map(([name, where]) => `${name} (${where[0]})`).join(', '),
  );
  const undeclaredInTypes = undeclared(/^dist\/.*\.d\.ts$/);
  check(
    'the declarations import only declared dependencies',
    undeclaredInTypes.size &&
      [...undeclaredInTypes]
        .map(([name, where]) => `${name} (${where.length} files, e.g. ${where[0]})`)
        .join(', '),
  );

  // 3. A consumer project with the tarball installed, offline.
  const consumer = join(work, 'consumer');
  const modules = join(consumer, 'node_modules');
  mkdirSync(modules, {recursive: true});
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({name: 'consumer', private: true, type: 'module'}, null, 2),
  );
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  renameSync(join(work, 'package'), join(modules, pkg.name));
  // The dependencies and theirs, each once at the top of node_modules, as npm installs them.
  const linked = new Set();
  const link = (name) => {
    if (linked.has(name)) return;
    linked.add(name);
    // npm installs every dependency at the top of node_modules (not every package exports its
    // package.json, so it is not resolved through `require`).
    const target = join(root, 'node_modules', name);
    if (!existsSync(join(target, 'package.json'))) throw new Error(`${name} is not installed`);
    mkdirSync(dirname(join(modules, name)), {recursive: true});
    symlinkSync(target, join(modules, name), 'dir');
    const own = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    Object.keys(own.dependencies ?? {}).forEach(link);
  };
  Object.keys(pkg.dependencies ?? {}).forEach(link);
  const installed = join(modules, pkg.name);

  // 4. Every subpath resolves from the consumer, to a file inside the package.
  const subpaths = Object.keys(pkg.exports);
  const specifiers = subpaths.map((subpath) => pkg.name + subpath.slice(1));
  writeFileSync(
    join(consumer, 'resolve.mjs'),
    `const out = {};
for (const specifier of ${JSON.stringify(specifiers)}) {
  try { out[specifier] = import.meta.resolve(specifier); } catch (error) { out[specifier] = {error: String(error)}; }
}
console.log(JSON.stringify(out));`,
  );
  const resolved = JSON.parse(
    execFileSync(process.execPath, ['resolve.mjs'], {cwd: consumer, encoding: 'utf8'}),
  );
  for (const specifier of specifiers) {
    const url = resolved[specifier];
    let problem = typeof url === 'string' ? '' : (url?.error ?? 'did not resolve');
    if (!problem) {
      const path = fileURLToPath(url);
      if (!path.startsWith(installed + sep)) problem = `resolved outside the package: ${path}`;
      else if (!existsSync(path)) problem = `resolved to a missing file: ${path}`;
      else if (path.endsWith('.json')) {
        try {
          JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          problem = `not valid JSON: ${error.message}`;
        }
      }
    }
    check(`${specifier} resolves`, problem);
  }
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    if (typeof value !== 'object' || !value.types) continue;
    check(
      `${pkg.name}${subpath.slice(1)} has its declarations`,
      !existsSync(join(installed, value.types)) && `missing ${value.types}`,
    );
  }

  // 5. Every JavaScript subpath bundles for the browser.
  const scripts = specifiers.filter((specifier) => {
    const url = resolved[specifier];
    return typeof url === 'string' && /\.m?js$/.test(url);
  });
  // `jsx-react` holds types only: importing it must add nothing to an app.
  const typesOnly = new Set([`${pkg.name}/jsx-react`]);
  let rootBundle = '';
  for (const [index, specifier] of scripts.entries()) {
    const entry = join(consumer, `bundle-${index}.js`);
    writeFileSync(entry, `export * from '${specifier}';\nimport '${specifier}';\n`);
    const warnings = [];
    let problem = '';
    try {
      const bundle = await rollup({
        input: entry,
        external: specifier.startsWith(`${pkg.name}/react`) ? [/^react(-dom)?(\/.*)?$/] : [],
        plugins: [nodeResolve({rootDir: consumer, browser: true})],
        onwarn: (warning) => {
          if (warning.code === 'CIRCULAR_DEPENDENCY') return;
          if (warning.code === 'EMPTY_BUNDLE' && typesOnly.has(specifier)) return;
          warnings.push(warning.message);
        },
      });
      const {output} = await bundle.generate({format: 'es'});
      await bundle.close();
      const empty = !output[0]?.code.trim().length;
      if (specifier === pkg.name) rootBundle = output.map((chunk) => chunk.code ?? '').join('\n');
      if (typesOnly.has(specifier)) problem = empty ? '' : 'a types-only module added code';
      else if (empty) problem = 'the bundle is empty';
    } catch (error) {
      problem = error.message;
    }
    check(`${specifier} bundles with Rollup`, problem || warnings.join('; '));
  }

  // A bundler gets each warning as a full sentence; the CDN files, to stay small, write the code
  // and its values and point to docs/warnings.md, which the package holds.
  const sentence = 'is not a phone number; it was ignored.';
  const pointer = 'see docs/warnings.md in the iop-widgets package';
  check(
    `a bundle of ${pkg.name} writes warnings as sentences`,
    (!rootBundle.includes(sentence) && `no "${sentence}"`) ||
      (rootBundle.includes(pointer) && `"${pointer}" instead`),
  );
  const cdnBundle = readFileSync(join(installed, 'cdn/iop-widgets.js'), 'utf8');
  check(
    'cdn/iop-widgets.js writes warnings as codes, pointing to docs/warnings.md',
    (cdnBundle.includes(sentence) && `holds "${sentence}"`) ||
      (!cdnBundle.includes(pointer) && `no "${pointer}"`),
  );

  // 6. A TypeScript consumer, against the installed declarations.
  const elements = (manifest.modules ?? []).flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName),
  );
  const events = [
    ...new Set(elements.flatMap((element) => element.events ?? []).map((e) => e.name)),
  ];
  const lines = [
    `import {type IopCareQuiz, type QuizCompleteDetail, assessCare} from '${pkg.name}';`,
    `import type * as Widgets from '${pkg.name}';`,
    `import '${pkg.name}/care-quiz';`,
    `import {assessCare as assessOnly} from '${pkg.name}/assess';`,
    `import {followPageLanguage} from '${pkg.name}/localization';`,
    '',
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    '',
    "const quiz = document.querySelector('iop-care-quiz');",
    'export const quizTyped: Equal<typeof quiz, IopCareQuiz | null> = true;',
    "const typedQuiz: IopCareQuiz | null = document.querySelector('iop-care-quiz');",
    'if (typedQuiz) typedQuiz.shareAnswers = true;',
    '// @ts-expect-error: share-answers is a boolean',
    "if (quiz) quiz.shareAnswers = 'yes';",
    "document.addEventListener('iop-quiz-complete', (event) => {",
    '  const level: string = event.detail.level;',
    '  const urgent: boolean = event.detail.urgent;',
    '  const detail: QuizCompleteDetail = event.detail;',
    '  // @ts-expect-error: the detail has no such field',
    '  console.log(level, urgent, detail, event.detail.nope);',
    '});',
    "quiz?.addEventListener('iop-quiz-complete', (event) => event.detail.level);",
    "const unknownTag = document.querySelector('iop-care-quit');",
    '// @ts-expect-error: an unknown tag is no widget',
    'export const unknownTyped: Equal<typeof unknownTag, IopCareQuiz | null> = true;',
    'export const level: string = assessCare({}).level;',
    'export const sameScoring: typeof assessCare = assessOnly;',
    'export const follow: () => unknown = followPageLanguage;',
    '',
    '// Every tag of the manifest is typed as its class; every event of the manifest is typed.',
    ...elements.map(
      (element, index) =>
        `export const tag${index}: Equal<HTMLElementTagNameMap['${element.tagName}'], Widgets.${element.name}> = true;`,
    ),
    ...events.map(
      (name, index) =>
        `export const event${index}: GlobalEventHandlersEventMap['${name}'] extends CustomEvent ? true : false = true;`,
    ),
    '',
  ];
  writeFileSync(join(consumer, 'consumer.ts'), lines.join('\n'));
  const settings = {
    bundler: {module: 'ES2022', moduleResolution: 'bundler'},
    nodenext: {module: 'NodeNext', moduleResolution: 'NodeNext'},
  };
  // Both at once: each is a few seconds of one core.
  const results = await Promise.all(
    Object.entries(settings).map(async ([name, resolution]) => {
      writeFileSync(
        join(consumer, `tsconfig.${name}.json`),
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['consumer.ts'],
        }),
      );
      try {
        await execFileAsync(process.execPath, [tscBin, '-p', `tsconfig.${name}.json`], {
          cwd: consumer,
          encoding: 'utf8',
        });
        return [name, ''];
      } catch (error) {
        const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message;
        return [name, output.split('\n').slice(0, 8).join('\n    ')];
      }
    }),
  );
  for (const [name, problem] of results) {
    check(`a TypeScript consumer type-checks (moduleResolution ${name})`, problem);
  }
  check(
    'the TypeScript consumer covers every tag and event',
    (!elements.length || !events.length) && 'the manifest lists no tags or no events',
  );
} catch (error) {
  failures.push(error.message);
} finally {
  rmSync(work, {recursive: true, force: true});
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  console.error(`package: ${passed} passed, ${failures.length} failed (${seconds} s)`);
  process.exit(1);
}
console.log(`package: ${passed} passed, 0 failed (${seconds} s)`);
console.log(tarballLine);
