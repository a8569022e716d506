/** The versioned signup payload and its id, made when the visitor sends the form. */
import type {Region} from '../../core/regions.js';
import type {SignupData} from './fields.js';

/** The payload's format and version; a receiver checks it before reading `data`. */
export const payloadSchema = 'iop-buddy-signup/1';

/** What the widget sends (and hands to an `iop-buddy-submit` handler). */
export interface SignupPayload {
  schema: typeof payloadSchema;
  /** One id per submission (a UUID), the same on every retry; also the `Idempotency-Key`. */
  id: string;
  /** When the visitor sent the form, ISO 8601 in UTC. */
  submittedAt: string;
  /** The language the visitor read the form in (a BCP 47 tag such as `en` or `es`). */
  locale: string;
  /** The clinic as the widget was configured: its name (or `null`) and region. */
  clinic: {name: string | null; region: Region | null};
  /** The form's fields, trimmed; see `SignupData`. */
  data: SignupData;
}

/** A random UUID (version 4), made with `fill` (the browser's crypto by default). */
export function newSubmissionId(
  fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = fill(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Builds the payload of one submission. */
export function createPayload(input: {
  id: string;
  data: SignupData;
  locale: string;
  clinic: {name?: string; region: Region | null};
  now: number;
}): SignupPayload {
  return {
    schema: payloadSchema,
    id: input.id,
    submittedAt: new Date(input.now).toISOString(),
    locale: input.locale,
    clinic: {name: input.clinic.name ?? null, region: input.clinic.region},
    data: input.data,
  };
}
