import { TramiteFinder } from './components/tramite-finder/tramite-finder.component.js';

TramiteFinder.define('cabildo-tramite-finder');

export * from './components/tramite-finder/tramite-finder.component.js';
export type { Catalogue, Tramite, Category, Channel, Appointment, LocalizedText, LocalizedList } from './core/catalogue.js';

declare global {
  interface HTMLElementTagNameMap {
    'cabildo-tramite-finder': TramiteFinder;
  }
}
