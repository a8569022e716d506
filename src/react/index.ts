/**
 * iop-widgets for React: one component per widget, made with `@lit/react`. Importing this module
 * registers every tag; import one widget's module (`iop-widgets/react/care-quiz`,
 * `iop-widgets/react/program-explainer`, `iop-widgets/react/sober-tips`,
 * `iop-widgets/react/buddy-signup`, `iop-widgets/react/clinic`) to register and bundle only that
 * one. Properties are set as element properties (`clinicName`, `phone`, `hidePlan`, …) and each
 * custom event is an `on…` prop whose handler receives the typed `CustomEvent`.
 *
 * @example
 * import {IopCareQuiz} from 'iop-widgets/react';
 *
 * <IopCareQuiz clinicName="Harbor Recovery" phone="(555) 010-4477"
 *   onQuizComplete={(event) => console.log(event.detail.level)} />
 */
export {IopClinic} from './clinic.js';
export {IopProgramExplainer, type IopCtaDetail} from './program-explainer.js';
export {IopCareQuiz, type QuizCompleteDetail, type QuizStepDetail} from './care-quiz.js';
export {IopSoberTips, type Occasion, type PlanExportFormat} from './sober-tips.js';
export {
  IopBuddySignup,
  type BuddyErrorDetail,
  type BuddySentDetail,
  type BuddySubmitDetail,
} from './buddy-signup.js';
