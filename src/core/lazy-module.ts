import {isServer} from 'lit';
import {reasonOf, warnOnce} from './warn.js';

/** Runs `callback` when the browser is idle; soon, where there is no `requestIdleCallback`. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, {timeout: 2000});
  else setTimeout(callback, 200);
}

/**
 * Code that a widget needs only after a click, or only for a feature the page configured, in a
 * module of its own that `import()` loads (a chunk beside the CDN file), so the first render never
 * waits for it. Once a widget has rendered, it asks for the module when the browser is idle, so a
 * visitor who goes offline later can still finish what they started.
 */
export class LazyModule<T> {
  /**
   * The module once it has loaded, so that a widget can use it at once, in the same task as the
   * click, rather than a promise later; `undefined` until then.
   */
  loaded?: T;
  #loading?: Promise<T | undefined>;
  #idle?: Promise<T | undefined>;
  /** Whether a load has failed: later prefetches wait for the connection to come back. */
  #failed = false;

  /**
   * @param load the `import()` of the module
   * @param what what the module does, for the page author: "the sober tips' plan export"
   */
  constructor(
    private readonly load: () => Promise<T>,
    private readonly what: string,
  ) {}

  /**
   * The module, loaded once. When it cannot be fetched (the visitor went offline before it
   * arrived), resolves with `undefined` after one console warning, and the next call tries again.
   */
  get(): Promise<T | undefined> {
    this.#loading ??= this.load().then(
      (module) => (this.loaded = module),
      (error: unknown) => {
        this.#loading = undefined;
        // One warning a module: a later try fails with another address (`?retry=1`).
        if (!this.#failed) {
          this.#failed = true;
          warnOnce('lazy-load-failed', this.what, reasonOf(error));
        }
        return undefined;
      },
    );
    return this.#loading;
  }

  /**
   * Loads the module when the browser is next idle (at once if it is loading or loaded); resolves
   * like `get()`. After a failed load, waits for the browser's `online` event instead, and every
   * call shares that one wait: a widget that prefetches after each update asks for the module
   * once when the connection is back, not once a keystroke (a click still tries at once, with
   * `get()`). On the server, does nothing and resolves with `undefined`.
   */
  prefetch(): Promise<T | undefined> {
    if (isServer) return Promise.resolve(undefined);
    return (
      this.#loading ??
      (this.#idle ??= new Promise<void>((resolve) =>
        this.#failed
          ? addEventListener('online', () => resolve(), {once: true})
          : whenIdle(resolve),
      ).then(() => {
        this.#idle = undefined;
        return this.get();
      }))
    );
  }
}
