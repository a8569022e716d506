/**
 * Follows an in-widget link such as `<a href="#faq">`: fragment links cannot reach into a shadow
 * root, so this finds the target in the link's own root, opens it when it is a closed disclosure,
 * scrolls it into view and moves focus to it (to its heading, or to the button in its heading), so keyboard and screen-reader users land where the
 * link said. Use it as the link's click handler.
 */
export function jumpTo(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const id = decodeURIComponent(link.hash.slice(1));
  const root = link.getRootNode() as Document | ShadowRoot;
  const target = id ? root.getElementById(id) : null;
  if (!target) return;
  event.preventDefault();
  let focus: HTMLElement = target;
  // A closed disclosure (a button with aria-expanded in the section's heading) opens first.
  const toggle = target.querySelector<HTMLElement>(':scope > :is(h2, h3, h4) > [aria-expanded]');
  if (toggle) {
    if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
    focus = toggle;
  } else {
    // A section or box: focus its heading, so a screen reader reads where the visitor landed.
    if (!/^H[1-6]$/.test(target.tagName)) focus = target.querySelector('h2, h3, h4') ?? target;
    if (!focus.matches('a[href], button, input, select, textarea, summary, [tabindex]')) {
      focus.tabIndex = -1;
    }
  }
  target.scrollIntoView({block: 'start'});
  focus.focus({preventScroll: true});
}
