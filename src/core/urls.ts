/**
 * Link safety: only these schemes ever become an `href`. `http:` is allowed only for the local machine, so that a
 * developer can point a widget at a local server.
 */
const SAFE_SCHEMES = new Set(['https:', 'tel:', 'mailto:']);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Returns the normalised URL if it is safe to render as a link, otherwise null. Relative URLs resolve against `base`. */
export function safeHref(value: string | null | undefined, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return null;
  }
  if (SAFE_SCHEMES.has(url.protocol)) return url.href;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return url.href;
  return null;
}

/** True for a plausible e-mail address (one @, a dot in the domain, no spaces or angle brackets). */
export function isEmail(value: string | null | undefined): boolean {
  return typeof value === 'string' && /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/.test(value.trim());
}
