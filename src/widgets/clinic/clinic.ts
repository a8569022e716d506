import {LitElement, css, html, isServer, type HTMLTemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {defineOnce} from '../../core/iop-element.js';

/**
 * Sets the clinic's details once for every iop widget inside it. It adds no box of its own
 * (`display: contents`); an attribute set on a widget wins over the clinic's, and changes apply
 * to the widgets at once.
 *
 * @summary Shares clinic name, phone, intake link and region with the widgets inside it.
 * @tag iop-clinic
 * @slot - The widgets (and any other content) that use these clinic details.
 * @example
 * <iop-clinic clinic-name="Harbor Recovery" phone="+1 555 010 4477" region="US">
 *   <iop-program-explainer></iop-program-explainer>
 *   <iop-care-quiz></iop-care-quiz>
 * </iop-clinic>
 */
export class IopClinic extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Registers `<iop-clinic>` unless the tag already exists. */
  static define(tag = 'iop-clinic'): void {
    defineOnce(tag, this);
  }

  /** The clinic's name, shown in headings and consent text. */
  @property({attribute: 'clinic-name', reflect: true}) clinicName?: string;

  /** The clinic's phone number, rendered as a `tel:` link. */
  @property({reflect: true}) phone?: string;

  /** The clinic's intake or contact page. */
  @property({attribute: 'intake-url', reflect: true}) intakeUrl?: string;

  /** ISO country code choosing crisis and help lines: `US`, `CA`, `GB`, `IE` or `AU`. */
  @property({reflect: true}) region?: string;

  constructor() {
    super();
    // In the browser the shadow root comes with the first render. Lit's server renderer never
    // connects the element, so it would have none, and the widgets slotted into it would not see
    // this clinic on their event path, which is how they find it on the server
    // (`ClinicContext`). Attached here, the path runs widget → slot → shadow root → clinic, as
    // in the browser.
    if (isServer) this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
  }

  override render(): HTMLTemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-clinic': IopClinic;
  }
}
