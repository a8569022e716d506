import {css} from 'lit';

/**
 * Design tokens shared by every widget.
 *
 * Public tokens (`--iop-*`) are read with a fallback, so a page sets only what it wants to change.
 * Widgets use the private copies (`--_iop-*`) so every rule has a value even when the page sets
 * nothing. Colours follow the visitor's light or dark preference through `light-dark()`; a page
 * forces one with `--iop-color-scheme: light` (or `dark`) on the widget or any ancestor.
 */
export const tokens = css`
  :host {
    color-scheme: var(--iop-color-scheme, light dark);
    --_iop-accent: var(--iop-color-accent, light-dark(#0b6660, #74d6cb));
    --_iop-on-accent: var(--iop-color-on-accent, light-dark(#ffffff, #04201e));
    --_iop-text: var(--iop-color-text, light-dark(#1d2327, #eceff1));
    --_iop-muted: var(--iop-color-muted, light-dark(#4a555c, #b9c3c8));
    --_iop-surface: var(--iop-color-surface, light-dark(#ffffff, #161c1f));
    --_iop-surface-alt: var(--iop-color-surface-alt, light-dark(#f1f6f5, #222b2e));
    --_iop-border: var(--iop-color-border, light-dark(#7b878d, #7d8a90));
    --_iop-danger: var(--iop-color-danger, light-dark(#a4161a, #ff9c94));
    --_iop-urgent-surface: var(--iop-color-urgent-surface, light-dark(#fdeceb, #3a1614));
    --_iop-focus: var(--iop-color-focus, light-dark(#1a4fd6, #9cc0ff));
    --_iop-radius: var(--iop-radius, 0.5rem);
    --_iop-space: var(--iop-space, 1rem);
    --_iop-font: var(--iop-font-family, inherit);
  }
`;

/** Host defaults every widget shares: block layout, honoured `hidden`, border-box sizing. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_iop-font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_iop-text);
    /* Long words wrap even inside flexible boxes, so 400 % zoom never scrolls sideways. */
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Set, not inherited: a page rule on the host ("* { box-sizing: content-box }") would
     otherwise reach every element inside and push padded boxes past the widget's edge. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
