// The demo page: loads every widget from the sources, switches the page language, and lists the widgets still to come.
// First: the page calendar demo switches (?ahora, ?calendario=roto), before any widget renders.
import './calendar.js';
import '../src/index.js';
import { languageSwitch, type Lang } from './language.js';

const WIDGET_NAMES: Record<string, { es: string; en: string }> = {
  'cabildo-opening-hours': { es: 'Horario de apertura', en: 'Opening hours' },
  'cabildo-tramite-finder': { es: 'Buscador de trámites', en: 'Procedure finder' },
  'cabildo-contact-card': { es: 'Tarjeta de contacto', en: 'Contact card' },
  'cabildo-satisfaction-survey': { es: 'Encuesta de satisfacción', en: 'Satisfaction survey' },
  'cabildo-whatsapp-button': { es: 'Botón de WhatsApp', en: 'WhatsApp button' },
};

function renderComingSoon(lang: Lang): void {
  const missing = Object.keys(WIDGET_NAMES).filter((tag) => !customElements.get(tag));
  for (const holder of document.querySelectorAll<HTMLElement>('[data-widget]')) {
    holder.hidden = !customElements.get(holder.dataset.widget ?? '');
  }
  const coming = document.querySelector<HTMLElement>('.coming');
  const list = coming?.querySelector('ul');
  if (!coming || !list) return;
  coming.hidden = missing.length === 0;
  list.replaceChildren(...missing.map((tag) => Object.assign(document.createElement('li'), { textContent: WIDGET_NAMES[tag][lang] })));
}

languageSwitch(
  { en: 'Citizen services · Cabildo de Lanzarote', es: 'Atención Ciudadana · Cabildo de Lanzarote' },
  renderComingSoon,
);
