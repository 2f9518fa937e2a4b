/**
 * vCard 3.0 (RFC 2426) for an office: the file "Añadir a contactos" downloads. 3.0 because iOS Contacts reads 3.0 and
 * not 4.0. Pure text building: CRLF line endings, text escaping, and folding at 75 octets without splitting a UTF-8
 * character.
 */

/** The facts of an office that go into its vCard. Missing channels are left out. */
export interface VCardContact {
  /** The office's name: FN and ORG (a company card: N, a person's name, stays empty). */
  name: string;
  /** Main phone (E.164): TEL;TYPE=WORK,VOICE. */
  phone?: string | null;
  /** WhatsApp line (E.164): TEL;TYPE=CELL. */
  whatsapp?: string | null;
  email?: string | null;
  web?: string | null;
  address?: VCardAddress | null;
  /** Free text, e.g. the opening hours. */
  note?: string | null;
}

/** ADR components; a free-text address goes in `street`. */
export interface VCardAddress {
  street: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** The longest line, in octets, before folding (RFC 2426 §2.6 and RFC 2425 §5.8.1). */
export const VCARD_LINE_OCTETS = 75;

const CRLF = '\r\n';

/** Escapes a TEXT value: backslash, comma, semicolon and newlines (RFC 2426 §4). */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line into lines of at most 75 octets of UTF-8; each continuation starts with a space. Breaks fall
 * between characters (never inside a multi-byte character or a surrogate pair).
 */
export function foldVCardLine(line: string): string {
  if (encoder.encode(line).length <= VCARD_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; continuation lines hold 74 after their leading space.
  let limit = VCARD_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      lines.push(current);
      current = ' ';
      octets = 1;
      limit = VCARD_LINE_OCTETS;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Builds the vCard 3.0 text for an office, with CRLF line endings and folded lines. */
export function buildVCard(contact: VCardContact): string {
  const name = escapeVCardText(contact.name);
  // A company card (RFC 2426 §3.1.2, §3.5.5): N is required but names a person, so its five parts stay empty; the office
  // is the organisation, and FN repeats it for the list of contacts.
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:;;;;', `FN:${name}`, `ORG:${name}`];
  if (contact.phone) lines.push(`TEL;TYPE=WORK,VOICE:${contact.phone}`);
  if (contact.whatsapp) lines.push(`TEL;TYPE=CELL:${contact.whatsapp}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeVCardText(contact.email)}`);
  if (contact.web) lines.push(`URL:${contact.web}`);
  if (contact.address) {
    const { street, locality = '', region = '', postalCode = '', country = '' } = contact.address;
    // ADR: post office box; extended address; street; locality; region; postal code; country.
    const parts = ['', '', street, locality, region, postalCode, country].map(escapeVCardText);
    lines.push(`ADR;TYPE=WORK:${parts.join(';')}`);
  }
  if (contact.note) lines.push(`NOTE:${escapeVCardText(contact.note)}`);
  // Apple Contacts shows the card as a company, not as a person called by the office's name.
  lines.push('X-ABShowAs:COMPANY', 'END:VCARD');
  return lines.map(foldVCardLine).join(CRLF) + CRLF;
}

/**
 * A file name for the vCard: the (localised) prefix and name in lower-case ASCII words, e.g.
 * `contacto-oficina-de-atencion-e-informacion-ciudadana.vcf`; at most about 80 characters.
 */
export function vcardFileName(prefix: string, name: string): string {
  const slug = `${prefix} ${name}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = slug.length > 80 ? slug.slice(0, 80).replace(/-[^-]*$/, '') : slug;
  return `${short || 'contact'}.vcf`;
}
