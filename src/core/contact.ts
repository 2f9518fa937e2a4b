/**
 * The contact card's facts: an office's defaults with the page's overrides applied and checked. A channel whose
 * override is not valid is left out (and named in `invalid`), so the card never renders a broken link.
 */
import { normalizePhone, telHref, wellFormed, whatsappHref, type E164 } from './phone.js';
import { isEmail, safeHref } from './urls.js';
import type { Office, OfficeAddress } from '../data/office.js';
import type { Channel } from './channel.js';

/** Attributes that override an office's facts; `undefined`/`null` keeps the default, `''` leaves the channel out. */
export interface ContactOverrides {
  name?: string | null;
  phone?: string | null;
  whatsapp?: string | null;
  email?: string | null;
  web?: string | null;
  address?: string | null;
}

/**
 * The card's channel rows, named as its attributes (`phone`, `whatsapp`, `email`, `web`), in the order the card shows
 * them (GOV.UK: the quickest way to an answer first). Each is one of the library's channels (core/channel.ts), whose
 * label it shows.
 */
export const CARD_CHANNELS = ['phone', 'whatsapp', 'email', 'web'] as const;
export type CardChannel = (typeof CARD_CHANNELS)[number];
export const CHANNEL_OF: Readonly<Record<CardChannel, Channel>> = { phone: 'telefono', whatsapp: 'whatsapp', email: 'email', web: 'web' };

/** An override that could not be used. */
export interface InvalidOverride {
  field: 'phone' | 'whatsapp' | 'email' | 'web';
  value: string;
}

/** What the card shows and links to. */
export interface ContactFacts {
  /** The name in the requested language, or the override. */
  name: string;
  phone: E164 | null;
  whatsapp: E164 | null;
  email: string | null;
  /** The web address, already checked by `safeHref`. */
  web: string | null;
  /** The office's structured address, or a free-text override in `street` only. */
  address: OfficeAddress | null;
  invalid: InvalidOverride[];
}

/** A web address the card may link to: `https:` (or `http:` on localhost) only, not `tel:`/`mailto:`. */
function webHref(value: string): string | null {
  const href = safeHref(value);
  return href && /^https?:/.test(href) ? href : null;
}

function pick(value: string | null | undefined, fallback: string | null): string | null {
  if (value === undefined || value === null) return fallback;
  return value.trim();
}

/** Applies the overrides to the office's facts and checks every one. */
export function resolveContact(office: Office, locale: 'es' | 'en', overrides: ContactOverrides = {}): ContactFacts {
  const invalid: InvalidOverride[] = [];
  const check = <T>(field: InvalidOverride['field'], raw: string | null, parse: (v: string) => T | null): T | null => {
    if (!raw) return null;
    const parsed = parse(raw);
    if (parsed === null) invalid.push({ field, value: raw });
    return parsed;
  };
  const name = pick(overrides.name, null) || office.name[locale];
  const addressText = pick(overrides.address, null);
  const address =
    overrides.address === undefined || overrides.address === null
      ? office.address
      : addressText
        ? { street: addressText, postalCode: '', locality: '', region: '', country: '', verified: false }
        : null;
  return {
    name,
    phone: check('phone', pick(overrides.phone, office.phone), (v) => normalizePhone(v)),
    whatsapp: check('whatsapp', pick(overrides.whatsapp, office.whatsapp), (v) => normalizePhone(v)),
    email: check('email', pick(overrides.email, office.email), (v) => (isEmail(v) ? v : null)),
    web: check('web', pick(overrides.web, office.web), webHref),
    address,
    invalid,
  };
}

/** The address on one line, as people write it: "Avenida Fred Olsen, s/n, 35500 Arrecife". */
export function addressLine(address: OfficeAddress): string {
  const place = [address.postalCode, address.locality].filter(Boolean).join(' ');
  // A village without street names ("Caleta de Sebo") is not written twice.
  const street = address.street === address.locality ? '' : address.street;
  return [street, place].filter(Boolean).join(', ');
}

/** Text for a map search: the line plus the island, so that OpenStreetMap finds the right Arrecife. */
export function addressSearchText(address: OfficeAddress): string {
  return [addressLine(address), address.region, address.country === 'ES' ? 'España' : address.country]
    .filter(Boolean)
    .join(', ');
}

/**
 * A search on openstreetmap.org for the address: a plain link, so nothing is requested from a map server until the
 * citizen follows it.
 */
export function mapHref(address: OfficeAddress): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(wellFormed(addressSearchText(address)))}`;
}

/** The link of each channel: `tel:`, the WhatsApp click-to-chat link (no prefilled text), `mailto:` and the web. */
export function channelHref(facts: ContactFacts, channel: CardChannel): string | null {
  switch (channel) {
    case 'phone':
      return facts.phone && telHref(facts.phone);
    case 'whatsapp':
      return facts.whatsapp && whatsappHref(facts.whatsapp);
    case 'email':
      return facts.email && safeHref(`mailto:${facts.email}`);
    case 'web':
      return facts.web;
  }
}
