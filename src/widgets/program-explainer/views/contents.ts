import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {SectionId} from '../options.js';

/**
 * The contents list: one link per section shown, in order. Each link moves focus to its section
 * (opening it in the compact variant); every section ends with a link back here.
 */
export function renderContents(
  sections: readonly (readonly [id: SectionId, heading: string, ...rest: unknown[]])[],
  onJump: (event: Event) => void,
): HTMLTemplateResult | typeof nothing {
  if (sections.length < 2) return nothing;
  return html`<nav
    class="contents"
    id="contents"
    part="contents"
    aria-labelledby="contents-heading"
  >
    <h3 id="contents-heading" tabindex="-1">${msg('Contents', {id: 'explainer.contents'})}</h3>
    <ol>
      ${sections.map(
        ([id, heading]) => html`<li><a href="#${id}" @click=${onJump}>${heading}</a></li>`,
      )}
    </ol>
  </nav>`;
}

/** The link at the end of a section that takes the visitor back to the contents list. */
export function renderBackToContents(onJump: (event: Event) => void): HTMLTemplateResult {
  return html`<p class="back">
    <a href="#contents" @click=${onJump}
      >${msg('Back to contents', {id: 'explainer.contents.back'})}</a
    >
  </p>`;
}
