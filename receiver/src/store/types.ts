/** A stored signup as the database holds it: only the id, times and a sealed (encrypted) body. */
export interface StoredRow {
  /** The idempotency key, which is also the payload's id (a UUID). */
  id: string;
  /** HMAC of the canonical payload: tells a retry from a changed payload under the same key. */
  fingerprint: string;
  /** When the receiver stored it, in milliseconds since 1970. */
  receivedAt: number;
  /** Which key sealed it (see `Keys.id`). */
  keyId: string;
  /** The whole payload, encrypted with AES-256-GCM (see `seal`). */
  sealed: string;
}

/** What an insert found: the row is new, or a row with the same id was there (with its fingerprint). */
export type InsertResult = {inserted: true} | {inserted: false; fingerprint: string};

/** A time range on `receivedAt`, in milliseconds: from inclusive, to exclusive. */
export interface Range {
  from?: number;
  to?: number;
}

/** The storage a receiver needs; one implementation per database, the same schema in each. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies the migrations that are not applied yet; returns how many ran. */
  migrate(): Promise<number>;
  /** Inserts a row unless its id exists; atomic, and committed before it resolves. */
  insert(row: StoredRow): Promise<InsertResult>;
  /** Rows received in `range`, oldest first. */
  list(range?: Range): Promise<StoredRow[]>;
  /** Deletes one row; true when it existed. */
  delete(id: string): Promise<boolean>;
  /** Deletes rows received before `before`; returns how many. */
  purge(before: number): Promise<number>;
  /** Answers when the database does; throws when it does not. */
  ping(): Promise<void>;
  /** How many rows there are. */
  count(): Promise<number>;
  /** Closes the connection (pool); pending operations finish first. */
  close(): Promise<void>;
}

/** A row as a database driver returns it: column name → value. */
export type Row = Record<string, unknown>;

/** A driver's row (snake_case columns) as a stored signup, the same for every database. */
export const toRow = (row: Row): StoredRow => ({
  id: String(row.id),
  fingerprint: String(row.fingerprint),
  receivedAt: Number(row.received_at),
  keyId: String(row.key_id),
  sealed: String(row.sealed),
});
