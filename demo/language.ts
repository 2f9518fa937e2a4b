// The demo pages' language switch: swaps text (never HTML) between Spanish and each node's data-en, sets <html lang>
// (which the widgets follow), and calls `then` with the language after each switch.
export type Lang = 'es' | 'en';

export function languageSwitch(titles: Record<Lang, string>, then: (lang: Lang) => void = () => {}): void {
  // Remember the Spanish text of every translatable node once.
  const spanish = new Map<Element, { text: string; label: string | null }>();
  for (const el of document.querySelectorAll('[data-en], [data-en-aria-label]')) {
    spanish.set(el, { text: el.textContent ?? '', label: el.getAttribute('aria-label') });
  }
  // Only what differs is written: the page as served is already Spanish, and rewriting its text as it loads would make
  // the browser lay it out again (the demo's start is measured by npm run perf).
  const apply = (lang: Lang) => {
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    for (const [el, es] of spanish) {
      const en = el.getAttribute('data-en');
      const text = lang === 'en' ? en : es.text;
      if (en !== null && text !== null && el.textContent !== text) el.textContent = text;
      const enLabel = el.getAttribute('data-en-aria-label');
      const label = lang === 'en' ? enLabel : es.label;
      if (enLabel !== null && label !== null && el.getAttribute('aria-label') !== label) el.setAttribute('aria-label', label);
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
