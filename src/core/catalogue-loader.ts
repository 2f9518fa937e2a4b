import { parseJsonInSlices } from './json-slices.js';
import { checkCatalogueInSlices, type Catalogue, type EntryProblem } from './catalogue.js';
import { nextTask } from './time-slices.js';

/** Why a catalogue could not be used. Stable codes; the element turns them into localised messages. */
export type CatalogueFailure =
  | { code: 'catalogue-url'; url: string }
  | { code: 'catalogue-network'; url: string }
  | { code: 'catalogue-timeout'; url: string; timeoutMs: number }
  | { code: 'catalogue-http'; url: string; status: number }
  | { code: 'catalogue-content-type'; url: string; contentType: string }
  | { code: 'catalogue-too-large'; url: string; maxBytes: number }
  | { code: 'catalogue-json'; url: string }
  | { code: 'catalogue-schema'; url: string; field: string };

export type CatalogueLoad =
  | { ok: true; catalogue: Catalogue; skipped: EntryProblem[] }
  | ({ ok: false } & CatalogueFailure);

export interface LoadOptions {
  /** Give up after this many milliseconds (default 8 s). */
  timeoutMs?: number;
  /**
   * Refuse bodies larger than this (default 16 MB: 5,000 real procedures are about 10 MB). Still safe: the body is
   * read as a stream and dropped the moment it passes the cap (a missing or lying Content-Length does not matter), no
   * credentials are sent, the load times out, and validation caps the entries (MAX_ENTRIES) and every text's length.
   */
  maxBytes?: number;
  /** Cancels the load (e.g. when `src` changes again). */
  signal?: AbortSignal;
  /** For tests. */
  fetch?: typeof fetch;
}

import { DEFAULT_TIMEOUT_MS } from './catalogue-constants.js';

export { DEFAULT_TIMEOUT_MS };
export const DEFAULT_MAX_BYTES = 16_000_000;

/** True for `application/json` and `application/<anything>+json`, with or without parameters. */
export function isJsonContentType(value: string | null): boolean {
  const type = (value ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

/** Bytes of a body decoded in one task: a few ms on a slow phone. */
const DECODE_BYTES = 128 * 1024;

/**
 * Reads a body as text, stopping as soon as it passes `maxBytes` (a lying or absent Content-Length is not trusted).
 * The text comes back in the pieces it was decoded in: joining megabytes into one string is a long task of its own,
 * and parseJsonInSlices reads the pieces as they are.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string[] | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : [text];
  }
  const reader = response.body.getReader();
  // Decoded as it arrives, a chunk at a time (no one long decoding task at the end), each in a task of its own: a
  // read() resolves in the task that delivered the data, which already ran the browser's own loading work, and when
  // the body is already there (a fast network, a cache) every read() resolves at once, in a microtask, so that without
  // a pause the whole body would be read and decoded in one task (about 90 ms for 10 MB on a desktop).
  // A read() may also hand over megabytes at once (what arrived while the page was busy, on a slow phone): it is
  // decoded DECODE_BYTES at a time, each piece in a task of its own.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    await nextTask();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    for (let at = 0; at < value.byteLength; at += DECODE_BYTES) {
      if (at) await nextTask();
      parts.push(decoder.decode(value.subarray(at, at + DECODE_BYTES), { stream: true }));
    }
  }
  parts.push(decoder.decode());
  return parts;
}

/**
 * Fetches and validates a catalogue: no cookies or credentials are sent, no referrer leaks, the load is abandoned
 * after a timeout, and oversized, non-JSON or malformed answers are refused with a code saying why.
 */
export async function loadCatalogue(url: string, options: LoadOptions = {}): Promise<CatalogueLoad> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  try {
    let response: Response;
    let text: string[] | null;
    try {
      response = await doFetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      if (!response.ok) return { ok: false, code: 'catalogue-http', url, status: response.status };
      const contentType = response.headers.get('content-type');
      if (!isJsonContentType(contentType)) {
        return { ok: false, code: 'catalogue-content-type', url, contentType: contentType ?? '' };
      }
      text = await readCapped(response, maxBytes);
    } catch {
      return timedOut ? { ok: false, code: 'catalogue-timeout', url, timeoutMs } : { ok: false, code: 'catalogue-network', url };
    }
    if (text === null) return { ok: false, code: 'catalogue-too-large', url, maxBytes };
    let json: unknown;
    try {
      // In slices: a catalogue of thousands of procedures is megabytes of JSON, too much for one task.
      json = await parseJsonInSlices(text);
    } catch {
      return { ok: false, code: 'catalogue-json', url };
    }
    // Relative links in the catalogue are relative to the catalogue file, as in any document.
    const checked = await checkCatalogueInSlices(json, response.url || new URL(url, document.baseURI).href, undefined, { own: true });
    if (!checked.ok) return { ok: false, code: 'catalogue-schema', url, field: checked.field };
    // Nothing usable: the same as an unusable file (the finder then offers the office's channels).
    if (!checked.catalogue.tramites.length) {
      const field = checked.skipped.length ? `tramites: ${checked.skipped.map((p) => p.field).join(', ')}` : 'tramites (empty)';
      return { ok: false, code: 'catalogue-schema', url, field };
    }
    return checked;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
