/**
 * iop-widgets: registers every widget tag and exports the classes, types and language controls.
 * Importing this module never configures localization by itself; call `followPageLanguage()` or
 * `setLocale()` once when the widgets should speak the page's language.
 */
import './widgets/clinic/define.js';
import './widgets/program-explainer/define.js';
import './widgets/care-quiz/define.js';
import './widgets/sober-tips/define.js';
import './widgets/buddy-signup/define.js';

export {IopElement, type ClinicDetails} from './core/iop-element.js';
export {regions, type Region} from './core/regions.js';
export {IopClinic} from './widgets/clinic/clinic.js';
export {IopProgramExplainer} from './widgets/program-explainer/program-explainer.js';
export {
  IopCareQuiz,
  type QuizCompleteDetail,
  type QuizStepDetail,
} from './widgets/care-quiz/care-quiz.js';
export {
  assessCare,
  careLevels,
  type CareAssessment,
  type CareLevel,
  type QuizAnswers,
} from './widgets/care-quiz/assess.js';
export {
  IopSoberTips,
  type Occasion,
  type PlanExportFormat,
} from './widgets/sober-tips/sober-tips.js';
export {IopBuddySignup} from './widgets/buddy-signup/buddy-signup.js';
export type {
  BuddyErrorDetail,
  BuddyErrorReason,
  BuddySentDetail,
  BuddySubmitDetail,
} from './widgets/buddy-signup/events.js';
export type {SignupData} from './widgets/buddy-signup/fields.js';
export {
  checkEndpoint,
  deliver,
  payloadSchema,
  type SignupPayload,
  type DeliveryOptions,
  type DeliveryProgress,
  type DeliveryResult,
} from './widgets/buddy-signup/delivery.js';
export {
  followPageLanguage,
  getLocale,
  matchLocale,
  setLocale,
  supportedLocales,
  type SupportedLocale,
} from './localization/localization.js';
