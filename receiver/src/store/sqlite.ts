import {existsSync, rmSync, statSync} from 'node:fs';
import sqlite from 'node-sqlite3-wasm';
import {createMigrationsTable, migrations, migrationsTable} from './migrations.js';
import {
  toRow,
  type InsertResult,
  type Range,
  type Row,
  type Store,
  type StoredRow,
} from './types.js';

const {Database} = sqlite;
type Db = InstanceType<typeof Database>;
/** A lock directory older than this is left from a process that was killed mid-transaction. */
const staleLockMs = 30_000;

/**
 * node-sqlite3-wasm locks a database file by creating `<file>.lock` (a directory) for the length
 * of a transaction. A process killed inside one leaves it behind, and every later open would wait
 * for ever; transactions here take milliseconds, so an old lock directory is removed.
 */
function removeStaleLock(file: string): boolean {
  const lock = `${file}.lock`;
  if (!existsSync(lock) || Date.now() - statSync(lock).mtimeMs < staleLockMs) return false;
  rmSync(lock, {recursive: true, force: true});
  return true;
}

/**
 * The SQLite store: one file, opened by one process at a time for writing (several receivers
 * need PostgreSQL). Operations are synchronous inside, so each insert is atomic by itself.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Db;
  /** True when a stale lock directory was found and removed at open. */
  readonly recoveredLock: boolean;

  constructor(file: string) {
    this.recoveredLock = removeStaleLock(file);
    this.db = new Database(file);
    this.db.exec('PRAGMA busy_timeout = 5000');
    this.db.exec('PRAGMA foreign_keys = ON');
  }

  async migrate(): Promise<number> {
    this.db.exec(createMigrationsTable('INTEGER'));
    const done = new Set(
      this.db.all(`SELECT version FROM ${migrationsTable}`).map((row) => Number(row.version)),
    );
    let ran = 0;
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      this.db.exec('BEGIN IMMEDIATE');
      try {
        for (const statement of migration.sqlite) this.db.exec(statement);
        this.db.run(`INSERT INTO ${migrationsTable} (version, applied_at) VALUES (?, ?)`, [
          migration.version,
          Date.now(),
        ]);
        this.db.exec('COMMIT');
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
      ran++;
    }
    return ran;
  }

  async insert(row: StoredRow): Promise<InsertResult> {
    const info = this.db.run(
      `INSERT INTO signups (id, fingerprint, received_at, key_id, sealed) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
      [row.id, row.fingerprint, row.receivedAt, row.keyId, row.sealed],
    );
    if (Number(info.changes) === 1) return {inserted: true};
    const found = this.db.get('SELECT fingerprint FROM signups WHERE id = ?', [row.id]);
    return {inserted: false, fingerprint: String(found?.fingerprint)};
  }

  async list(range: Range = {}): Promise<StoredRow[]> {
    const rows = this.db.all(
      `SELECT id, fingerprint, received_at, key_id, sealed FROM signups
       WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id`,
      [range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER],
    );
    return rows.map((row) => toRow(row as Row));
  }

  async delete(id: string): Promise<boolean> {
    return Number(this.db.run('DELETE FROM signups WHERE id = ?', [id]).changes) > 0;
  }

  async purge(before: number): Promise<number> {
    return Number(this.db.run('DELETE FROM signups WHERE received_at < ?', [before]).changes);
  }

  async ping(): Promise<void> {
    this.db.get('SELECT 1 AS ok');
  }

  async count(): Promise<number> {
    return Number(this.db.get('SELECT COUNT(*) AS n FROM signups')?.n ?? 0);
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }
}
