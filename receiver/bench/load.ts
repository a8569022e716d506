// Load test: 2,000 submissions from 50 concurrent clients against a real `serve` process on the
// loopback, on SQLite and (when it can be started) PostgreSQL. 10 % of the submissions are retries
// under a key already used: 150 with the same payload, 50 with a changed one. It checks rows =
// distinct keys, 409 for every changed payload and no 5xx, and prints requests/s and latencies.
import {execFileSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {fileURLToPath} from 'node:url';
import {freshDatabase, origin, payload, type TestDatabase} from '../test/helpers.js';
import {startServe} from '../test/process.js';
import {openStore} from '../src/store/open.js';

const clients = 50;
const distinct = 1800;
const sameRetries = 150;
const changedRetries = 50;
const timeLimitMs = 180_000;

interface Outcome {
  status: number;
  ms: number;
}

/** One job: a submission, sometimes followed by a retry under the same key. */
interface Job {
  body: ReturnType<typeof payload>;
  retry?: ReturnType<typeof payload>;
}

function plan(): Job[] {
  const jobs: Job[] = Array.from({length: distinct}, (_, i) => ({
    body: payload({name: `Load ${i}`}, randomUUID()),
  }));
  for (let i = 0; i < sameRetries + changedRetries; i++) {
    const job = jobs[i * 9];
    job.retry = i < sameRetries ? job.body : payload({name: `Changed ${i}`}, job.body.id);
  }
  return jobs;
}

async function run(database: TestDatabase) {
  const server = await startServe([
    '--origin',
    origin,
    '--db',
    database.url,
    '--rate-limit',
    '1000000',
  ]);
  const outcomes: Outcome[] = [];
  const deadline = performance.now() + timeLimitMs;
  const send = async (body: object, key: string) => {
    const started = performance.now();
    if (started > deadline) throw new Error(`the load test took over ${timeLimitMs / 1000} s`);
    const answer = await fetch(`${server.url}/signups`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Idempotency-Key': key, Origin: origin},
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    await answer.arrayBuffer();
    outcomes.push({status: answer.status, ms: performance.now() - started});
    return answer.status;
  };
  const jobs = plan();
  let next = 0;
  let changed409 = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({length: clients}, async () => {
        while (next < jobs.length) {
          const job = jobs[next++];
          await send(job.body, job.body.id);
          if (job.retry) {
            const status = await send(job.retry, job.body.id);
            if (job.retry !== job.body && status === 409) changed409++;
          }
        }
      }),
    );
  } finally {
    await server.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const store = openStore(database.url);
  const rows = await store.count();
  await store.close();
  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  const byStatus = Object.entries(
    outcomes.reduce<Record<number, number>>(
      (acc, o) => ({...acc, [o.status]: (acc[o.status] ?? 0) + 1}),
      {},
    ),
  )
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  const serverErrors = outcomes.filter((o) => o.status >= 500).length;
  const ok =
    outcomes.length === 2000 &&
    rows === distinct &&
    changed409 === changedRetries &&
    serverErrors === 0;
  console.log(
    `${database.kind.padEnd(8)} ${outcomes.length} requests in ${seconds.toFixed(1)} s: ` +
      `${(outcomes.length / seconds).toFixed(0)} requests/s, p50 ${at(0.5).toFixed(1)} ms, ` +
      `p99 ${at(0.99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms | ${byStatus} | ` +
      `rows ${rows}/${distinct}, 409 ${changed409}/${changedRetries}, 5xx ${serverErrors} | ${ok ? 'PASS' : 'FAIL'}`,
  );
  return ok;
}

const ensure = fileURLToPath(new URL('../scripts/ensure-postgres.sh', import.meta.url));
let started: string | undefined;
if (!process.env.IOP_RECEIVER_TEST_PG) {
  try {
    process.env.IOP_RECEIVER_TEST_PG = started = execFileSync('sh', [ensure], {
      encoding: 'utf8',
    }).trim();
  } catch {
    console.log('postgres: not available, SQLite only (see the line above)');
  }
}
let pass = true;
try {
  for (const kind of process.env.IOP_RECEIVER_TEST_PG
    ? (['sqlite', 'postgres'] as const)
    : (['sqlite'] as const)) {
    const database = await freshDatabase(kind);
    try {
      pass = (await run(database)) && pass;
    } finally {
      await database.drop();
    }
  }
} finally {
  if (started) execFileSync('sh', [ensure, 'stop', started]);
}
process.exitCode = pass ? 0 : 1;
