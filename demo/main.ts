// The demo page: loads every widget from the sources, switches the page language, and lists the widgets still to come.
import '../src/index.js';

const WIDGET_NAMES: Record<string, { es: string; en: string }> = {
  'cabildo-opening-hours': { es: 'Horario de apertura', en: 'Opening hours' },
  'cabildo-tramite-finder': { es: 'Buscador de trámites', en: 'Procedure finder' },
  'cabildo-contact-card': { es: 'Tarjeta de contacto', en: 'Contact card' },
  'cabildo-satisfaction-survey': { es: 'Encuesta de satisfacción', en: 'Satisfaction survey' },
  'cabildo-whatsapp-button': { es: 'Botón de WhatsApp', en: 'WhatsApp button' },
};

type Lang = 'es' | 'en';

// Remember the Spanish text of every translatable node once, then swap text (never HTML) on each change.
const spanish = new Map<Element, { text: string; label: string | null }>();
for (const el of document.querySelectorAll('[data-en], [data-en-aria-label]')) {
  spanish.set(el, { text: el.textContent ?? '', label: el.getAttribute('aria-label') });
}

function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const [el, es] of spanish) {
    const en = el.getAttribute('data-en');
    if (en !== null) el.textContent = lang === 'en' ? en : es.text;
    const enLabel = el.getAttribute('data-en-aria-label');
    if (enLabel !== null && es.label !== null) el.setAttribute('aria-label', lang === 'en' ? enLabel : es.label);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  document.title = lang === 'en' ? 'Citizen services · Cabildo de Lanzarote' : 'Atención Ciudadana · Cabildo de Lanzarote';
  renderComingSoon(lang);
}

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

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => applyLanguage(button.dataset.lang === 'en' ? 'en' : 'es'));
}

const initial = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'es';
applyLanguage(initial);
