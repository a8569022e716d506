import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {isolate} from '../../../core/bidi.js';
import type {ClinicDetails} from '../../../core/iop-element.js';

/** "Want help with your plan?" with the clinic's phone, when one is configured. */
export function renderHelp({name, phone}: ClinicDetails): HTMLTemplateResult | typeof nothing {
  if (!phone) return nothing;
  return html`<p class="help">
    ${
      name
        ? msg(str`Want help with your plan? Call ${isolate(name)}:`, {id: 'tips.help-named'})
        : msg('Want help with your plan? Call us:', {id: 'tips.help'})
    }
    <a href=${phone.href}>${phone.text}</a>
  </p>`;
}
