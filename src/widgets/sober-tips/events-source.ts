import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {LazyModule} from '../../core/lazy-module.js';
import type {FeedEvent} from './events-feed.js';

/** How long the widget waits for `events-src`, in milliseconds, unless told otherwise. */
export const defaultFeedTimeout = 8000;

/** The feed reader (fetch and checks), loaded only by a widget that has a feed. */
const feedReader = new LazyModule(
  () => import('./events-feed.js'),
  '<iop-sober-tips> events feed reader',
);

/**
 * The text of `host`'s first child `<script type="application/json">`, or `undefined` when it
 * has none. Scripts of that type never run, so the page can hold the feed inline.
 */
export function inlineFeedText(host: Element): string | undefined {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** What the controller reads from its widget: where the feed is and how long to wait. */
interface FeedHost extends ReactiveControllerHost, HTMLElement {
  eventsSrc?: string;
  feedTimeout: number;
}

/**
 * Keeps the clinic's events for a widget: loads them from `events-src` or an inline JSON script
 * when either changes (the newest request wins; an older one is aborted), and re-renders the host.
 * The feed reader is loaded at once when there is a feed, and never when there is none.
 * Its observer starts on connection: a server renderer constructs elements without a DOM.
 */
export class EventsSource implements ReactiveController {
  /** The upcoming events, checked; empty until loaded, or when the feed fails. */
  events: FeedEvent[] = [];
  #controller?: AbortController;
  #stale = false;
  #inlineText?: string;
  #lastSrc?: string;
  #observer?: MutationObserver;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  /** Renders the events; `undefined` until the feed reader, which brings it, has loaded. */
  get view() {
    return feedReader.loaded?.renderEvents;
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => {
      if (inlineFeedText(this.host) !== this.#inlineText) this.#markStale();
    });
    this.#observer.observe(this.host, {childList: true, subtree: true, characterData: true});
    this.#markStale();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#controller?.abort();
  }

  hostUpdate(): void {
    // Only a connected widget loads: a server render shows no events and fetches nothing.
    if (!this.#observer) return;
    if (!this.#stale && this.host.eventsSrc === this.#lastSrc) return;
    this.#stale = false;
    this.#lastSrc = this.host.eventsSrc;
    void this.#load();
  }

  #markStale(): void {
    this.#stale = true;
    this.host.requestUpdate();
  }

  async #load(): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    // An empty list is never swapped for another empty one: that would only render again.
    if (this.events.length) this.events = [];
    const inline = (this.#inlineText = inlineFeedText(this.host));
    const src = this.host.eventsSrc;
    if (inline === undefined && !src?.trim()) return;
    // Without the reader (it could not be fetched) the events stay hidden, as for a failed feed.
    const reader = await feedReader.get();
    if (!reader || controller.signal.aborted) return;
    const events = await reader.loadEvents({
      tag: this.host.localName,
      inline,
      src,
      timeout: this.host.feedTimeout,
      signal: controller.signal,
    });
    if (controller.signal.aborted || (!events.length && !this.events.length)) return;
    this.events = events;
    this.host.requestUpdate();
  }
}
