import {html, nothing, type HTMLTemplateResult} from 'lit';

/** A short visible message under the refusal lines or the plan's buttons. */
export interface Notice {
  area: 'lines' | 'plan';
  text: string;
  problem: boolean;
}

/** The visible notice for `area`, if the current one belongs there. */
export function renderNotice(
  notice: Notice | undefined,
  area: Notice['area'],
): HTMLTemplateResult | typeof nothing {
  return notice?.area === area
    ? html`<p class="notice ${notice.problem ? 'error' : ''}">${notice.text}</p>`
    : nothing;
}
