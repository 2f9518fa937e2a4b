// Registers every element of the library and re-exports its public API.
export { setLocale, getLocale, resolveLocale, type CabildoLocale } from './internal/localization.js';
export { CabildoElement } from './internal/cabildo-element.js';
export type { CabildoErrorDetail } from './internal/events.js';
export { VERSION } from './internal/version.js';
export { OFFICES, ARRECIFE, LA_GRACIOSA, type Office, type OfficeId } from './data/office.js';
import './satisfaction-survey.js';
export {
  SatisfactionSurvey, type SurveyEnvironment, type SurveySentDetail, type SurveyQueuedDetail,
} from './satisfaction-survey.js';
export type { SurveyPayload, SurveyAnswers } from './core/survey.js';
