/** A command-line value that cannot be used; the message says what is expected. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Days a signup is kept before `purge` deletes it. The form's consent text says "How long: while
 * you take part in the buddy program"; it names no number, so the default is the longest that an
 * outpatient programme lasts ("about 2 months to 1 year"): one year. Clinics set their own.
 */
export const defaultRetentionDays = 365;

/** A whole number in a range, from a flag or the environment. */
export function wholeNumber(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

const dayOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date for `--from`/`--to`: `YYYY-MM-DD` (UTC) or a full ISO 8601 time. A day given to `--to`
 * includes that whole day.
 */
export function parseDate(
  name: string,
  text: string | undefined,
  endOfDay = false,
): number | undefined {
  if (text === undefined) return undefined;
  const time = Date.parse(dayOnly.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new UsageError(`${name} must be a date like 2025-05-31 or 2025-05-31T14:00:00Z`);
  }
  return endOfDay && dayOnly.test(text) ? time + 24 * 60 * 60 * 1000 : time;
}

/** Allowed origins from repeated `--origin` flags and/or a comma-separated list. */
export function originList(flags: string[] | undefined, env: string | undefined): string[] {
  return [...(flags ?? []), ...(env ?? '').split(',')]
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}
