import {html, type HTMLTemplateResult} from 'lit';
import {levelColumns, section, type Block, type ContentContext, type LevelRow} from '../content.js';
import type {SectionId, Variant} from '../options.js';

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

/** One section: open in the full variant, a disclosure in the compact one. */
export function renderSection(
  id: SectionId,
  context: ContentContext,
  layout: Variant,
): HTMLTemplateResult {
  const [heading, blocks] = section(id, context);
  const body = blocks.map(renderBlock);
  if (layout === 'compact') {
    return html`<details part="section" class="section" id=${id}>
      <summary part="summary"><h3>${heading}</h3></summary>
      <div class="body">${body}</div>
    </details>`;
  }
  return html`<section part="section" class="section" id=${id}>
    <h3>${heading}</h3>
    ${body}
  </section>`;
}
