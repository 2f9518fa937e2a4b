import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import './localization.js';
import type { CabildoErrorDetail } from './events.js';
import { VERSION } from './version.js';

type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The base of every `cabildo-*` element: locale wiring, typed events, error reporting and guarded registration.
 */
export class CabildoElement extends LitElement {
  /** The library version that defined this class; compared when a tag is already registered. */
  static readonly version: string = VERSION;

  /**
   * Registers `tagName` for this class unless the tag is taken. Loading the library twice (CDN and npm, or two
   * versions) must never break a page, so a taken tag is left alone, with a warning when another version took it.
   */
  static define(tagName: string): void {
    const existing = customElements.get(tagName) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      customElements.define(tagName, this);
      return;
    }
    if (existing !== this && existing.version !== this.version) {
      console.warn(
        `<${tagName}> is already defined by version ${existing.version ?? 'unknown'}; version ${this.version} was not registered.`,
      );
    }
  }

  /** The problems reported and still present, as `code NUL message`. */
  private readonly reported = new Set<string>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Dispatches a typed `cabildo-*` event that bubbles out of shadow roots; returns false if it was cancelled. */
  emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: EventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    return this.dispatchEvent(event);
  }

  /**
   * Reports a problem to the page (`cabildo-error` + `console.warn`) once while it lasts, so a re-render does not
   * repeat it. The element itself keeps rendering a fallback.
   */
  reportError(code: string, message: string): void {
    const key = `${code}\u0000${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console.warn(`<${this.localName}> ${code}: ${message}`);
    this.emit('cabildo-error', { code, message } satisfies CabildoErrorDetail);
  }

  /**
   * Reports the element's configuration problems as they are now, each once while it lasts, and forgets those that
   * were fixed, so that they are reported again if they come back. `invalid-now` is the clock's and is left alone.
   */
  protected reportProblems(problems: Array<[code: string, message: string]>): void {
    const current = new Set(problems.map(([code, message]) => `${code}\u0000${message}`));
    for (const key of this.reported) {
      if (!current.has(key) && !key.startsWith('invalid-now\u0000')) this.reported.delete(key);
    }
    for (const [code, message] of problems) this.reportError(code, message);
  }

  /** Forgets the reported problems with this code (all of them without one): they are reported again if they come back. */
  clearError(code?: string): void {
    for (const key of this.reported) if (!code || key.startsWith(`${code}\u0000`)) this.reported.delete(key);
  }
}
