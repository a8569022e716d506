import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {emergencyNumber, renderCrisisHelp} from '../../../core/crisis-help.js';
import type {HelpRegion} from '../../../core/regions.js';
import type {RedFlagId} from '../questions.js';

/** What to do for a withdrawal red flag (content reference, section 4). */
function renderWithdrawal(region: HelpRegion) {
  const number = emergencyNumber(region);
  return html`<p class="warning">
      <strong
        >${msg('Do not stop drinking or taking sedatives suddenly on your own.', {
          id: 'quiz.urgent.withdrawal-stop',
        })}</strong
      >
      ${msg(
        'Stopping suddenly can be dangerous. See a doctor or go to urgent care or the emergency room now. Ask about medically supervised withdrawal.',
        {id: 'quiz.urgent.withdrawal-see'},
      )}
    </p>
    <p>
      ${
        number
          ? msg(
              str`If you are confused, seeing or hearing things, or have a seizure, call ${number}.`,
              {id: 'quiz.urgent.withdrawal-call'},
            )
          : msg(
              'If you are confused, seeing or hearing things, or have a seizure, call your local emergency number.',
              {id: 'quiz.urgent.withdrawal-local'},
            )
      }
    </p>`;
}

/** What to do for an overdose red flag (content reference, section 4). */
function renderOverdose(region: HelpRegion) {
  const number = emergencyNumber(region);
  return html`<p class="warning">
      ${
        number
          ? msg(
              str`If someone is hard to wake or is breathing slowly, call ${number} now. Give naloxone if you have it. Stay with them, and lay them on their side.`,
              {id: 'quiz.urgent.overdose-call'},
            )
          : msg(
              'If someone is hard to wake or is breathing slowly, call your local emergency number now. Give naloxone if you have it. Stay with them, and lay them on their side.',
              {id: 'quiz.urgent.overdose-local'},
            )
      }
    </p>
    ${
      region === 'US'
        ? html`<p>
            ${msg('In many states, Good Samaritan laws protect people who call for help.', {
              id: 'quiz.urgent.good-samaritan',
            })}
          </p>`
        : nothing
    }`;
}

/**
 * The urgent-help panel for the red flags answered "yes": it says this is a screening tool, not a
 * diagnosis, then what to do for each flag, then the region's crisis help.
 * `headingLevel` fits the panel into the surrounding outline; its heading takes focus.
 */
export function renderUrgentPanel(
  flags: readonly RedFlagId[],
  region: HelpRegion,
  headingLevel: 2 | 3,
): HTMLTemplateResult {
  const title = msg('Please get help now', {id: 'quiz.urgent.title'});
  return html`<section class="urgent" part="urgent" aria-labelledby="urgent-heading">
    ${
      headingLevel === 2
        ? html`<h2 id="urgent-heading" tabindex="-1" data-focus part="heading">${title}</h2>`
        : html`<h3 id="urgent-heading">${title}</h3>`
    }
    <p>
      ${msg(
        'This self-check is a screening tool, not a diagnosis. But your answer means it is safest to get help now.',
        {id: 'quiz.urgent.intro'},
      )}
    </p>
    ${flags.includes('withdrawalDanger') ? renderWithdrawal(region) : nothing}
    ${flags.includes('overdose') ? renderOverdose(region) : nothing}
    <p>
      ${
        flags.includes('selfHarm')
          ? msg('If you might hurt yourself, reach out now. You do not have to face this alone.', {
              id: 'quiz.urgent.self-harm',
            })
          : msg('These lines can help, day and night.', {id: 'quiz.urgent.lines'})
      }
    </p>
    ${renderCrisisHelp(region)}
  </section>`;
}

/** The contents of the "Need help now?" disclosure, the same on every step. */
export function renderHelpNow(region: HelpRegion): HTMLTemplateResult {
  return html`<p>
      ${msg(
        'If you are thinking about hurting yourself, or you need someone to talk to, these lines can help, day and night.',
        {id: 'quiz.help.lines'},
      )}
    </p>
    ${renderCrisisHelp(region)}`;
}
