import {msg} from '@lit/localize';

/**
 * What the live region says when the quiz changes view. Apart from `texts.ts`, whose words only
 * the result needs: those load with it, after the first render.
 */
export const quizText = {
  /** Also the label of "See my result" while the result's code loads. */
  preparing: () => msg('Preparing your result…', {id: 'quiz.preparing-result'}),
  resultReady: () => msg('Your result is ready.', {id: 'quiz.result.ready'}),
  cleared: () => msg('Your answers are cleared.', {id: 'quiz.exit.cleared'}),
};
