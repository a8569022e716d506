import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

/** The environment variable that holds the encryption key. */
export const keyVariable = 'IOP_RECEIVER_KEY';

/** The one command that makes a key. */
export const keygenCommand = 'npx iop-buddy-receiver keygen';

/** A parsed key: the AES-256-GCM key, the HMAC key for payload fingerprints, and a short key id. */
export interface Keys {
  /** The first 8 hex digits of SHA-256 of the key, stored with each row for key rotation. */
  id: string;
  encryption: Buffer;
  fingerprint: Buffer;
}

/** Why a key was refused, in words that never contain the key. */
export class KeyError extends Error {
  override name = 'KeyError';
}

/**
 * Reads a base64 key of exactly 32 bytes. Throws `KeyError` with the fix (the keygen command) when
 * it is missing or malformed.
 */
export function parseKey(text: string | undefined): Keys {
  if (!text?.trim()) {
    throw new KeyError(`${keyVariable} is not set. Make a key with: ${keygenCommand}`);
  }
  const trimmed = text.trim();
  const bytes = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || bytes.length !== 32) {
    throw new KeyError(
      `${keyVariable} must be 32 bytes in base64 (44 characters). Make a key with: ${keygenCommand}`,
    );
  }
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', bytes, Buffer.alloc(0), info, 32));
  return {
    id: createHash('sha256').update(bytes).digest('hex').slice(0, 8),
    encryption: derive('iop-buddy-receiver/aes-256-gcm'),
    fingerprint: derive('iop-buddy-receiver/fingerprint'),
  };
}

/** A new random key in base64, for `keygen`. */
export function newKey(): string {
  return randomBytes(32).toString('base64');
}

const ivLength = 12;
const tagLength = 16;

/**
 * Encrypts `plain` with AES-256-GCM under a fresh random IV, bound to `context` (the row's id) as
 * associated data, so a sealed value moved to another row does not decrypt. Returns base64 of
 * IV, tag and ciphertext.
 */
export function seal(keys: Keys, plain: string, context: string): string {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv, {authTagLength: tagLength});
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Decrypts a value made by `seal()`; throws when the key, the context or the bytes differ. */
export function open(keys: Keys, sealed: string, context: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length < ivLength + tagLength) throw new KeyError('sealed value is too short');
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, bytes.subarray(0, ivLength), {
    authTagLength: tagLength,
  });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(ivLength, ivLength + tagLength));
  return Buffer.concat([
    decipher.update(bytes.subarray(ivLength + tagLength)),
    decipher.final(),
  ]).toString('utf8');
}

/**
 * A keyed fingerprint (HMAC-SHA256) of a canonical payload: equal payloads give equal
 * fingerprints, and without the key nobody can test a guess of the personal fields against it.
 */
export function fingerprint(keys: Keys, canonical: string): string {
  return createHmac('sha256', keys.fingerprint).update(canonical, 'utf8').digest('base64');
}
