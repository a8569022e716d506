// Compiles the library's TypeScript entries into plain ES modules that Node can import, for the
// server-rendering tests and the test server's server-rendering route. Packages stay external and
// are resolved from the project, so the entries share Lit (and its server renderer) with the test.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each entry a consumer can import, by a short name. */
export const entries = {
  index: 'src/index.ts',
  clinic: 'src/widgets/clinic/define.ts',
  'program-explainer': 'src/widgets/program-explainer/define.ts',
  'care-quiz': 'src/widgets/care-quiz/define.ts',
  'sober-tips': 'src/widgets/sober-tips/define.ts',
  'buddy-signup': 'src/widgets/buddy-signup/define.ts',
  localization: 'src/localization/localization.ts',
  react: 'src/react/index.ts',
  'react/clinic': 'src/react/clinic.ts',
  'react/program-explainer': 'src/react/program-explainer.ts',
  'react/care-quiz': 'src/react/care-quiz.ts',
  'react/sober-tips': 'src/react/sober-tips.ts',
  'react/buddy-signup': 'src/react/buddy-signup.ts',
};

/** Marks bare imports external, pointing at the project's copy so the output can live anywhere. */
const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({filter: /^[^./]/}, ({path, kind}) => {
      if (kind === 'entry-point') return undefined;
      return {path: import.meta.resolve(path), external: true};
    });
  },
};

/**
 * Builds every entry (sharing chunks, so one class per tag) into a fresh temporary folder and
 * returns `{urls, dispose}`: the file URL of each built entry by name, and a function that removes
 * the folder.
 */
export async function buildEntries() {
  const outdir = await mkdtemp(join(tmpdir(), 'iop-widgets-ssr-'));
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, file])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    outdir,
    logLevel: 'error',
    plugins: [externalPackages],
  });
  const urls = Object.fromEntries(
    Object.keys(entries).map((name) => [name, pathToFileURL(join(outdir, `${name}.js`)).href]),
  );
  return {urls, dispose: () => rm(outdir, {recursive: true, force: true})};
}
