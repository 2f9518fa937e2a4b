// The demo pages' language switch: swaps text (never HTML) between Spanish and each node's data-en, sets <html lang>
// (which the widgets follow), and calls `then` with the language after each switch.
export type Lang = 'es' | 'en';

export function languageSwitch(titles: Record<Lang, string>, then: (lang: Lang) => void = () => {}): void {
  // Remember the Spanish text of every translatable node once.
  const spanish = new Map<Element, { text: string; label: string | null }>();
  for (const el of document.querySelectorAll('[data-en], [data-en-aria-label]')) {
    spanish.set(el, { text: el.textContent ?? '', label: el.getAttribute('aria-label') });
  }
  const apply = (lang: Lang) => {
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
    document.title = titles[lang];
    then(lang);
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.addEventListener('click', () => apply(button.dataset.lang === 'en' ? 'en' : 'es'));
  }
  apply(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'es');
}
