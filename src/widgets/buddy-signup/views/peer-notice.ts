import {html, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {renderCrisisHelp} from '../../../core/crisis-help.js';
import type {HelpRegion} from '../../../core/regions.js';

/** The line every visitor sees: a buddy is a peer, and this is not a crisis service. */
export function peerNotice(region: HelpRegion): HTMLTemplateResult {
  return html`<div class="notice" part="notice">
    <p>
      <strong
        >${msg('A buddy is a peer, not a counselor. This is not a crisis service.', {
          id: 'buddy.notice.peer',
        })}</strong
      >
    </p>
    ${renderCrisisHelp(region, 'compact')}
  </div>`;
}
