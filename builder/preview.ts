// Keeps the preview's widget in step with the configuration, without recreating it needlessly.
import type {Attribute} from './snippet.js';

/**
 * Puts a `tag` element in `preview` (a new one when the tag changed) with `attributes`, removing
 * only the attributes the builder set before (`previous`): a widget may set some of its own
 * (`dir`). Returns the names set now.
 */
export function syncPreview(
  preview: HTMLElement,
  tag: string,
  attributes: Attribute[],
  previous: Set<string>,
): Set<string> {
  let widget = preview.firstElementChild;
  if (!widget || widget.localName !== tag) {
    widget = document.createElement(tag);
    preview.replaceChildren(widget);
    previous = new Set();
  }
  const wanted = new Map(attributes.map(([n, v]) => [n, v === true ? '' : v]));
  for (const name of previous) if (!wanted.has(name)) widget.removeAttribute(name);
  for (const [name, value] of wanted) {
    if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  }
  return new Set(wanted.keys());
}
