/**
 * The ways to reach the office or to do a procedure: one type, one id each, for every widget. The ids are the survey
 * payload's (CONTRACT.md). Each widget uses the subset it needs: the contact card phone, WhatsApp, e-mail and web; the
 * finder the channels a procedure can be done by; the survey all of them plus "other". Labels: internal/channel-label.ts.
 */
export const CHANNELS = ['presencial', 'telefono', 'whatsapp', 'email', 'web'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Older spellings still read: catalogues written for version 0.1 say `online` for a procedure done on the web (the
 * finder's `channel="online"` and `?canal=online` too).
 */
const ALIASES: ReadonlyMap<string, Channel> = new Map([['online', 'web']]);

/** The channel an id names (an alias gives its channel), or null. */
export function channelFromId(id: unknown): Channel | null {
  if (typeof id !== 'string') return null;
  if ((CHANNELS as readonly string[]).includes(id)) return id as Channel;
  return ALIASES.get(id) ?? null;
}
