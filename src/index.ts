/**
 * iop-widgets: registers every widget tag and exports the classes, types and language controls.
 * Importing this module never configures localization by itself; call `followPageLanguage()` or
 * `setLocale()` once when the widgets should speak the page's language.
 */
import './widgets/clinic/define.js';
import './widgets/program-explainer/define.js';

export {IopElement, type ClinicDetails} from './core/iop-element.js';
export {regions, type Region} from './core/regions.js';
export {IopClinic} from './widgets/clinic/clinic.js';
export {IopProgramExplainer} from './widgets/program-explainer/program-explainer.js';
export {
  followPageLanguage,
  getLocale,
  matchLocale,
  setLocale,
  supportedLocales,
  type SupportedLocale,
} from './localization/localization.js';
