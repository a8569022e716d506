import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ClinicDetails} from '../../../core/iop-element.js';
import type {HelpRegion} from '../../../core/regions.js';
import {clinicName, questionsToAsk} from '../texts.js';

/** The clinic's call and intake buttons, when configured. */
export function renderContact(clinic: ClinicDetails): HTMLTemplateResult | typeof nothing {
  if (!clinic.phone && !clinic.intakeUrl) return nothing;
  const name = clinicName(clinic);
  const phone = clinic.phone?.text;
  return html`<h3>${msg(str`Talk with ${name}`, {id: 'quiz.result.talk-with'})}</h3>
    <div class="actions">
      ${
        clinic.phone
          ? html`<a class="button" part="button" href=${clinic.phone.href}
              >${msg(str`Call ${phone}`, {id: 'quiz.result.call'})}</a
            >`
          : nothing
      }
      ${
        clinic.intakeUrl
          ? html`<a class="button secondary" part="button" href=${clinic.intakeUrl}
              >${msg('Start intake online', {id: 'quiz.result.intake'})}</a
            >`
          : nothing
      }
    </div>`;
}

/** Questions worth asking a program when you call (content reference 2.7). */
export function renderQuestionsToAsk(region: HelpRegion): HTMLTemplateResult {
  return html`<h3>${msg('Questions to ask when you call', {id: 'quiz.result.ask-title'})}</h3>
    <ul>
      ${questionsToAsk().map((question) => html`<li>${question}</li>`)}
    </ul>
    <p>
      ${
        region === 'US'
          ? msg(
              'If a program cannot see you within 48 hours, try another one. If there is a waiting list, ask what help you can get while you wait.',
              {id: 'quiz.result.ask-wait'},
            )
          : msg('If there is a waiting list, ask what help you can get while you wait.', {
              id: 'quiz.result.ask-wait-any',
            })
      }
    </p>`;
}
