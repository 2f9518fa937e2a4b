// The element's answer is the same in every visitor zone (only the "en tu hora" suffix depends on the zone).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/opening-hours.js';
import type { OpeningHours } from '../src/opening-hours.js';
import { itRunsInItsZone, testZone } from './support/zone.js';

const cases: Array<[string, string]> = [
  ['2026-03-27T13:45:00Z', 'Cierra pronto · a las 14:00'],
  ['2026-03-27T14:00:00Z', 'Cerrado · abre el lunes a las 9:00'],
  ['2026-03-29T01:00:00Z', 'Cerrado · abre mañana a las 9:00'],
  ['2026-10-26T08:59:59Z', 'Cerrado · abre hoy a las 9:00'],
  ['2026-10-26T09:00:00Z', 'Abierto · cierra a las 14:00'],
  ['2026-09-15T10:00:00Z', 'Cerrado por Nuestra Señora de los Volcanes · abre mañana a las 9:00'],
];

describe(`<cabildo-opening-hours> in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  itRunsInItsZone();
  for (const [now, expected] of cases) {
    it(`${now}: "${expected}"`, async () => {
      const el = await fixture<OpeningHours>(html`<cabildo-opening-hours now=${now}></cabildo-opening-hours>`);
      expect(el.shadowRoot!.querySelector('.text')!.textContent).to.equal(expected);
    });
  }

  // A `now` without an offset is office (Canary) time on every computer.
  const wall: Array<[string, string]> = [
    ['2026-12-02T09:30', 'Abierto · cierra a las 14:00'],
    ['2026-07-01T13:45', 'Cierra pronto · a las 14:00'],
    ['2026-07-01T08:59:59', 'Cerrado · abre hoy a las 9:00'],
    ['2026-03-29T10:00', 'Cerrado · abre mañana a las 9:00'],
  ];
  for (const [now, expected] of wall) {
    it(`now=${now} (Canary wall time): "${expected}"`, async () => {
      const el = await fixture<OpeningHours>(html`<cabildo-opening-hours now=${now}></cabildo-opening-hours>`);
      expect(el.shadowRoot!.querySelector('.text')!.textContent).to.equal(expected);
    });
  }

  // A holiday names the closure only when it leaves the day without hours.
  const holidayCases: Array<[string, string, string]> = [
    ['Mo-Fr 09:00-14:00; PH off', '2026-12-08T08:00:00Z', 'Cerrado por Inmaculada Concepción · abre mañana a las 9:00'],
    ['Mo-Fr 09:00-14:00', '2026-12-08T08:00:00Z', 'Cerrado · abre hoy a las 9:00'],
    ['Mo-Fr 09:00-14:00; PH 10:00-12:00', '2026-12-08T09:30:00Z', 'Cerrado · abre hoy a las 10:00'],
  ];
  for (const [hours, now, expected] of holidayCases) {
    it(`hours="${hours}" at ${now}: "${expected}"`, async () => {
      const el = await fixture<OpeningHours>(html`<cabildo-opening-hours hours=${hours} now=${now}></cabildo-opening-hours>`);
      expect(el.shadowRoot!.querySelector('.text')!.textContent).to.equal(expected);
    });
  }

  // The one zone-dependent part: the visitor's own clock time of the closing hour (14:00 Canary = 14:00 UTC here).
  const theirs: Record<string, string> = {
    'Atlantic/Canary': '(hora de Canarias)',
    'Europe/Madrid': '(hora de Canarias · 15:00 en tu hora)',
    'America/New_York': '(hora de Canarias · 10:00 en tu hora)',
    'Asia/Tokyo': '(hora de Canarias · 23:00 en tu hora)',
    'Pacific/Kiritimati': '(hora de Canarias · 4:00 en tu hora)',
  };
  it(`adds the visitor's own time as seen in ${testZone}`, async () => {
    const el = await fixture<OpeningHours>(html`<cabildo-opening-hours now="2026-10-26T09:00:00Z"></cabildo-opening-hours>`);
    const zone = el.shadowRoot!.querySelector('.zone')!.textContent!.replace(/\s+/g, ' ');
    expect(zone).to.equal(theirs[testZone]);
  });
});
