import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type HTMLTemplateResult,
} from 'lit';

/**
 * A polite live region for status messages ("Question 3 of 12", "Copied"). The region is in the
 * DOM from the first render, so screen readers hear every later message; the same message twice
 * is announced twice.
 */
export class Announcer implements ReactiveController {
  #message = '';
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
  }

  /** Announces `message` to assistive technology. */
  announce(message: string): void {
    this.#message = '';
    this.host.requestUpdate();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#message = message;
      this.host.requestUpdate();
    });
  }

  /** The live region; render it once, anywhere in the widget. */
  render(): HTMLTemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.#message}
    </div>`;
  }
}
