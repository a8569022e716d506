import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {refusalLines, type RefusalLine} from '../tips.js';
import {renderNotice, type Notice} from './notice.js';
import {smallButton} from './small-button.js';

/** The "Ways to say no" section: each ready line with a copy button (and "use in my plan"). */
export function renderLines(view: {
  withPlan: boolean;
  notice: Notice | undefined;
  onCopy(line: RefusalLine): void;
  onUse(line: RefusalLine): void;
}): HTMLTemplateResult {
  const copy = msg('Copy', {id: 'tips.line.copy'});
  const use = msg('Use in my plan', {id: 'tips.line.use'});
  const item = (line: RefusalLine) =>
    html`<li class="item">
      <span class="line" id="line-${line.id}">${line.text()}</span>
      <span class="buttons">
        ${smallButton(`copy-${line.id}`, `line-${line.id}`, copy, () => view.onCopy(line))}
        ${
          view.withPlan
            ? smallButton(`use-${line.id}`, `line-${line.id}`, use, () => view.onUse(line))
            : nothing
        }
      </span>
    </li>`;
  const group = (style: RefusalLine['style'], heading: string) =>
    html`<h4>${heading}</h4>
      <ul class="list">
        ${refusalLines.filter((line) => line.style === style).map(item)}
      </ul>`;
  return html`<section class="lines" part="lines" aria-labelledby="lines-heading">
    <h3 id="lines-heading">${msg('Ways to say no', {id: 'tips.lines.heading'})}</h3>
    <p>
      ${msg(
        'Say no quickly and clearly, then change the subject. You don’t owe anyone an explanation. Practise your line before you go.',
        {id: 'tips.lines.intro'},
      )}
    </p>
    ${group('honest', msg('Short and honest', {id: 'tips.lines.honest'}))}
    ${group('cover', msg('If you would rather not say why', {id: 'tips.lines.cover'}))}
    ${renderNotice(view.notice, 'lines')}
  </section>`;
}
