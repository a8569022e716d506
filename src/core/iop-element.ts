import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {ClinicContext, type ClinicAttribute} from './clinic-context.js';
import {phoneLink, safeUrl, type PhoneLink} from './links.js';
import {LocaleDirection} from './locale-direction.js';
import {toRegion, type HelpRegion} from './regions.js';
import {hostStyles, tokens} from './tokens.styles.js';

/** The clinic details a widget renders with, after its own attributes and `<iop-clinic>`. */
export interface ClinicDetails {
  /** The clinic's name as configured, or `undefined` (widgets then use a neutral phrase). */
  name: string | undefined;
  /** A checked phone number with its `tel:` link, or `undefined`. */
  phone: PhoneLink | undefined;
  /** A checked intake link, or `undefined`. */
  intakeUrl: string | undefined;
  /** The region whose crisis and help lines are shown; `null` when the page's value is unknown. */
  region: HelpRegion;
}

/**
 * Registers `element` under `tag` unless that tag already exists, so a page that loads a script
 * twice (or the npm build and a CDN file) never throws.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * The small base class of every iop widget: shared host styles and tokens, the clinic attributes
 * (own value first, then the enclosing `<iop-clinic>`), re-rendering on locale change, an
 * idempotent `define()` and a typed `emit()`.
 */
export class IopElement extends LitElement {
  static override styles = [tokens, hostStyles];

  /**
   * Registers the element under `tag` unless that tag already exists, so a page that loads the
   * script twice never throws.
   */
  static define(tag: string): void {
    defineOnce(tag, this);
  }

  /** The clinic's name, shown in headings and consent text. */
  @property({attribute: 'clinic-name'}) clinicName?: string;

  /** The clinic's phone number, rendered as a `tel:` link; without it the call button is hidden. */
  @property() phone?: string;

  /** The clinic's intake or contact page (`https:`, `http:` or `mailto:`). */
  @property({attribute: 'intake-url'}) intakeUrl?: string;

  /**
   * ISO country code choosing crisis and help lines: `US` (the default), `CA`, `GB`, `IE` or `AU`;
   * case and common spellings (`uk`) are accepted. Any other value shows only the local emergency
   * number and an international helpline directory, never another country's lines.
   */
  @property() region?: string;

  readonly #clinicContext = new ClinicContext(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new LocaleDirection(this);
  }

  /** The effective clinic details, checked: this element's attributes win over `<iop-clinic>`. */
  protected get clinic(): ClinicDetails {
    const pick = (own: string | undefined, name: ClinicAttribute) =>
      own ?? this.#clinicContext.get(name);
    const name = pick(this.clinicName, 'clinic-name')?.trim();
    return {
      name: name || undefined,
      phone: phoneLink(pick(this.phone, 'phone'), `<${this.localName}> phone`),
      intakeUrl: safeUrl(pick(this.intakeUrl, 'intake-url'), `<${this.localName}> intake-url`),
      region: toRegion(pick(this.region, 'region')),
    };
  }

  /**
   * Dispatches a `CustomEvent` that bubbles out of the shadow root and returns it, so a caller can
   * read `defaultPrevented` of a cancelable event.
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: {cancelable?: boolean} = {},
  ): CustomEvent {
    const event = new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }
}
