import {html, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';

/** The start: what the self-check is, how private it is, and Start. */
export function renderStart(shareAnswers: boolean, onStart: () => void): HTMLTemplateResult {
  return html`<h2 tabindex="-1" data-focus part="heading">
      ${msg('Which kind of care could help? A private self-check', {id: 'quiz.start.title'})}
    </h2>
    <p>
      ${msg(
        'Answer a few questions to see which kind of care may be worth asking about. It takes about 2 minutes.',
        {id: 'quiz.start.intro'},
      )}
    </p>
    <ul>
      <li>${msg('This is a self-check, not a diagnosis.', {id: 'quiz.start.not-diagnosis'})}</li>
      <li>
        ${
          shareAnswers
            ? msg('When you finish, this website receives your answers.', {
                id: 'quiz.start.shared',
              })
            : msg('This self-check does not send or save your answers.', {
                id: 'quiz.start.private',
              })
        }
      </li>
      <li>
        ${msg('We ask about safety first. Then about drinking, other drugs and your life.', {
          id: 'quiz.start.order',
        })}
      </li>
      <li>${msg('You can go back and change an answer at any time.', {id: 'quiz.start.back'})}</li>
    </ul>
    <div class="actions">
      <button part="button" @click=${onStart}>
        ${msg('Start the self-check', {id: 'quiz.start.button'})}
      </button>
    </div>`;
}
