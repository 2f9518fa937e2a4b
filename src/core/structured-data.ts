/**
 * schema.org `GovernmentOffice` as JSON-LD, so that search engines show the office's hours and channels. Pure data:
 * the element puts it in a `<script type="application/ld+json">` data block by setting its `textContent`.
 */
import type { ContactFacts } from './contact.js';

/** Opening hours for some days of the week: ISO days (1 = Monday … 7 = Sunday), times "HH:MM" in office time. */
export interface WeeklyOpening {
  days: number[];
  opens: string;
  closes: string;
}

/** A day (or range of days) the office is closed: ISO dates "YYYY-MM-DD". */
export interface ClosedDays {
  from: string;
  through: string;
  name?: string | null;
}

const DAY_URLS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
  (day) => `https://schema.org/${day}`,
);

/** The JSON-LD object for an office. */
export function governmentOfficeJsonLd(
  facts: ContactFacts,
  openings: WeeklyOpening[],
  closed: ClosedDays[] = [],
): Record<string, unknown> {
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'GovernmentOffice', name: facts.name };
  if (facts.web) data.url = facts.web;
  if (facts.phone) data.telephone = facts.phone;
  if (facts.email) data.email = facts.email;
  if (facts.address) {
    const { street, postalCode, locality, region, country } = facts.address;
    const address: Record<string, string> = { '@type': 'PostalAddress', streetAddress: street };
    if (postalCode) address.postalCode = postalCode;
    if (locality) address.addressLocality = locality;
    if (region) address.addressRegion = region;
    if (country) address.addressCountry = country;
    data.address = address;
  }
  if (openings.length > 0) data.openingHoursSpecification = openings.map(({ days, opens, closes }) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map((day) => DAY_URLS[day - 1]),
    opens,
    closes,
  }));
  // schema.org marks a closed day with opens = closes = 00:00 for that date.
  if (closed.length > 0) {
    data.specialOpeningHoursSpecification = closed.map(({ from, through, name }) => ({
      '@type': 'OpeningHoursSpecification',
      ...(name ? { name } : {}),
      validFrom: from,
      validThrough: through,
      opens: '00:00',
      closes: '00:00',
    }));
  }
  if (facts.whatsapp) {
    data.contactPoint = [{ '@type': 'ContactPoint', contactType: 'WhatsApp', telephone: facts.whatsapp }];
  }
  return data;
}

/**
 * The JSON text for a data block. `<` is written as `\u003c` so that even a serialised copy of the page (a
 * pre-rendered HTML snapshot) can never close the `<script>` element early.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
