import pg from 'pg';
import {createMigrationsTable, migrations, migrationsTable} from './migrations.js';
import {
  toRow,
  type InsertResult,
  type Range,
  type Row,
  type Store,
  type StoredRow,
} from './types.js';

/** An arbitrary constant that names the migration lock, so two receivers never migrate at once. */
const migrationLock = 7_315_001;

/**
 * The PostgreSQL store, for clinics that run several receivers or already run PostgreSQL. The
 * unique primary key makes an insert exactly-once across every instance.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly pool: pg.Pool;

  constructor(connectionString: string, options: {max?: number} = {}) {
    this.pool = new pg.Pool({connectionString, max: options.max ?? 10});
    // An idle client that loses its server emits here; the next query reconnects.
    this.pool.on('error', () => {});
  }

  async migrate(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [migrationLock]);
      await client.query(createMigrationsTable('BIGINT'));
      const {rows} = await client.query(`SELECT version FROM ${migrationsTable}`);
      const done = new Set(rows.map((row: Row) => Number(row.version)));
      let ran = 0;
      for (const migration of migrations) {
        if (done.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          for (const statement of migration.postgres) await client.query(statement);
          await client.query(
            `INSERT INTO ${migrationsTable} (version, applied_at) VALUES ($1, $2)`,
            [migration.version, Date.now()],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        ran++;
      }
      return ran;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => {});
      client.release();
    }
  }

  async insert(row: StoredRow): Promise<InsertResult> {
    const result = await this.pool.query(
      `INSERT INTO signups (id, fingerprint, received_at, key_id, sealed) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING`,
      [row.id, row.fingerprint, row.receivedAt, row.keyId, row.sealed],
    );
    if (result.rowCount === 1) return {inserted: true};
    const found = await this.pool.query('SELECT fingerprint FROM signups WHERE id = $1', [row.id]);
    return {inserted: false, fingerprint: String(found.rows[0]?.fingerprint)};
  }

  async list(range: Range = {}): Promise<StoredRow[]> {
    const {rows} = await this.pool.query(
      `SELECT id, fingerprint, received_at, key_id, sealed FROM signups
       WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at, id`,
      [range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER],
    );
    return rows.map(toRow);
  }

  async delete(id: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM signups WHERE id = $1', [id])).rowCount ?? 0) > 0;
  }

  async purge(before: number): Promise<number> {
    return (
      (await this.pool.query('DELETE FROM signups WHERE received_at < $1', [before])).rowCount ?? 0
    );
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async count(): Promise<number> {
    const {rows} = await this.pool.query('SELECT COUNT(*) AS n FROM signups');
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
