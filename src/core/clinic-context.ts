import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The attributes an `<iop-clinic>` shares with the widgets inside it. */
export const clinicAttributes = ['clinic-name', 'phone', 'intake-url', 'region'] as const;

/** One of the shared clinic attributes. */
export type ClinicAttribute = (typeof clinicAttributes)[number];

/** The nearest `<iop-clinic>` around `node`, crossing shadow roots, or `null`. */
function enclosingClinic(node: Node): Element | null {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element && current.localName === 'iop-clinic') return current;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return null;
}

/**
 * Reads the shared clinic attributes from the nearest enclosing `<iop-clinic>` and re-renders its
 * host whenever they change. It reads attributes, not properties, so it works whatever order the
 * tags are defined in, and with copies of the library loaded from different bundles.
 */
export class ClinicContext implements ReactiveController {
  private clinic: Element | null = null;
  // Created on first connection, not in the constructor: a server renderer constructs elements
  // where `MutationObserver` does not exist, and never connects them.
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.clinic = enclosingClinic(this.host);
    if (this.clinic) {
      this.observer ??= new MutationObserver(() => this.host.requestUpdate());
      this.observer.observe(this.clinic, {
        attributes: true,
        attributeFilter: [...clinicAttributes],
      });
    }
    // A widget moved into or out of a clinic renders with its new details.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.clinic = null;
  }

  /** The enclosing clinic's value for `name`, or `undefined` when there is none. */
  get(name: ClinicAttribute): string | undefined {
    return this.clinic?.getAttribute(name) ?? undefined;
  }
}
