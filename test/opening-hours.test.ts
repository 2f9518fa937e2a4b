import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setLocale } from '../src/index.js';
import type { OpeningHours } from '../src/opening-hours.js';
import { OfficeClock, realTime } from '../src/internal/office-clock.js';
import { FakeClock } from './support/fake-clock.js';
import { text } from './support/text.js';

// The everyday group runs in Europe/Madrid: a visitor one hour ahead of the office.
const badge = (el: OpeningHours) => el.shadowRoot!.querySelector('[part="badge"]') as HTMLElement;
const statusRegions = (el: OpeningHours) => el.shadowRoot!.querySelectorAll('[role="status"]');

async function render(attrs: { now?: string; hours?: string; closures?: string; variant?: string }) {
  return fixture<OpeningHours>(html`<cabildo-opening-hours
    now=${attrs.now ?? ''}
    .hours=${attrs.hours ?? 'Mo-Fr 09:00-14:00; PH off'}
    .closures=${attrs.closures ?? ''}
    variant=${attrs.variant ?? 'badge'}
  ></cabildo-opening-hours>`);
}

describe('<cabildo-opening-hours>', () => {
  afterEach(() => setLocale('es'));

  const states: Array<[string, string, string, string]> = [
    ['open', '2026-12-02T10:00:00Z', 'Abierto · cierra a las 14:00 (hora de Canarias · 15:00 en tu hora)', 'Open · closes at 14:00 (Canary time · 15:00 your time)'],
    ['closing soon', '2026-12-02T13:45:00Z', 'Cierra pronto · a las 14:00 (hora de Canarias · 15:00 en tu hora)', 'Closing soon · at 14:00 (Canary time · 15:00 your time)'],
    ['closed', '2026-12-02T15:00:00Z', 'Cerrado · abre mañana a las 9:00 (hora de Canarias · 10:00 en tu hora)', 'Closed · opens tomorrow at 9:00 (Canary time · 10:00 your time)'],
    ['weekend', '2026-12-05T11:00:00Z', 'Cerrado · abre el lunes a las 9:00 (hora de Canarias · 10:00 en tu hora)', 'Closed · opens on Monday at 9:00 (Canary time · 10:00 your time)'],
    ['holiday', '2026-05-30T10:00:00Z', 'Cerrado por Día de Canarias · abre el lunes a las 9:00 (hora de Canarias · 10:00 en tu hora)', 'Closed for Canary Islands Day · opens on Monday at 9:00 (Canary time · 10:00 your time)'],
  ];
  for (const [name, now, es, en] of states) {
    it(`${name}: says "${es}" in Spanish and English, accessibly`, async () => {
      const el = await render({ now });
      expect(text(badge(el))).to.equal(es);
      expect(statusRegions(el)).to.have.length(1);
      await expect(el).to.be.accessible();
      await setLocale('en');
      await el.updateComplete;
      expect(text(badge(el))).to.equal(en);
      await expect(el).to.be.accessible();
    });
  }

  it('marks the state with a shape class as well as colour, and exposes `status`', async () => {
    const el = await render({ now: '2026-12-08T10:00:00Z' });
    expect(badge(el).classList.contains('closed')).to.be.true;
    expect(el.status?.open).to.be.false;
    expect(el.status?.holiday).to.equal('Inmaculada Concepción');
    expect(el.status?.nextChange?.toISOString()).to.equal('2026-12-09T00:00:00.000Z');
  });

  it('warns when the holidays of the year are not confirmed', async () => {
    const el = await render({ now: '2027-02-03T10:00:00Z' });
    expect(text(badge(el))).to.contain('Festivos de este año sin confirmar.');
    await expect(el).to.be.accessible();
  });

  it('works with other hours and closures (La Graciosa, a closed day)', async () => {
    const el = await render({ now: '2026-12-03T10:00:00Z', hours: 'Th 09:00-12:00; PH off' });
    expect(text(badge(el))).to.match(/^Abierto · cierra a las 12:00/);
    el.closures = '2026-12-03';
    await el.updateComplete;
    expect(text(badge(el))).to.match(/^Cerrado · abre el 10 de diciembre a las 9:00/);
  });

  describe('week variant', () => {
    for (const locale of ['es', 'en'] as const) {
      it(`shows the week with today marked and the closures of the next 30 days (${locale})`, async () => {
        await setLocale(locale);
        const el = await render({ now: '2026-12-08T10:00:00Z', variant: 'week', closures: '2026-12-24' });
        const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
        expect(rows).to.have.length(7);
        const today = el.shadowRoot!.querySelectorAll('tr[aria-current="date"]');
        expect(today).to.have.length(1);
        const items = [...el.shadowRoot!.querySelectorAll('.upcoming li')].map(text);
        if (locale === 'es') {
          expect(text(rows[0])).to.equal('lunes, 7 de diciembre 9:00–14:00');
          expect(text(today[0])).to.equal('martes, 8 de diciembre (hoy) Cerrado (Inmaculada Concepción)');
          expect(text(rows[5])).to.equal('sábado, 12 de diciembre Cerrado');
          expect(items).to.deep.equal([
            'martes, 8 de diciembre (Inmaculada Concepción)',
            'jueves, 24 de diciembre (cierre de la oficina)',
            'viernes, 25 de diciembre (Navidad)',
            // 2027 (provisional list): within the 30 days from 8 December.
            'viernes, 1 de enero (Año Nuevo)',
            'miércoles, 6 de enero (Epifanía del Señor)',
          ]);
        } else {
          expect(text(today[0])).to.equal('Tuesday 8 December (today) Closed (Immaculate Conception)');
          expect(items[1]).to.equal('Thursday 24 December (office closure)');
        }
        await expect(el).to.be.accessible();
      });
    }

    it('says when there are no closures coming', async () => {
      const el = await render({ now: '2026-06-01T10:00:00Z', variant: 'week' });
      expect(text(el.shadowRoot!.querySelector('.upcoming'))).to.equal('Cierres en los próximos 30 días Ninguno.');
    });
  });

  describe('live', () => {
    let fake: FakeClock;
    beforeEach(() => {
      fake = new FakeClock(Date.parse('2026-12-02T13:00:00Z'));
      OfficeClock.source = fake;
    });
    afterEach(() => {
      OfficeClock.source = realTime;
    });

    it('re-renders exactly at each change and announces each new state once', async () => {
      const el = await render({});
      const region = statusRegions(el)[0];
      expect(text(region)).to.match(/^Abierto · cierra a las 14:00/);
      const changes: string[] = [];
      const record = () => changes.push(text(statusRegions(el)[0]));
      const observer = new MutationObserver(record);
      observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
      // Mutations not yet handed to the observer's callback, taken now instead of waiting for it.
      const takePending = () => void (observer.takeRecords().length && record());

      el.requestUpdate();
      await el.updateComplete;
      takePending();
      expect(changes, 'no change without a new state').to.deep.equal([]);

      fake.runNext();
      await el.updateComplete;
      expect(new Date(fake.time).toISOString()).to.equal('2026-12-02T13:30:00.000Z');
      expect(text(statusRegions(el)[0])).to.match(/^Cierra pronto · a las 14:00/);

      fake.runNext();
      await el.updateComplete;
      expect(new Date(fake.time).toISOString()).to.equal('2026-12-02T14:00:00.000Z');
      expect(text(statusRegions(el)[0])).to.match(/^Cerrado · abre mañana a las 9:00/);
      takePending();
      observer.disconnect();
      // What a screen reader hears: the region's text each time it differs from what it said before.
      const said = changes.filter((t, i) => i === 0 || t !== changes[i - 1]);
      expect(said.map((t) => t.split(' (')[0]), 'each state announced once, in order').to.deep.equal([
        'Cierra pronto · a las 14:00',
        'Cerrado · abre mañana a las 9:00',
      ]);
      expect(statusRegions(el)[0] === region).to.be.true;
    });

    it('re-renders when the tab becomes visible again', async () => {
      const el = await render({});
      fake.time = Date.parse('2026-12-02T15:00:00Z');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(text(badge(el))).to.match(/^Cerrado · abre mañana/);
    });

    it('reports a bad `now` and uses the real clock', async () => {
      const el = document.createElement('cabildo-opening-hours');
      el.setAttribute('now', 'ayer');
      const error = oneEvent(el, 'cabildo-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.code).to.equal('invalid-now');
      expect(text(badge(el))).to.match(/^Abierto · cierra a las 14:00/);
      el.remove();
    });

    it('reports each problem once however often it re-renders, and again only after it was fixed and came back', async () => {
      const events: string[] = [];
      const el = document.createElement('cabildo-opening-hours');
      el.addEventListener('cabildo-error', (e) => events.push(e.detail.code));
      el.setAttribute('now', 'ayer');
      el.hours = 'Mo-Fx 09:00-14:00';
      document.body.append(el);
      await el.updateComplete;
      for (let n = 0; n < 3; n++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      expect(events.sort()).to.deep.equal(['invalid-hours', 'invalid-now']);
      el.hours = 'Mo-Fr 09:00-14:00';
      await el.updateComplete;
      el.hours = 'Mo-Fx 09:00-14:00';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(events.sort()).to.deep.equal(['invalid-hours', 'invalid-hours', 'invalid-now']);
      el.remove();
    });

    it('falls back to the office hours when hours is removed or set to undefined, as with no attribute', async () => {
      const el = await fixture<OpeningHours>(html`<cabildo-opening-hours hours="Mo-Su off" now="2026-12-02T10:00:00Z"></cabildo-opening-hours>`);
      expect(text(badge(el))).to.match(/^Cerrado/);
      const errors: string[] = [];
      el.addEventListener('cabildo-error', (e) => errors.push(e.detail.code));
      el.removeAttribute('hours');
      await el.updateComplete;
      expect(text(badge(el))).to.match(/^Abierto · cierra a las 14:00/);
      el.hours = 'Mo-Su off';
      await el.updateComplete;
      (el as unknown as { hours: string | undefined }).hours = undefined;
      await el.updateComplete;
      expect(text(badge(el))).to.match(/^Abierto · cierra a las 14:00/);
      expect(errors).to.deep.equal([]);
    });

    it('takes `now` only as ISO 8601: with an offset, or without one as Canary time', async () => {
      for (const bad of ['Dec 25 2026', '2026-02-30T10:00', '2026-12-02T24:00', '2026-12-02 10:00', '12/02/2026']) {
        const el = document.createElement('cabildo-opening-hours');
        el.setAttribute('now', bad);
        const error = oneEvent(el, 'cabildo-error');
        document.body.append(el);
        expect((await error).detail.code, bad).to.equal('invalid-now');
        el.remove();
      }
      const cases: Array<[string, RegExp]> = [
        ['2026-12-02T09:30+00:00', /^Abierto · cierra a las 14:00/],
        ['2026-12-02T12:45:00.000-01:00', /^Cierra pronto · a las 14:00/],
        ['2026-12-02T08:30', /^Cerrado · abre hoy a las 9:00/],
        ['2026-12-02', /^Cerrado · abre hoy a las 9:00/],
      ];
      for (const [now, expected] of cases) {
        const el = await fixture<OpeningHours>(html`<cabildo-opening-hours now=${now}></cabildo-opening-hours>`);
        expect(text(badge(el)), now).to.match(expected);
      }
    });
  });

  describe('bad input', () => {
    const malformed: Array<[string, number]> = [
      ['', 1],
      ['   ', 4],
      ['Mo-Fr', 6],
      ['Xx 09:00-14:00', 1],
      ['Lunex-Vi 09:00-14:00', 1],
      ['Mo-Fx 09:00-14:00', 4],
      ['Mo-Fr 9:0-14:00', 7],
      ['de lunes a viernes de 9 a 14 y sábados por la mañana', 40],
      ['Mo-Fr 14:00-09:00', 7],
      ['Mo-Fr 25:00-26:00', 7],
      ['Mo-Fr 09:60-14:00', 7],
      ['Mo-Fr 09:00-14:00 foo', 19],
      ['Mo-Fr 09:00-14:00;;', 19],
      ['Mo-Fr 09:00', 12],
      ['Mo-Fr 09:00-', 13],
      ['Feb 30 off', 5],
      ['2026 Foo 01 off', 6],
      ['Mo-Fr 09:00-14:00 PH off', 19],
      ['2026 Aug 01-2025 Aug 15 off', 12],
    ];
    for (const [hours, column] of malformed) {
      it(`hours=${JSON.stringify(hours)}: fallback and cabildo-error at column ${column}`, async () => {
        const el = document.createElement('cabildo-opening-hours');
        el.hours = hours;
        el.now = '2026-12-02T10:00:00Z';
        const error = oneEvent(el, 'cabildo-error');
        document.body.append(el);
        const { detail } = await error;
        await el.updateComplete;
        expect(detail.code).to.equal('invalid-hours');
        expect(detail.message).to.contain(`columna ${column}:`);
        const fallback = el.shadowRoot!.querySelector('[part="fallback"]');
        expect(text(fallback)).to.equal('Horario no disponible Consulta el horario llamando al 928 81 01 00.');
        expect(fallback!.querySelector('a')!.getAttribute('href')).to.equal('tel:+34928810100');
        expect(el.status).to.equal(null);
        el.remove();
      });
    }

    it('shows the fallback for bad closures, in both locales, accessibly, and recovers when fixed', async () => {
      const el = document.createElement('cabildo-opening-hours');
      el.closures = '2026-12-24,mañana';
      el.now = '2026-12-02T10:00:00Z';
      const error = oneEvent(el, 'cabildo-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.code).to.equal('invalid-closures');
      expect(detail.message).to.contain('columna 12:');
      await expect(el).to.be.accessible();
      await setLocale('en');
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part="fallback"]'))).to.equal(
        'Opening hours not available For the hours, call 928 81 01 00.',
      );
      await expect(el).to.be.accessible();
      el.closures = '2026-12-24';
      await el.updateComplete;
      expect(text(badge(el))).to.match(/^Open · closes at 14:00/);
      el.remove();
    });
  });
});
