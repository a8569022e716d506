/**
 * `<iop-care-quiz>`; `onQuizStart`, `onQuizStep` and `onQuizComplete` receive its events.
 *
 * A React component made with `@lit/react`. Importing this module registers `<iop-care-quiz>` and no
 * other widget, so an app bundles only the widgets it imports. Props are the element's properties
 * (camelCase); each custom event is an `on…` prop whose handler receives the typed `CustomEvent`.
 *
 * @example
 * import {IopCareQuiz} from 'iop-widgets/react/care-quiz';
 *
 * <IopCareQuiz clinicName="Harbor Recovery" onQuizComplete={(event) => console.log(event.detail.level)} />
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {IopCareQuiz as IopCareQuizElement} from '../widgets/care-quiz/define.js';

/** `<iop-care-quiz>`; `onQuizStart`, `onQuizStep` and `onQuizComplete` receive its events. */
export const IopCareQuiz = createComponent({
  react: React,
  tagName: 'iop-care-quiz',
  elementClass: IopCareQuizElement,
  displayName: 'IopCareQuiz',
  events: {
    onQuizStart: 'iop-quiz-start' as EventName<GlobalEventHandlersEventMap['iop-quiz-start']>,
    onQuizStep: 'iop-quiz-step' as EventName<GlobalEventHandlersEventMap['iop-quiz-step']>,
    onQuizComplete: 'iop-quiz-complete' as EventName<
      GlobalEventHandlersEventMap['iop-quiz-complete']
    >,
  },
});

export type {QuizCompleteDetail, QuizStepDetail} from '../widgets/care-quiz/care-quiz.js';
