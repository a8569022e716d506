import {html, nothing, type TemplateResult} from 'lit';
import {levelColumns, type Block, type LevelRow} from '../content.js';
import type {SectionId} from '../options.js';

/** The levels-of-care table; narrow screens stack its rows. */
function renderLevels(rows: LevelRow[]) {
  const column = levelColumns();
  const cell = (label: string, text: string) =>
    html`<td role="cell"><span class="cell-label" aria-hidden="true">${label}</span>${text}</td>`;
  // The roles keep the table's meaning for assistive technology when narrow screens stack it.
  return html`<div class="levels">
    <table part="levels" role="table">
      <caption>
        ${column.caption}
      </caption>
      <thead>
        <tr role="row">
          <th role="columnheader" scope="col">${column.setting}</th>
          <th role="columnheader" scope="col">${column.hours}</th>
          <th role="columnheader" scope="col">${column.home}</th>
          <th role="columnheader" scope="col">${column.suits}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr role="row">
              <th role="rowheader" scope="row">${row.setting}</th>
              ${cell(column.hours, row.hours)} ${cell(column.home, row.home)}
              ${cell(column.suits, row.suits)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** One block of section text: a paragraph, sub-heading, list, terms or the levels table. */
function renderBlock(block: Block) {
  if (typeof block === 'string') return html`<p>${block}</p>`;
  if ('h' in block) return html`<h4>${block.h}</h4>`;
  if ('ul' in block)
    return html`<ul>
      ${block.ul.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  if ('dl' in block) {
    return html`<dl class="terms">
      ${block.dl.map(
        ([term, meaning]) =>
          html`<div>
            <dt>${term}</dt>
            <dd>${meaning}</dd>
          </div>`,
      )}
    </dl>`;
  }
  return renderLevels(block.levels);
}

/** How a compact section opens and closes: whether it is open, and the toggle's handler. */
export interface Disclosure {
  open: boolean;
  onToggle: () => void;
}

/**
 * One section (`id`, its heading and blocks): open in the full variant; in the compact one a
 * disclosure whose button sits inside the section's `h3` (the accordion pattern), so heading
 * navigation finds it as in the full variant. A closed disclosure's body stays empty until it
 * opens: hidden, it is neither read nor found. `back` (the link back to the contents list) ends
 * the section when there is a contents list.
 */
export function renderSection(
  shown: readonly [id: SectionId, heading: string, blocks: Block[]],
  disclosure: Disclosure | undefined,
  back: TemplateResult | typeof nothing = nothing,
) {
  const [id, heading, blocks] = shown;
  if (disclosure) {
    const {open, onToggle} = disclosure;
    return html`<section
      part="section"
      class="section disclosure"
      id=${id}
      aria-labelledby="${id}-heading"
    >
      <h3 id="${id}-heading">
        <button
          type="button"
          part="summary"
          aria-expanded=${String(open)}
          aria-controls="${id}-body"
          @click=${onToggle}
        >
          ${heading}
        </button>
      </h3>
      <div class="body" id="${id}-body" ?hidden=${!open}>
        ${open ? html`${blocks.map(renderBlock)} ${back}` : nothing}
      </div>
    </section>`;
  }
  return html`<section part="section" class="section" id=${id} aria-labelledby="${id}-heading">
    <h3 id="${id}-heading">${heading}</h3>
    ${blocks.map(renderBlock)} ${back}
  </section>`;
}
