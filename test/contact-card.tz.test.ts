// The card's status, clock, week and closures are the badge's answers, the same in every visitor zone.
import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '../src/index.js';
import type { ContactCard } from '../src/contact-card.js';
import { itRunsInItsZone } from './support/zone.js';
import { text } from './support/text.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const $ = (el: ContactCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function card(now: string, office = 'arrecife'): Promise<ContactCard> {
  const el = await fixture<ContactCard>(html`<cabildo-contact-card office=${office} now=${now}></cabildo-contact-card>`);
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  document.documentElement.lang = 'es';
  await setLocale('es');
});

describe(`<cabildo-contact-card> hours in ${zone}`, () => {
  itRunsInItsZone();
  const cases: Array<[office: string, now: string, status: string, clock: string]> = [
    // Winter: Canary time = UTC.
    ['arrecife', '2026-12-02T10:00:00Z', 'Abierto · cierra a las 14:00', '10:00'],
    ['arrecife', '2026-12-02T13:40:00Z', 'Cierra pronto · a las 14:00', '13:40'],
    ['arrecife', '2026-12-04T14:30:00Z', 'Cerrado · abre el lunes a las 9:00', '14:30'],
    ['arrecife', '2026-12-08T10:00:00Z', 'Cerrado por Inmaculada Concepción · abre mañana a las 9:00', '10:00'],
    // Summer: Canary time = UTC+1; 13:00 Canary is 14:00 in Madrid, where a visitor's own clock would say "closed".
    ['arrecife', '2026-05-29T12:00:00Z', 'Abierto · cierra a las 14:00', '13:00'],
    ['la-graciosa', '2026-12-03T10:00:00Z', 'Abierto · cierra a las 12:00', '10:00'],
    ['la-graciosa', '2026-12-02T10:00:00Z', 'Cerrado · abre mañana a las 9:00', '10:00'],
  ];
  for (const [office, now, status, clock] of cases) {
    it(`${office} at ${now}: "${status}", ${clock} at the office`, async () => {
      const el = await card(now, office);
      expect(text($(el, '.status'))).to.equal(status);
      expect(text($(el, '.clock'))).to.equal(`Hora actual en la oficina: ${clock} (hora de Canarias)`);
    });
  }

  it('lists the regular week and the closures of the next 30 days, holidays by name', async () => {
    const el = await card('2026-12-02T10:00:00Z');
    expect(text($(el, '.hours'))).to.equal('Atención presencial: Lunes a viernes, 9:00–14:00 (hora de Canarias)');
    const closures = [...el.shadowRoot!.querySelectorAll('.closures li')].map(text);
    expect(closures).to.deep.equal(['martes, 8 de diciembre (Inmaculada Concepción)', 'viernes, 25 de diciembre (Navidad)']);
  });

  it('says the same in English', async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
    const el = await card('2026-12-08T10:00:00Z');
    expect(text($(el, '.status'))).to.equal('Closed for Immaculate Conception · opens tomorrow at 9:00');
    expect(text($(el, '.hours'))).to.equal('In person: Monday to Friday, 9:00–14:00 (Canary time)');
  });
});
