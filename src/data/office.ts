import type { E164 } from '../core/phone.js';
import { OFFICE_TIME_ZONE } from '../core/format.js';

/** Text in both languages of the library. */
export interface Localized {
  es: string;
  en: string;
}

/** Where an office is, for display, vCard and schema.org. */
export interface OfficeAddress {
  street: string;
  postalCode: string;
  locality: string;
  region: string;
  country: string;
  /** False where the address was not confirmed from a primary source: keep it one edit away. */
  verified: boolean;
}

/** The facts the widgets show about an office. Every field can be overridden by attributes. */
export interface Office {
  id: OfficeId;
  name: Localized;
  phone: E164;
  whatsapp: E164 | null;
  email: string;
  web: string;
  /** The electronic office (sede electrónica), where procedures start online. */
  sede: string;
  address: OfficeAddress;
  /** In-person hours in the documented `opening_hours` subset, in the office's time zone. */
  hours: string;
  timeZone: typeof OFFICE_TIME_ZONE;
  /** Where the facts come from. */
  source: string;
}

export type OfficeId = 'arrecife' | 'la-graciosa';

export { OFFICE_TIME_ZONE } from '../core/format.js';

export { ARRECIFE } from './arrecife.js';
import { ARRECIFE } from './arrecife.js';

/**
 * Joint office of the Cabildo and the Canary Government in Caleta de Sebo, La Graciosa: Thursdays 09:00–12:00.
 * It has no line of its own that we could confirm, so the contact channels are the main office's.
 */
export const LA_GRACIOSA: Office = {
  id: 'la-graciosa',
  name: {
    es: 'Oficina Conjunta de Información y Atención Ciudadana de La Graciosa · Cabildo de Lanzarote y Gobierno de Canarias',
    en: 'La Graciosa Citizen Services Office · Cabildo de Lanzarote and Government of the Canary Islands',
  },
  phone: ARRECIFE.phone,
  whatsapp: ARRECIFE.whatsapp,
  email: ARRECIFE.email,
  web: ARRECIFE.web,
  sede: ARRECIFE.sede,
  address: {
    street: 'Caleta de Sebo',
    postalCode: '35540',
    locality: 'Caleta de Sebo',
    region: 'La Graciosa, Las Palmas',
    country: 'ES',
    verified: false,
  },
  hours: 'Th 09:00-12:00; PH off',
  timeZone: OFFICE_TIME_ZONE,
  source: 'Public news of September 2024 (Thursdays 09:00–12:00); channels are the main office\'s; address not verified.',
};

/** Both offices by id. */
export const OFFICES: Readonly<Record<OfficeId, Office>> = { arrecife: ARRECIFE, 'la-graciosa': LA_GRACIOSA };

/** The office a widget shows when it has no `office` attribute. */
export const DEFAULT_OFFICE = ARRECIFE;
