// The page's holiday calendar (<script type="application/json" id="cabildo-calendar">): one block, read by every widget
// that shows the office status, with the same answers in every visitor zone.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/opening-hours.js';
import '../src/whatsapp-button.js';
import '../src/contact-card.js';
import type { OpeningHours } from '../src/opening-hours.js';
import type { WhatsappButton } from '../src/whatsapp-button.js';
import type { ContactCard } from '../src/contact-card.js';
import { setLocale } from '../src/index.js';
import { silenceConsole } from './support/console.js';
import { text } from './support/text.js';
import { itRunsInItsZone } from './support/zone.js';

// The editor guides' snippet: the 2027 list as the BOC would publish it, plus Carnival Tuesday (a local day) and a
// closure. 2027 has no confirmed list in the library: the page's list replaces the provisional one.
const CALENDAR_2027 = `{
  "source": "Decreto de festivos 2027 (BOC), ejemplo",
  "holidays": {
    "2027-01-01": "Año Nuevo",
    "2027-01-06": "Epifanía del Señor",
    "2027-02-09": "Martes de Carnaval",
    "2027-03-25": "Jueves Santo",
    "2027-03-26": "Viernes Santo",
    "2027-05-31": "Día de Canarias",
    "2027-08-16": "Asunción de la Virgen",
    "2027-09-15": "Nuestra Señora de los Volcanes",
    "2027-11-01": "Todos los Santos",
    "2027-12-06": "Día de la Constitución",
    "2027-12-08": "Inmaculada Concepción"
  },
  "closures": ["2027-12-24", "2027-07-19..2027-07-20"]
}`;

let block: HTMLScriptElement | null = null;

/** Puts the page's calendar block in the document (as an editor pastes it), replacing any earlier one. */
function pageCalendar(json: string): void {
  block?.remove();
  block = document.createElement('script');
  block.type = 'application/json';
  block.id = 'cabildo-calendar';
  block.textContent = json;
  document.body.prepend(block);
}

/** The three widgets that show the office status, at `now`, with the cabildo-error codes and messages they fired. */
async function widgets(now: string) {
  const errors: Array<[string, string]> = [];
  const listener = (e: Event) => errors.push([(e as CustomEvent).detail.code, (e as CustomEvent).detail.message]);
  document.addEventListener('cabildo-error', listener);
  const silenced = silenceConsole('warn');
  try {
    const root = await fixture<HTMLElement>(html`<div>
      <cabildo-opening-hours now=${now}></cabildo-opening-hours>
      <cabildo-whatsapp-button variant="inline" now=${now}></cabildo-whatsapp-button>
      <cabildo-contact-card now=${now}></cabildo-contact-card>
    </div>`);
    const badge = root.querySelector<OpeningHours>('cabildo-opening-hours')!;
    const button = root.querySelector<WhatsappButton>('cabildo-whatsapp-button')!;
    const card = root.querySelector<ContactCard>('cabildo-contact-card')!;
    await Promise.all([badge.updateComplete, button.updateComplete, card.updateComplete]);
    return {
      badge: text(badge.shadowRoot!.querySelector('.text')),
      badgeNote: text(badge.shadowRoot!.querySelector('.note')),
      fallback: text(badge.shadowRoot!.querySelector('.fallback')),
      button: text(button.shadowRoot!.querySelector('.status .line')),
      card: text(card.shadowRoot!.querySelector('.status')),
      cardProblems: text(card.shadowRoot!.querySelector('.problems')),
      status: badge.status,
      errors,
    };
  } finally {
    silenced.restore();
    document.removeEventListener('cabildo-error', listener);
  }
}

afterEach(async () => {
  block?.remove();
  block = null;
  document.documentElement.lang = 'es';
  await setLocale('es');
});

describe(`page calendar in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  itRunsInItsZone();

  it('a day the page declares (Carnival Tuesday 2027) closes the badge, the WhatsApp button and the contact card', async () => {
    // Without the calendar, that Tuesday at 10:00 (Canary time) is a working day.
    const before = await widgets('2027-02-09T10:00');
    expect([before.badge, before.card]).to.deep.equal(['Abierto · cierra a las 14:00', 'Abierto · cierra a las 14:00']);
    expect(before.button).to.match(/^Te atendemos hasta las 14:00/);

    pageCalendar(CALENDAR_2027);
    const w = await widgets('2027-02-09T10:00');
    expect(w.badge).to.equal('Cerrado por Martes de Carnaval · abre mañana a las 9:00');
    expect(w.card).to.equal('Cerrado por Martes de Carnaval · abre mañana a las 9:00');
    expect(w.button).to.match(/^Fuera de horario: escríbenos y te responderemos mañana a partir de las 9:00/);
    expect(w.errors).to.deep.equal([]);
  });

  it("a year the page declares gets exactly its list, confirmed: 12 Oct left out opens, the 'unconfirmed' note goes", async () => {
    const built = await widgets('2027-10-12T10:00');
    expect(built.badge).to.equal('Cerrado por Fiesta Nacional de España · abre mañana a las 9:00');
    expect(built.badgeNote).to.equal('Festivos de este año sin confirmar.');

    pageCalendar(CALENDAR_2027);
    const declared = await widgets('2027-10-12T10:00');
    expect(declared.badge).to.equal('Abierto · cierra a las 14:00');
    expect(declared.badgeNote).to.equal('');
    expect(declared.status!.holidaysUnknown).to.equal(false);
    const epiphany = await widgets('2027-01-06T10:00');
    expect(epiphany.badge).to.equal('Cerrado por Epifanía del Señor · abre mañana a las 9:00');
  });

  it('1 May stays closed even when a declared list leaves it out (2030: a Wednesday)', async () => {
    pageCalendar(`{ "holidays": { "2030-01-01": "Año Nuevo" } }`);
    const w = await widgets('2030-05-01T10:00');
    expect([w.badge, w.card]).to.deep.equal(['Cerrado · abre mañana a las 9:00', 'Cerrado · abre mañana a las 9:00']);
    expect(w.button).to.match(/^Fuera de horario/);
  });

  it("the page's closures add to each widget's: closed, and named as an office closure in the week view", async () => {
    pageCalendar(CALENDAR_2027);
    const w = await widgets('2027-12-24T10:00');
    expect([w.badge, w.card]).to.deep.equal(['Cerrado · abre el lunes a las 9:00', 'Cerrado · abre el lunes a las 9:00']);
    expect(w.button).to.match(/^Fuera de horario/);
    const range = await widgets('2027-07-20T13:00');
    expect(range.status!.open).to.equal(false);
    const week = await fixture<OpeningHours>(
      html`<cabildo-opening-hours variant="week" closures="2027-07-21" now="2027-07-19T08:00"></cabildo-opening-hours>`,
    );
    const rows = [...week.shadowRoot!.querySelectorAll('tbody tr td')].map(text);
    expect(rows.slice(0, 3)).to.deep.equal([
      'Cerrado (cierre de la oficina)',
      'Cerrado (cierre de la oficina)',
      'Cerrado (cierre de la oficina)',
    ]);
  });

  it('an English page gets the English name of a day the library knows, and the declared text of one it does not', async () => {
    pageCalendar(CALENDAR_2027);
    document.documentElement.lang = 'en';
    await setLocale('en');
    const known = await widgets('2027-01-06T10:00');
    expect(known.badge).to.equal('Closed for Epiphany · opens tomorrow at 9:00');
    pageCalendar(`{ "holidays": { "2027-02-09": { "es": "Martes de Carnaval", "en": "Carnival Tuesday" } } }`);
    const declared = await widgets('2027-02-09T10:00');
    expect(declared.badge).to.equal('Closed for Carnival Tuesday · opens tomorrow at 9:00');
  });

  const bad: Array<[string, string, RegExp]> = [
    ['JSON with a missing comma', '{ "holidays": { "2027-01-06": "Reyes" "2027-02-09": "Carnaval" } }', /no es JSON válido/],
    ['an impossible date', '{ "holidays": { "2027-02-30": "Carnaval" } }', /fecha no válida «2027-02-30» \(usa AAAA-MM-DD\)/],
    ['a date written the other way round', '{ "holidays": { "09/02/2027": "Carnaval" } }', /fecha no válida «09\/02\/2027»/],
    ['an impossible closure', '{ "closures": ["2027-04-31"] }', /fecha no válida «2027-04-31»/],
    ['a misspelt key', '{ "festivos": {} }', /no se esperaba «festivos»/],
    ['a name that is not text', '{ "holidays": { "2027-02-09": 3 } }', /el nombre del festivo no es un texto: 3/],
  ];
  for (const [what, json, message] of bad) {
    it(`${what}: the localised message and one invalid-calendar per widget, no status shown, nothing thrown`, async () => {
      pageCalendar(json);
      const thrown: unknown[] = [];
      const onError = (e: ErrorEvent) => thrown.push(e.error);
      window.addEventListener('error', onError);
      const w = await widgets('2027-02-09T10:00');
      window.removeEventListener('error', onError);
      expect(thrown).to.deep.equal([]);
      expect(w.errors.map(([code]) => code)).to.deep.equal(['invalid-calendar', 'invalid-calendar', 'invalid-calendar']);
      for (const [, text] of w.errors) {
        expect(text).to.match(/^El calendario de festivos de la página \(id="cabildo-calendar"\) no es válido: /);
        expect(text).to.match(message);
      }
      // Not a guess from the built-in data: the badge says it cannot tell and gives the phone; the others show no status.
      expect(w.badge).to.equal('');
      expect(w.fallback).to.match(/^Horario no disponible/);
      expect([w.button, w.card]).to.deep.equal(['', '']);
      expect(w.cardProblems).to.match(message);
    });
  }

  it('a JSON mistake says where it is when the browser tells (line and column)', async () => {
    pageCalendar('{\n  "holidays": {\n    "2027-01-06": "Reyes",\n  }\n}');
    const w = await widgets('2027-02-09T10:00');
    const [, message] = w.errors[0];
    // Chromium and Firefox name the place; WebKit's JSON.parse does not, and the message says what is wrong only.
    expect(message).to.match(/no es válido: (línea 4, columna \d+: )?el texto no es JSON válido/);
  });

  it('fixing the block clears the error: the next render uses it', async () => {
    pageCalendar('{ "holidays": { "2027-02-30": "Carnaval" } }');
    const broken = await widgets('2027-02-09T10:00');
    expect(broken.fallback).to.match(/^Horario no disponible/);
    pageCalendar(CALENDAR_2027);
    const fixed = await widgets('2027-02-09T10:00');
    expect(fixed.badge).to.equal('Cerrado por Martes de Carnaval · abre mañana a las 9:00');
    expect(fixed.errors).to.deep.equal([]);
  });
});
