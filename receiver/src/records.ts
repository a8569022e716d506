import stringify from 'safe-stable-stringify';
import {fingerprint, open, seal, type Keys} from './crypto.js';
import type {SignupPayload} from './schema.js';
import type {StoredRow} from './store/types.js';

/** The same text for equal payloads, whatever the order of their keys. */
export const canonical = (payload: SignupPayload): string => stringify(payload) ?? '';

/** Seals a checked payload into a row: only the id and the times stay readable. */
export function toStoredRow(keys: Keys, payload: SignupPayload, receivedAt: number): StoredRow {
  const text = canonical(payload);
  return {
    id: payload.id,
    fingerprint: fingerprint(keys, text),
    receivedAt,
    keyId: keys.id,
    sealed: seal(keys, text, payload.id),
  };
}

/** The fingerprint a payload would be stored with, to compare with an existing row's. */
export const fingerprintOf = (keys: Keys, payload: SignupPayload) =>
  fingerprint(keys, canonical(payload));

/** A row opened for staff: the payload, decrypted, and when it arrived. */
export interface OpenedSignup {
  receivedAt: string;
  payload: SignupPayload;
}

/** Decrypts a row; throws when it was sealed with another key or changed. */
export function openRow(keys: Keys, row: StoredRow): OpenedSignup {
  return {
    receivedAt: new Date(row.receivedAt).toISOString(),
    payload: JSON.parse(open(keys, row.sealed, row.id)) as SignupPayload,
  };
}
