import type { Localized } from './office.js';

/** One public holiday: the office is closed on it when its hours say `PH off`. */
export interface Holiday {
  /** Month and day, `MM-DD`. */
  date: string;
  name: Localized;
}

/** The public holidays of one year for the Lanzarote offices, with where they come from. */
export interface HolidayYear {
  /**
   * True for a list taken from the year's official decree (or declared by the page's editor from it); false for a
   * provisional list: the answers for that year say the holidays are unconfirmed.
   */
  confirmed: boolean;
  source: string;
  days: Holiday[];
}

const h = (date: string, es: string, en: string): Holiday => ({ date, name: { es, en } });

/** Maundy Thursday and Good Friday: holidays in the Canary Islands every year, computed from Easter Sunday. */
export const EASTER_HOLIDAYS: readonly [Localized, Localized] = [
  { es: 'Jueves Santo', en: 'Maundy Thursday' },
  { es: 'Viernes Santo', en: 'Good Friday' },
];

/** The name of a day a page's calendar declares without one. */
export const HOLIDAY: Localized = { es: 'Festivo', en: 'Public holiday' };

/**
 * The fixed-date holidays of a year without a list (see OFFICE.md): the national days, Día de Canarias and the island
 * holiday of Lanzarote and La Graciosa. The engine adds the Easter days and moves a day that falls on a Sunday to the
 * Monday. 1 January, 1 May and 25 December are closed in every year, whatever a list says.
 */
export const FIXED_HOLIDAYS: readonly Holiday[] = [
  h('01-01', 'Año Nuevo', "New Year's Day"),
  h('01-06', 'Epifanía del Señor', 'Epiphany'),
  h('05-01', 'Fiesta del Trabajo', 'Labour Day'),
  h('05-30', 'Día de Canarias', 'Canary Islands Day'),
  h('08-15', 'Asunción de la Virgen', 'Assumption Day'),
  h('09-15', 'Nuestra Señora de los Volcanes', 'Our Lady of the Volcanoes'),
  h('10-12', 'Fiesta Nacional de España', 'National Day of Spain'),
  h('11-01', 'Todos los Santos', "All Saints' Day"),
  h('12-06', 'Día de la Constitución', 'Constitution Day'),
  h('12-08', 'Inmaculada Concepción', 'Immaculate Conception'),
  h('12-25', 'Navidad', 'Christmas Day'),
];

/**
 * Public holidays by year. Arrecife's local days are not included: the yearly BOC orders could not be verified
 * (2026: BOC nº 165 of 21 Aug 2025); add them here with their source once checked.
 * A year missing here gets the rule of {@link FIXED_HOLIDAYS}, flagged as unconfirmed. A page can declare a year's
 * list without a new release (its `<script type="application/json" id="cabildo-calendar">` block, core/calendar.ts;
 * see the editor guides). Replacing a provisional list with the decree's is a data edit: its days, `confirmed: true`
 * and the decree as source. Known differences from the `date-holidays` package (the development-only test oracle) are
 * listed with their reasons in holiday-differences.ts.
 */
export const HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  2026: {
    confirmed: true,
    // The decree sets the regional calendar and each island's holiday (Lanzarote and La Graciosa: 15 Sep).
    source: 'Decreto 61/2025, BOC nº 88, 5 May 2025',
    days: [
      h('01-01', 'Año Nuevo', "New Year's Day"),
      h('01-06', 'Epifanía del Señor', 'Epiphany'),
      h('04-02', 'Jueves Santo', 'Maundy Thursday'),
      h('04-03', 'Viernes Santo', 'Good Friday'),
      h('05-01', 'Fiesta del Trabajo', 'Labour Day'),
      h('05-30', 'Día de Canarias', 'Canary Islands Day'),
      h('08-15', 'Asunción de la Virgen', 'Assumption Day'),
      h('09-15', 'Nuestra Señora de los Volcanes', 'Our Lady of the Volcanoes'),
      h('10-12', 'Fiesta Nacional de España', 'National Day of Spain'),
      h('11-02', 'Todos los Santos', "All Saints' Day"),
      h('12-08', 'Inmaculada Concepción', 'Immaculate Conception'),
      h('12-25', 'Navidad', 'Christmas Day'),
    ],
  },
  2027: {
    // PROVISIONAL: replace with the 2027 decree's list (and `confirmed: true`) when the office confirms it.
    confirmed: false,
    source:
      'PROVISIONAL, not the decree: no official 2027 decree was found; the Canary 2027 days as a secondary calendar site lists them, with the island holiday (15 Sep) of every year so far (OFFICE.md)',
    days: [
      h('01-01', 'Año Nuevo', "New Year's Day"),
      h('01-06', 'Epifanía del Señor', 'Epiphany'),
      h('03-25', 'Jueves Santo', 'Maundy Thursday'),
      h('03-26', 'Viernes Santo', 'Good Friday'),
      h('05-01', 'Fiesta del Trabajo', 'Labour Day'),
      // 30 May falls on a Sunday.
      h('05-31', 'Día de Canarias', 'Canary Islands Day'),
      // 15 August falls on a Sunday.
      h('08-16', 'Asunción de la Virgen', 'Assumption Day'),
      h('09-15', 'Nuestra Señora de los Volcanes', 'Our Lady of the Volcanoes'),
      h('10-12', 'Fiesta Nacional de España', 'National Day of Spain'),
      h('11-01', 'Todos los Santos', "All Saints' Day"),
      h('12-06', 'Día de la Constitución', 'Constitution Day'),
      h('12-08', 'Inmaculada Concepción', 'Immaculate Conception'),
      h('12-25', 'Navidad', 'Christmas Day'),
    ],
  },
};
