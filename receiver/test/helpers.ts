// Shared fixtures: a fresh database of each kind, keys, payloads, and a receiver on a real port.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomUUID} from 'node:crypto';
import pg from 'pg';
import {newKey, parseKey} from '../src/crypto.js';
import {createHandler, type HandlerOptions} from '../src/handler.js';
import {openStore} from '../src/store/open.js';
import type {Store} from '../src/store/types.js';
import type {SignupPayload} from '../src/schema.js';

export const testKeyText = newKey();
export const testKeys = parseKey(testKeyText);
export const origin = 'https://clinic.example';

/** A fresh, empty database: its address, and a cleanup that removes it. */
export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  url: string;
  /** The SQLite file (only for sqlite). */
  file?: string;
  drop(): Promise<void>;
}

/** The database kinds under test: SQLite always; PostgreSQL when IOP_RECEIVER_TEST_PG is set. */
export const kinds: ('sqlite' | 'postgres')[] = process.env.IOP_RECEIVER_TEST_PG
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** Makes a fresh database of `kind`. */
export async function freshDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'iop-receiver-'));
    const file = join(dir, 'signups.db');
    return {
      kind,
      url: `sqlite:${file}`,
      file,
      drop: async () => rmSync(dir, {recursive: true, force: true}),
    };
  }
  const admin = process.env.IOP_RECEIVER_TEST_PG;
  if (!admin) throw new Error('IOP_RECEIVER_TEST_PG is not set');
  const name = `receiver_${randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client(admin);
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.href,
    drop: async () => {
      const again = new pg.Client(admin);
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** A migrated store on a fresh database, and how to close and drop it. */
export async function freshStore(kind: 'sqlite' | 'postgres') {
  const database = await freshDatabase(kind);
  const store: Store = openStore(database.url);
  await store.migrate();
  return {
    database,
    store,
    async done() {
      await store.close();
      await database.drop();
    },
  };
}

/** A receiver handler on a fresh store of `kind`. */
export async function freshHandler(
  kind: 'sqlite' | 'postgres',
  options: Partial<HandlerOptions> = {},
) {
  const fixture = await freshStore(kind);
  const handler = createHandler({
    store: fixture.store,
    keys: testKeys,
    origins: [origin],
    rateLimit: false,
    ...options,
  });
  return {...fixture, handler};
}

/** A valid payload, with a fresh id unless one is given; `data` fields may be overridden. */
export function payload(
  overrides: Partial<SignupPayload['data']> = {},
  id: string = randomUUID(),
): SignupPayload {
  return {
    schema: 'iop-buddy-signup/1',
    id,
    submittedAt: '2025-05-06T12:00:00.000Z',
    locale: 'en',
    clinic: {name: 'Harbor Recovery', region: 'US'},
    data: {
      role: 'both',
      name: 'Sam',
      channel: 'email',
      email: 'sam@example.org',
      mayNameClinic: false,
      times: ['evenings'],
      support: ['emotional'],
      adult: true,
      consent: true,
      ...overrides,
    },
  };
}

/** A POST of `body` (an object, or raw text) as the widget sends it. */
export function post(
  body: unknown,
  options: {key?: string | null; origin?: string | null; type?: string; path?: string} = {},
): Request {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const key =
    options.key === undefined
      ? ((body as {id?: string})?.id ?? undefined)
      : (options.key ?? undefined);
  const headers: Record<string, string> = {'Content-Type': options.type ?? 'application/json'};
  if (key) headers['Idempotency-Key'] = key;
  const from = options.origin === undefined ? origin : options.origin;
  if (from) headers.Origin = from;
  return new Request(`http://127.0.0.1${options.path ?? '/signups'}`, {
    method: 'POST',
    headers,
    body: text,
  });
}
