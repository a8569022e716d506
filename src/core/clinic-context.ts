import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

/** The attributes an `<iop-clinic>` shares with the widgets inside it. */
export const clinicAttributes = ['clinic-name', 'phone', 'intake-url', 'region'] as const;

/** One of the shared clinic attributes. */
export type ClinicAttribute = (typeof clinicAttributes)[number];

const isClinic = (target: unknown): target is Element =>
  (target as Partial<Element> | null)?.localName === 'iop-clinic';

/** The nearest `<iop-clinic>` around `node`, crossing shadow roots, or `null`. */
function enclosingClinic(node: Node): Element | null {
  let current: Node | null = node.parentNode;
  while (current) {
    if (isClinic(current)) return current;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return null;
}

/**
 * The nearest `<iop-clinic>` around `host` while Lit's server renderer (`@lit-labs/ssr`) renders
 * it. The server has no page tree, but it gives every element it renders the chain of elements it
 * is rendered in, slots and shadow hosts included, as the path of the events the element
 * dispatches; the first `<iop-clinic>` on that path is the enclosing clinic.
 */
function enclosingClinicOnServer(host: HTMLElement): Element | null {
  const probe = new Event('iop-clinic-lookup', {bubbles: true, composed: true});
  host.dispatchEvent(probe);
  return probe.composedPath().slice(1).find(isClinic) ?? null;
}

/**
 * Reads the shared clinic attributes from the nearest enclosing `<iop-clinic>` and re-renders its
 * host whenever they change. It reads attributes, not properties, so it works whatever order the
 * tags are defined in, and with copies of the library loaded from different bundles.
 *
 * In the browser the clinic is found when the host connects. A server renderer never connects
 * elements, so there the clinic is looked up when the host first asks for a value: the server
 * HTML then shows the clinic's details, as the browser's first render does, and hydration finds
 * the same markup.
 */
export class ClinicContext implements ReactiveController {
  #clinic: Element | null = null;
  #lookedUpOnServer = false;
  // Created on first connection, not in the constructor: a server renderer constructs elements
  // where `MutationObserver` does not exist, and never connects them.
  #observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#clinic = enclosingClinic(this.host);
    if (this.#clinic) {
      this.#observer ??= new MutationObserver(() => this.host.requestUpdate());
      this.#observer.observe(this.#clinic, {
        attributes: true,
        attributeFilter: [...clinicAttributes],
      });
    }
    // A widget moved into or out of a clinic renders with its new details.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#clinic = null;
  }

  /** The enclosing clinic's value for `name`, or `undefined` when there is none. */
  get(name: ClinicAttribute): string | undefined {
    if (isServer && !this.#lookedUpOnServer) {
      this.#lookedUpOnServer = true;
      this.#clinic = enclosingClinicOnServer(this.host);
    }
    return this.#clinic?.getAttribute(name) ?? undefined;
  }
}
