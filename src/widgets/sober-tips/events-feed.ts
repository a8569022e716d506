import {safeUrl} from '../../core/links.js';
import {warnOnce} from '../../core/warn.js';
import {defaultFeedTimeout} from './events-source.js';

// The events' view comes with the reader: a widget has events to show only once the reader has
// loaded them, so a widget without a feed never downloads either.
export {renderEvents} from './views/events.js';

/**
 * The clinic's alcohol-free events: a JSON array from `events-src` or from an inline
 * `<script type="application/json">` child. Entries are checked one by one; invalid ones are
 * skipped, past ones dropped, the rest sorted by start. Text stays text: nothing here builds HTML,
 * and links pass the core link check. Only a widget given a feed needs this, so the widget loads
 * it by itself (`import()`) when it has one.
 */

/** One upcoming event, checked. */
export interface FeedEvent {
  title: string;
  start: Date;
  end?: Date;
  location?: string;
  /** A checked `http(s)`, `tel` or `mailto` link, or `undefined`. */
  url?: string;
  description?: string;
}

/** What reading a feed gave: the upcoming events and how many entries were invalid. */
export interface FeedResult {
  events: FeedEvent[];
  skipped: number;
}

/** Why a feed could not be read; the message is written for the page author. */
export class FeedError extends Error {}

/** How many events the widget shows at most. */
export const feedLimit = 5;

/** Feeds larger than this are refused: a clinic's event list is a few kilobytes. */
const maxFeedCharacters = 512 * 1024;

const isoDateTime =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)\d*(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * Reads an ISO 8601 date-time ("2025-06-14T19:00:00-05:00"); without an offset it is the
 * visitor's local time. Anything else, a date alone included, gives `undefined`.
 */
export function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = isoDateTime.exec(value.trim());
  if (!parts) return undefined;
  const date = new Date((parts[1] + (parts[2] ?? '')).toUpperCase());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A trimmed non-empty string, `undefined` for an absent or empty one, `null` for a wrong type. */
function optionalText(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return null;
  return value.trim() || undefined;
}

/** Checks one entry; `undefined` when it is invalid. */
function toEvent(entry: unknown, source: string): FeedEvent | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const {title, start, end, location, url, description} = entry as Record<string, unknown>;
  const checkedTitle = optionalText(title);
  const startDate = parseDateTime(start);
  const endDate = end === undefined || end === null ? undefined : parseDateTime(end);
  const texts = [optionalText(location), optionalText(url), optionalText(description)];
  if (!checkedTitle || !startDate || texts.includes(null)) return undefined;
  if ((end !== undefined && end !== null && !endDate) || (endDate && endDate < startDate)) {
    return undefined;
  }
  const [place, link, about] = texts as (string | undefined)[];
  return {
    title: checkedTitle,
    start: startDate,
    end: endDate,
    location: place,
    url: safeUrl(link, `${source} url`),
    description: about,
  };
}

/**
 * Checks a parsed feed: keeps entries with a `title` string and an ISO `start` (optional `end`,
 * `location`, `url`, `description` of the right types), drops events that are over by `now`,
 * sorts by start and keeps the first `limit`. Throws `FeedError` when `data` is not an array.
 */
export function parseFeed(
  data: unknown,
  {now = new Date(), limit = feedLimit, source = 'events feed'} = {},
): FeedResult {
  if (!Array.isArray(data)) throw new FeedError('is not a JSON array of events');
  const checked = data.map((entry) => toEvent(entry, source));
  const valid = checked.filter((event): event is FeedEvent => !!event);
  const events = valid
    .filter((event) => (event.end ?? event.start) >= now)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, Math.max(0, limit));
  return {events, skipped: checked.length - valid.length};
}

/** Parses feed text as JSON; throws `FeedError` when it is not JSON or is too large. */
export function parseFeedText(text: string): unknown {
  if (text.length > maxFeedCharacters) throw new FeedError('is larger than 512 KB');
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('is not valid JSON');
  }
}

/**
 * Fetches and parses the feed at `src` without cookies or credentials. Gives up after
 * `timeout` milliseconds, or when `signal` aborts (then it rejects with the signal's reason).
 * Throws `FeedError` for a bad link, an HTTP error, a timeout or text that is not JSON.
 */
export async function fetchFeed(
  src: string,
  {timeout = defaultFeedTimeout, signal}: {timeout?: number; signal?: AbortSignal} = {},
): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new FeedError('is not a valid link');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new FeedError('is not an http(s) link');
  }
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: {Accept: 'application/json'},
    });
    if (!response.ok) throw new FeedError(`answered HTTP ${response.status}`);
    return parseFeedText(await response.text());
  } catch (error) {
    if (timedOut) throw new FeedError(`did not answer within ${timeout} ms`);
    if (signal?.aborted || error instanceof FeedError) throw error;
    throw new FeedError('could not be reached');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * Loads the feed a widget was given: the inline JSON text when there is one, otherwise `src`.
 * Resolves with the upcoming events; a failed or empty feed resolves with none after one console
 * warning naming `tag`. Resolves with none, silently, when `signal` aborts or nothing is configured.
 */
export async function loadEvents(options: {
  tag: string;
  inline: string | undefined;
  src: string | undefined;
  timeout: number;
  signal: AbortSignal;
}): Promise<FeedEvent[]> {
  const {tag, inline, signal} = options;
  const src = options.src?.trim();
  if (inline === undefined && !src) return [];
  const source =
    inline === undefined ? `<${tag}> events-src "${src}"` : `<${tag}> inline events <script>`;
  const timeout = options.timeout > 0 ? options.timeout : defaultFeedTimeout;
  try {
    const data =
      inline === undefined ? await fetchFeed(src!, {timeout, signal}) : parseFeedText(inline);
    const {events, skipped} = parseFeed(data, {source});
    const invalid = skipped ? ` (${skipped} invalid entries skipped)` : '';
    if (!events.length) throw new FeedError(`has no upcoming events${invalid}`);
    if (skipped) warnOnce('feed-skipped', source, skipped);
    return signal.aborted ? [] : events;
  } catch (error) {
    if (!signal.aborted) {
      const reason = error instanceof FeedError ? error.message : String(error);
      warnOnce('feed-hidden', source, reason);
    }
    return [];
  }
}
