// The element's answer is the same in every visitor zone (only the "en tu hora" suffix depends on the zone).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/opening-hours.js';
import type { OpeningHours } from '../src/opening-hours.js';

const cases: Array<[string, string]> = [
  ['2026-03-27T13:45:00Z', 'Cierra pronto · a las 14:00'],
  ['2026-03-27T14:00:00Z', 'Cerrado · abre el lunes a las 9:00'],
  ['2026-03-29T01:00:00Z', 'Cerrado · abre mañana a las 9:00'],
  ['2026-10-26T08:59:59Z', 'Cerrado · abre hoy a las 9:00'],
  ['2026-10-26T09:00:00Z', 'Abierto · cierra a las 14:00'],
  ['2026-09-15T10:00:00Z', 'Cerrado por Nuestra Señora de los Volcanes · abre mañana a las 9:00'],
];

describe(`<cabildo-opening-hours> in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  for (const [now, expected] of cases) {
    it(`${now}: "${expected}"`, async () => {
      const el = await fixture<OpeningHours>(html`<cabildo-opening-hours now=${now}></cabildo-opening-hours>`);
      expect(el.shadowRoot!.querySelector('.text')!.textContent).to.equal(expected);
    });
  }
});
