import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {getLocale, isRightToLeft} from '../localization/localization.js';

/**
 * Lays a widget out right to left while it speaks a right-to-left language (Arabic), even on a
 * page that switched language without setting `dir`. It never overrides a `dir` the page set on
 * the widget, and otherwise leaves the direction to the page (`dir="rtl"` pages work in any
 * language).
 */
export class LocaleDirection implements ReactiveController {
  #applied = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const rtl = isRightToLeft(getLocale());
    if (rtl && !this.host.hasAttribute('dir')) {
      this.host.setAttribute('dir', 'rtl');
      this.#applied = true;
    } else if (!rtl && this.#applied) {
      this.host.removeAttribute('dir');
      this.#applied = false;
    }
  }
}
