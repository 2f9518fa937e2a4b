/**
 * An own property of a keyed record, never one inherited from Object.prototype: `own(OFFICES, 'constructor')` is
 * undefined. Every lookup by a key that comes from an attribute, a URL or a page goes through it.
 */
export const own = <T>(record: Readonly<Record<PropertyKey, T>> | undefined | null, key: PropertyKey): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key as keyof typeof record] : undefined;
