import { expect, fixture, html } from '@open-wc/testing';
import '../src/tramite-finder.js';
import type { TramiteFinder } from '../src/tramite-finder.js';
import type { CabildoErrorDetail } from '../src/internal/events.js';
import { setLocale } from '../src/internal/localization.js';
import { BUILT_IN_CATALOGUE } from '../src/data/catalogue.js';
import { detailsFiles } from '../src/data/built-in-catalogue.js';
import { INDEX } from '../src/generated/catalogue/index.js';
import { DETAILS as ES } from '../src/generated/catalogue/details-es.js';
import { DETAILS as EN } from '../src/generated/catalogue/details-en.js';
import { until } from './support/until.js';

// The built-in catalogue comes in parts: the list and search first, each language's steps and documents when a
// procedure is opened (scripts/split-catalogue.mjs). Module state (what was fetched) is this file's own: order matters.

const $ = (el: TramiteFinder, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const open = (el: TramiteFinder, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.result-link[data-id="${id}"]`)!.click();

describe('built-in catalogue in parts', () => {
  afterEach(() => setLocale('es'));

  it('the parts put together are the catalogue (run npm run catalogue after editing src/data/catalogue.ts)', () => {
    const rebuilt = INDEX.tramites.map(({ elsewhere, ...t }) => {
      const [es, en] = [ES[t.id], EN[t.id]];
      return {
        ...t,
        audience: { es: es.audience, en: en.audience },
        bring: { es: es.bring, en: en.bring },
        steps: { es: es.steps, en: en.steps },
        appointment: es.appointment,
        ...(elsewhere && { elsewhere: { by: elsewhere.by, help: { es: es.help, en: en.help } } }),
      };
    });
    const original = BUILT_IN_CATALOGUE.tramites.map(({ confirm: _c, sources: _s, ...t }) => t);
    expect(JSON.parse(JSON.stringify(rebuilt))).to.deep.equal(JSON.parse(JSON.stringify(original)));
    expect(INDEX.categories).to.deep.equal(BUILT_IN_CATALOGUE.categories);
  });

  it('says when the steps and documents cannot be fetched, with a localised message, a cabildo-error and the office contacts', async () => {
    const fetch = detailsFiles.fetch;
    detailsFiles.fetch = () => Promise.reject(new Error('offline'));
    const errors: CabildoErrorDetail[] = [];
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder @cabildo-error=${(e: CustomEvent<CabildoErrorDetail>) => errors.push(e.detail)}></cabildo-tramite-finder>`);
      open(el, 'acreditacion-certificado-digital');
      await el.updateComplete;
      const detail = $(el, '.detail')!;
      expect(detail.querySelector('h3')!.textContent).to.equal('Certificado digital: acreditar tu identidad');
      expect(detail.querySelector('[role="alert"]')!.textContent).to.contain('no podemos mostrar los pasos y documentos');
      expect(detail.querySelector('a[href^="tel:"]')).to.exist;
      expect(errors.map((e) => e.code)).to.deep.equal(['catalogue-details']);
      await expect(el).to.be.accessible();
      // Back and open again: tried again, and this time they come.
      detailsFiles.fetch = fetch;
      ($(el, '.back') as HTMLButtonElement).click();
      await el.updateComplete;
      open(el, 'acreditacion-certificado-digital');
      await el.updateComplete;
      expect($(el, '.detail')!.querySelectorAll('ol li').length).to.equal(4);
    } finally {
      detailsFiles.fetch = fetch;
      console.warn = warn;
    }
  });

  it('shows a loading state where the steps will be, then the steps, with the title where it was', async () => {
    const fetch = detailsFiles.fetch;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    detailsFiles.fetch = (lang) => gate.then(() => fetch(lang));
    try {
      setLocale('en');
      const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder q="dni"></cabildo-tramite-finder>`);
      open(el, 'dni');
      await until(() => $(el, '.details-loading'));
      const title = $(el, '#detail-title')!;
      const top = title.getBoundingClientRect().top;
      expect(title.textContent).to.equal('Spanish ID card (DNI): get or renew it');
      expect($(el, '.detail')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.details-loading')!.textContent).to.contain('Loading');
      release();
      await el.updateComplete;
      expect($(el, '.details-loading')).to.equal(null);
      expect($(el, '.detail')!.textContent).to.contain(EN.dni.help!);
      expect($(el, '#detail-title')!.getBoundingClientRect().top).to.equal(top);
    } finally {
      detailsFiles.fetch = fetch;
    }
  });
});
