// Raw tags in React 19's JSX, typed by one import, and a wrapper; checked with `strict`.
import 'iop-widgets/jsx-react';
import 'iop-widgets/care-quiz';
import {IopCareQuiz} from 'iop-widgets/react/care-quiz';
import type {QuizCompleteDetail} from 'iop-widgets/react/care-quiz';

export function Page({onLevel}: {onLevel: (level: QuizCompleteDetail['level']) => void}) {
  return (
    <iop-clinic clinic-name="Harbor Recovery" phone="(555) 010-4477" region="US">
      <iop-care-quiz
        share-answers
        exit-url="https://example.org/"
        oniop-quiz-complete={(event) => onLevel(event.detail.level)}
        oniop-quiz-step={(event) => console.log(event.detail.index + 1, event.detail.total)}
      />
      <iop-program-explainer
        hours-per-week={12}
        tracks="morning evening"
        variant="compact"
        oniop-cta={(event) => {
          const action: 'call' | 'intake' = event.detail.action;
          console.log(action);
        }}
      />
      <iop-sober-tips occasion="wedding" hide-plan oniop-plan-export={(e) => e.detail.format} />
      <iop-buddy-signup endpoint="/buddies" oniop-buddy-submit={(e) => e.detail.respondWith} />
      <IopCareQuiz clinicName="Harbor Recovery" onQuizComplete={(e) => onLevel(e.detail.level)} />
      {/* @ts-expect-error: variant is 'full' or 'compact' */}
      <iop-program-explainer variant="huge" />
      {/* @ts-expect-error: the step's detail has no such field */}
      <iop-care-quiz oniop-quiz-step={(event) => event.detail.nope} />
      {/* @ts-expect-error: the listener takes the quiz's event, not the explainer's */}
      <iop-care-quiz
        oniop-quiz-complete={(event: GlobalEventHandlersEventMap['iop-cta']) => event}
      />
      {/* @ts-expect-error: share-answers is a boolean */}
      <iop-care-quiz share-answers="yes" />
      {/* @ts-expect-error: no such attribute */}
      <iop-sober-tips ocasion="party" />
    </iop-clinic>
  );
}
