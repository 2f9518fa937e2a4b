// The all-in-one CDN file (dist/cdn/cabildo-widgets.js): registers the five elements, as src/index.ts does, and
// exports what a page script may want (the language switch, the version, the element classes). The built-in
// catalogue's data is not exported here: the finder fetches it as a sibling file when a finder needs it, and English
// messages and the QR encoder come the same way (see rollup.config.js).
export {
  setLocale,
  getLocale,
  VERSION,
  WhatsappButton,
  OpeningHours,
  TramiteFinder,
  ContactCard,
  SatisfactionSurvey,
} from './index.js';
