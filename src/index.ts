// Registers every element of the library and re-exports its public API.
export { setLocale, getLocale, resolveLocale, type CabildoLocale } from './internal/localization.js';
export { CabildoElement } from './internal/cabildo-element.js';
export type { CabildoErrorDetail } from './internal/events.js';
export { VERSION } from './internal/version.js';
export { OFFICES, ARRECIFE, LA_GRACIOSA, type Office, type OfficeId } from './data/office.js';
import './tramite-finder.js';
export { TramiteFinder, type TramiteFinderSearchDetail, type TramiteFinderSelectDetail } from './tramite-finder.js';
export { BUILT_IN_CATALOGUE } from './data/catalogue.js';
export { checkCatalogue, type Catalogue, type Tramite } from './core/catalogue.js';
