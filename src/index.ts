// Registers every element of the library and re-exports its public API.
import { reserveSpace } from './internal/reserve-space.js';
// The all-in-one file: space is reserved for widgets the page adds later, before their first render (no shift).
reserveSpace();
export { setLocale, getLocale, resolveLocale, type CabildoLocale } from './internal/localization.js';
export { CabildoElement } from './internal/cabildo-element.js';
export type { CabildoErrorDetail } from './internal/events.js';
export { VERSION } from './internal/version.js';
export { OFFICES, ARRECIFE, LA_GRACIOSA, type Office, type OfficeId } from './data/office.js';
import './whatsapp-button.js';
export { WhatsappButton, type WhatsappOpenDetail } from './whatsapp-button.js';
import './opening-hours.js';
export { OpeningHours } from './opening-hours.js';
export {
  parseHours,
  officeStatus,
  type Hours,
  type OfficeStatus,
  type HoursSyntaxError,
  type Closure,
} from './core/schedule.js';
export { weekHours, upcomingClosures } from './core/week.js';
export { parseClosures, parseCalendar, type PageCalendar, type CalendarError } from './core/calendar.js';
export { HOLIDAYS, type Holiday, type HolidayYear } from './data/holidays.js';
import './contact-card.js';
export { ContactCard, type ContactCardLayout, type CopyTarget } from './contact-card.js';
import './tramite-finder.js';
export { TramiteFinder, type TramiteFinderSearchDetail, type TramiteFinderSelectDetail } from './tramite-finder.js';
export { BUILT_IN_CATALOGUE } from './data/catalogue.js';
export { checkCatalogue, type Catalogue, type Tramite } from './core/catalogue.js';
import './satisfaction-survey.js';
export {
  SatisfactionSurvey, type SurveyEnvironment, type SurveySentDetail, type SurveyQueuedDetail,
} from './satisfaction-survey.js';
export type { SurveyPayload, SurveyAnswers } from './core/survey.js';
