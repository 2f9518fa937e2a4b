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

/**
 * True for a plain e-mail address: letters (accents and ñ too), digits and `. _ + - '` before the @, a domain of
 * letters, digits and hyphens with a dot. Nothing that a `mailto:` link or a vCard would read as more than an address
 * (`?`, `&`, `#`, `%`, `,`, `;`, spaces).
 */
export function isEmail(value: string | null | undefined): boolean {
  if (typeof value !== 'string') return false;
  const address = value.trim();
  // The same rule for ASCII first: a Unicode-property pattern costs a page's start-up its first compilation (about
  // 20 ms on a slow phone), and nearly every address is ASCII.
  return (
    /^[a-z\d._+'-]+@(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}$/i.test(address) ||
    (/[^\0-\x7f]/.test(address) &&
      /^[\p{L}\p{N}._+'-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(address))
  );
}
