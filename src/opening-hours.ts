import { OpeningHours } from './components/opening-hours/opening-hours.component.js';

OpeningHours.define('cabildo-opening-hours');

export * from './components/opening-hours/opening-hours.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'cabildo-opening-hours': OpeningHours;
  }
}
