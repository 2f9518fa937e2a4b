// The demo page: loads every widget from the sources and switches the page language.
// First: the page calendar demo switches (?ahora, ?calendario=roto), before any widget renders.
import './calendar.js';
import { reserveSpace } from '../src/internal/reserve-space.js';
import { languageSwitch } from './language.js';

// Each widget's space is kept until it has rendered, as the CDN files do on an editor's page.
reserveSpace();
// Each widget's code is its own module, as the autoloader loads them on an editor's page: the browser evaluates each
// in a task of its own. (One module of all five was one task of about 150 ms of evaluation at 4× CPU slowdown, and the
// page could not answer a tap meanwhile.) In page order: the header badge first, the floating button last.
void import('../src/opening-hours.js');
void import('../src/tramite-finder.js');
void import('../src/contact-card.js');
void import('../src/satisfaction-survey.js');
void import('../src/whatsapp-button.js');

languageSwitch({ en: 'Citizen services · Cabildo de Lanzarote', es: 'Atención Ciudadana · Cabildo de Lanzarote' });
