import {msg} from '@lit/localize';

/**
 * What the live region says when the quiz changes view. Apart from `texts.ts`, whose words only
 * the result needs: those load with it, after the first render.
 */
export const quizText = {
  resultReady: () => msg('Your result is ready.', {id: 'quiz.result.ready'}),
  cleared: () => msg('Your answers are cleared.', {id: 'quiz.exit.cleared'}),
};
