import type { Office } from './office.js';
import { OFFICE_TIME_ZONE } from '../core/format.js';

// The main office alone, in a module of its own: the WhatsApp button and the hours badge show only this office, so a
// page with just those does not download La Graciosa's facts (src/data/office.ts has both offices).

/** Oficina de Información y Atención Ciudadana (OIAC), Cabildo de Lanzarote, Arrecife: the name in its Carta de Servicios (2025). */
export const ARRECIFE: Office = {
  id: 'arrecife',
  name: {
    es: 'Oficina de Información y Atención Ciudadana (OIAC) · Cabildo de Lanzarote',
    en: 'Citizen Information and Services Office · Cabildo de Lanzarote',
  },
  phone: '+34928810100',
  whatsapp: '+34628538449',
  email: 'atencioninformacionciudadana@cabildodelanzarote.com',
  web: 'https://www.cabildodelanzarote.com',
  sede: 'https://cabildodelanzarote.sedelectronica.es/',
  address: {
    street: 'Avenida Fred Olsen, s/n',
    postalCode: '35500',
    locality: 'Arrecife',
    region: 'Lanzarote, Las Palmas',
    country: 'ES',
    verified: false,
  },
  hours: 'Mo-Fr 09:00-14:00; PH off',
  timeZone: OFFICE_TIME_ZONE,
  source: 'Cabildo de Lanzarote news release, 2024 (hours, phone, WhatsApp, email, web); address not verified.',
};
