/**
 * iop-widgets for React: one component per widget, made with `@lit/react`. Importing this module
 * registers the tags. Properties are set as element properties (`clinicName`, `phone`, `hidePlan`,
 * …) and each custom event is an `on…` prop whose handler receives the typed `CustomEvent`.
 *
 * @example
 * import {IopCareQuiz} from 'iop-widgets/react';
 *
 * <IopCareQuiz clinicName="Harbor Recovery" phone="(555) 010-4477"
 *   onQuizComplete={(event) => console.log(event.detail.level)} />
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import '../widgets/clinic/define.js';
import '../widgets/program-explainer/define.js';
import '../widgets/care-quiz/define.js';
import '../widgets/sober-tips/define.js';
import '../widgets/buddy-signup/define.js';
import {IopClinic as IopClinicElement} from '../widgets/clinic/clinic.js';
import {IopProgramExplainer as IopProgramExplainerElement} from '../widgets/program-explainer/program-explainer.js';
import {IopCareQuiz as IopCareQuizElement} from '../widgets/care-quiz/care-quiz.js';
import {IopSoberTips as IopSoberTipsElement} from '../widgets/sober-tips/sober-tips.js';
import {IopBuddySignup as IopBuddySignupElement} from '../widgets/buddy-signup/buddy-signup.js';

/** The typed name of a widget event, for `@lit/react`'s `events` map. */
type Fires<K extends keyof GlobalEventHandlersEventMap> = EventName<GlobalEventHandlersEventMap[K]>;

/** `<iop-clinic>`: shares clinic name, phone, intake link and region with the widgets inside it. */
export const IopClinic = createComponent({
  react: React,
  tagName: 'iop-clinic',
  elementClass: IopClinicElement,
  displayName: 'IopClinic',
});

/** `<iop-program-explainer>`; `onCta` receives `iop-cta` (`{action: 'call' | 'intake'}`). */
export const IopProgramExplainer = createComponent({
  react: React,
  tagName: 'iop-program-explainer',
  elementClass: IopProgramExplainerElement,
  displayName: 'IopProgramExplainer',
  events: {
    onCta: 'iop-cta' as Fires<'iop-cta'>,
  },
});

/** `<iop-care-quiz>`; `onQuizStart`, `onQuizStep` and `onQuizComplete` receive its events. */
export const IopCareQuiz = createComponent({
  react: React,
  tagName: 'iop-care-quiz',
  elementClass: IopCareQuizElement,
  displayName: 'IopCareQuiz',
  events: {
    onQuizStart: 'iop-quiz-start' as Fires<'iop-quiz-start'>,
    onQuizStep: 'iop-quiz-step' as Fires<'iop-quiz-step'>,
    onQuizComplete: 'iop-quiz-complete' as Fires<'iop-quiz-complete'>,
  },
});

/** `<iop-sober-tips>`; `onOccasionChange` and `onPlanExport` receive its events. */
export const IopSoberTips = createComponent({
  react: React,
  tagName: 'iop-sober-tips',
  elementClass: IopSoberTipsElement,
  displayName: 'IopSoberTips',
  events: {
    onOccasionChange: 'iop-occasion-change' as Fires<'iop-occasion-change'>,
    onPlanExport: 'iop-plan-export' as Fires<'iop-plan-export'>,
  },
});

/**
 * `<iop-buddy-signup>`; `onBuddySubmit` (cancelable, with `respondWith()`), `onBuddySent` and
 * `onBuddyError` receive its events.
 */
export const IopBuddySignup = createComponent({
  react: React,
  tagName: 'iop-buddy-signup',
  elementClass: IopBuddySignupElement,
  displayName: 'IopBuddySignup',
  events: {
    onBuddySubmit: 'iop-buddy-submit' as Fires<'iop-buddy-submit'>,
    onBuddySent: 'iop-buddy-sent' as Fires<'iop-buddy-sent'>,
    onBuddyError: 'iop-buddy-error' as Fires<'iop-buddy-error'>,
  },
});

export type {IopCtaDetail} from '../widgets/program-explainer/program-explainer.js';
export type {QuizCompleteDetail, QuizStepDetail} from '../widgets/care-quiz/care-quiz.js';
export type {Occasion, PlanExportFormat} from '../widgets/sober-tips/sober-tips.js';
export type {
  BuddyErrorDetail,
  BuddySentDetail,
  BuddySubmitDetail,
} from '../widgets/buddy-signup/buddy-signup.js';
