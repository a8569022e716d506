import {chmodSync, writeFileSync} from 'node:fs';
import {keyVariable, newKey, parseKey} from './crypto.js';
import {readSignups, toCsv, toJson} from './export.js';
import {createLogger, errorCode} from './log.js';
import {createNotifier} from './notify.js';
import {defaultRetentionDays, originList, parseDate, UsageError, wholeNumber} from './options.js';
import {startServer} from './server.js';
import {defaultDatabase, describeDatabase, openStore} from './store/open.js';
import type {Store} from './store/types.js';

/** Flags as `node:util` parseArgs gives them. */
export type Flags = Record<string, string | boolean | string[] | undefined>;
type Env = Record<string, string | undefined>;
type Print = (line: string) => void;

const text = (flags: Flags, name: string) =>
  typeof flags[name] === 'string' ? (flags[name] as string) : undefined;
const databaseOf = (flags: Flags, env: Env) =>
  text(flags, 'db') ?? env.IOP_RECEIVER_DB ?? defaultDatabase;
const retentionOf = (flags: Flags, env: Env) =>
  wholeNumber(
    '--retention-days',
    text(flags, 'retention-days') ?? env.IOP_RECEIVER_RETENTION_DAYS,
    defaultRetentionDays,
    0,
    36500,
  );

/** Opens and migrates the database, runs `work`, and always closes it. */
async function withStore<T>(
  flags: Flags,
  env: Env,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = openStore(databaseOf(flags, env));
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}

/** `keygen`: prints a new key as an environment line. */
export function keygen(print: Print): number {
  print(`${keyVariable}=${newKey()}`);
  return 0;
}

/** `export`: decrypted signups in a date range as CSV or JSON, to standard output or `--out` (mode 600). */
export async function exportCommand(
  flags: Flags,
  env: Env,
  print: Print,
  warn: Print,
): Promise<number> {
  const keys = parseKey(env[keyVariable]);
  const format = text(flags, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
  const range = {
    from: parseDate('--from', text(flags, 'from')),
    to: parseDate('--to', text(flags, 'to'), true),
  };
  const {signups, unreadable} = await withStore(flags, env, (store) =>
    readSignups(store, keys, range),
  );
  const output = format === 'csv' ? toCsv(signups) : toJson(signups);
  const out = text(flags, 'out');
  if (out) {
    writeFileSync(out, output, {mode: 0o600});
    chmodSync(out, 0o600);
    warn(`exported ${signups.length} signup(s) to ${out}`);
  } else {
    print(output.replace(/\n$/, ''));
  }
  if (unreadable) {
    warn(
      `${unreadable} signup(s) could not be decrypted with this ${keyVariable} (another key, or damaged)`,
    );
    return 1;
  }
  return 0;
}

/** `delete --id`: removes one person's signup. */
export async function deleteCommand(flags: Flags, env: Env, print: Print): Promise<number> {
  const id = text(flags, 'id');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id))
    throw new UsageError('delete needs --id <the signup id from export>');
  const deleted = await withStore(flags, env, (store) => store.delete(id.toLowerCase()));
  print(deleted ? `deleted signup ${id}` : `no signup with id ${id}`);
  return deleted ? 0 : 1;
}

/** `purge`: deletes signups older than the retention period. */
export async function purgeCommand(flags: Flags, env: Env, print: Print): Promise<number> {
  const days = retentionOf(flags, env);
  const count = await withStore(flags, env, (store) => store.purge(Date.now() - days * 86_400_000));
  print(`purged ${count} signup(s) received more than ${days} day(s) ago`);
  return 0;
}

/** `migrate`: brings the database schema up to date. */
export async function migrateCommand(flags: Flags, env: Env, print: Print): Promise<number> {
  const store = openStore(databaseOf(flags, env));
  try {
    print(
      `applied ${await store.migrate()} migration(s) to ${describeDatabase(databaseOf(flags, env))}`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

/** `serve`: runs the receiver until SIGTERM or SIGINT, then stops gracefully. */
export async function serveCommand(flags: Flags, env: Env, print: Print): Promise<number> {
  const keys = parseKey(env[keyVariable]);
  const origins = originList(flags.origin as string[] | undefined, env.IOP_RECEIVER_ORIGINS);
  if (!origins.length)
    throw new UsageError(
      'serve needs --origin https://your-clinic.example (the site with the form)',
    );
  const database = databaseOf(flags, env);
  const logger = createLogger();
  const notifyTo = text(flags, 'notify-to') ?? env.IOP_RECEIVER_NOTIFY_TO;
  const smtpUrl = env.IOP_RECEIVER_SMTP_URL;
  if (notifyTo && !smtpUrl)
    throw new UsageError('--notify-to needs IOP_RECEIVER_SMTP_URL (smtp://user:password@host:587)');
  const store = openStore(database);
  const migrations = await store.migrate().catch(async (error: unknown) => {
    await store.close().catch(() => {});
    throw error;
  });
  logger.info('migrated', {migrations, database: store.kind});
  const running = await startServer({
    store,
    keys,
    origins,
    logger,
    host: text(flags, 'host') ?? env.HOST ?? '127.0.0.1',
    port: wholeNumber('--port', text(flags, 'port') ?? env.PORT, 8787, 0, 65535),
    path: text(flags, 'path') ?? '/signups',
    bodyLimit: wholeNumber('--body-limit', text(flags, 'body-limit'), 16384, 1024, 1_048_576),
    rateLimit: {
      points: wholeNumber('--rate-limit', text(flags, 'rate-limit'), 60, 1, 1_000_000),
      windowSeconds: wholeNumber('--rate-window', text(flags, 'rate-window'), 600, 1, 86_400),
    },
    trustProxy: flags['trust-proxy'] === true,
    retentionDays: retentionOf(flags, env),
    onStored:
      notifyTo && smtpUrl
        ? createNotifier({smtpUrl, to: notifyTo, from: text(flags, 'notify-from'), logger})
        : undefined,
  });
  print(
    `iop-buddy-receiver: http://${text(flags, 'host') ?? env.HOST ?? '127.0.0.1'}:${running.port}${text(flags, 'path') ?? '/signups'} → ${describeDatabase(database)}`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      running.close().then(resolve, (error: unknown) => {
        logger.error('stop-failed', {code: errorCode(error)});
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
