/**
 * The schema, as numbered migrations that each database applies once and in order. Both
 * databases get the same tables, columns and index; only the type names differ.
 */
export interface Migration {
  version: number;
  sqlite: string[];
  postgres: string[];
}

export const migrationsTable = 'receiver_migrations';

const signups = (text: string, bigint: string) => [
  `CREATE TABLE signups (
    id ${text} PRIMARY KEY,
    fingerprint ${text} NOT NULL,
    received_at ${bigint} NOT NULL,
    key_id ${text} NOT NULL,
    sealed ${text} NOT NULL
  )`,
  'CREATE INDEX signups_received_at ON signups (received_at)',
];

export const migrations: Migration[] = [
  {
    version: 1,
    sqlite: signups('TEXT', 'INTEGER'),
    postgres: signups('TEXT', 'BIGINT'),
  },
];

/** The table that records which migrations ran. */
export const createMigrationsTable = (bigint: string) =>
  `CREATE TABLE IF NOT EXISTS ${migrationsTable} (version INTEGER PRIMARY KEY, applied_at ${bigint} NOT NULL)`;
