import {resolve} from 'node:path';
import {PostgresStore} from './postgres.js';
import {SqliteStore} from './sqlite.js';
import type {Store} from './types.js';

/** The database when none is given: a SQLite file in the working directory. */
export const defaultDatabase = 'sqlite:./signups.db';

/** A database address that is neither `sqlite:<file>` nor `postgres://…`. */
export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/** Where a database address points, without its password: safe to print. */
export function describeDatabase(url: string): string {
  if (url.startsWith('sqlite:')) return `SQLite file ${resolve(url.slice('sqlite:'.length))}`;
  try {
    const parsed = new URL(url);
    return `PostgreSQL database ${parsed.pathname.slice(1) || '(default)'} on ${parsed.host}`;
  } catch {
    return 'an unreadable database address';
  }
}

/**
 * Opens the store a database address names: `sqlite:<file>` (relative to the working directory)
 * or `postgres://user:password@host:port/database` (also `postgresql://`).
 */
export function openStore(url: string = defaultDatabase): Store {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new DatabaseUrlError('sqlite: needs a file, as in sqlite:./signups.db');
    return new SqliteStore(resolve(file));
  }
  if (/^postgres(ql)?:\/\//.test(url)) return new PostgresStore(url);
  throw new DatabaseUrlError(
    '--db must be sqlite:<file> or postgres://user:password@host/database',
  );
}
