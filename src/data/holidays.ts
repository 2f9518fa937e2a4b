import type { Localized } from './office.js';

/** One public holiday: the office is closed on it when its hours say `PH off`. */
export interface Holiday {
  /** Month and day, `MM-DD`. */
  date: string;
  name: Localized;
}

/** The public holidays of one year for the Lanzarote offices, with where they come from. */
export interface HolidayYear {
  /** False when no official list was found: only the Easter-based days are known and the rest may be missing. */
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

/**
 * Public holidays by year. Arrecife's local days are not included: the yearly BOC orders could not be verified
 * (2026: BOC nº 165 of 21 Aug 2025); add them here with their source once checked.
 * A year missing here is treated like 2027: Easter-based days only, flagged as unconfirmed.
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
    confirmed: false,
    source: 'No 2027 decree found yet; Easter days computed',
    days: [],
  },
};
