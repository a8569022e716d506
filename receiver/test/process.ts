// Runs the built command line as a child process, as staff and servers run it.
import {execFile, spawn, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {keyVariable} from '../src/crypto.js';
import {testKeyText} from './helpers.js';

export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** The environment of a child: the test key unless `env` says otherwise. */
const childEnv = (env: Record<string, string | undefined> = {}) => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries({
    ...process.env,
    [keyVariable]: testKeyText,
    ...env,
  })) {
    if (value !== undefined) out[name] = value;
  }
  return out;
};

/** Runs one CLI command to its end. */
export function runCli(args: string[], env?: Record<string, string | undefined>) {
  return new Promise<{code: number; stdout: string; stderr: string}>((resolve) => {
    execFile(process.execPath, [bin, ...args], {env: childEnv(env)}, (error, stdout, stderr) => {
      resolve({code: error ? Number((error as {code?: number}).code ?? 1) : 0, stdout, stderr});
    });
  });
}

/** A `serve` process: its port, everything it printed, and how to stop it. */
export interface Serving {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `serve` on a free loopback port and resolves once it listens. */
export function startServe(
  args: string[],
  env?: Record<string, string | undefined>,
): Promise<Serving> {
  const port = args.includes('--port') ? [] : ['--port', '0'];
  const child = spawn(process.execPath, [bin, 'serve', ...port, ...args], {env: childEnv(env)});
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        const port = Number(match[1]);
        resolve({
          child,
          port,
          url: `http://127.0.0.1:${port}`,
          output: () => output,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then((code) => reject(new Error(`serve exited (${code}) before listening:\n${output}`)));
  });
}
