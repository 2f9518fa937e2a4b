import { LitElement, type PropertyDeclaration } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { englishReady, registerEnglish, startLocalization, type EnglishPart } from './localization.js';
import { loadNormalizer, mayNeedNormalizer } from '../core/editor-hours.js';
import type { CabildoErrorDetail } from './events.js';
import { VERSION } from './version.js';
import { mustWaitForSlice, nextSlice } from './render-slices.js';

type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The base of every `cabildo-*` element: locale wiring, typed events, error reporting and guarded registration.
 *
 * Conventions every element keeps (CONVENTIONS.md, "One fact in one place"):
 * - Properties are declared in `static properties` (no decorators: the build needs no helper library), with the
 *   field and its doc comment below; internal state as `{ state: true }`.
 * - Configuration problems (a bad attribute) are found and reported in `willUpdate`, through `reportProblems`, so that
 *   the render that follows already shows the fallback and the page hears of it once per problem. Problems that
 *   happen later (a failed load, a refused answer) are reported where they happen, through `reportError`. `updated`
 *   never reports.
 * - Behaviour that is not rendering lives in a reactive controller or a core module.
 * - English is named in `static english` and registered on define or connect, never on import.
 */
export class CabildoElement extends LitElement {
  /** The library version that defined this class; compared when a tag is already registered. */
  static readonly version: string = VERSION;

  /**
   * Registers `tagName` for this class unless the tag is taken. Loading the library twice (CDN and npm, or two
   * versions) must never break a page, so a taken tag is left alone, with a warning when another version took it.
   */
  static define(tagName: string): void {
    this.startLocalization();
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

  /**
   * This element's English messages, `[part name, loader]` (see registerEnglish). Registered when the element is
   * defined or connected, never when its class is imported: a class entry (`classes/*.js`) has no side effects.
   */
  protected static english?: readonly [name: string, load: EnglishPart];

  /** The page's localization and this element's English: once per page and class, on define or first connection. */
  private static startLocalization(): void {
    startLocalization();
    if (this.english) registerEnglish(...this.english);
  }

  /** The last problem reported through reportError, so that a re-render does not repeat it. */
  private lastErrorKey = '';
  /** The configuration problems reported through reportProblems and still present. */
  private standing = new Set<string>();

  /** The hours normalizer, loading for an `hours` value written in an editor's words. */
  private normalizer?: Promise<void>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    // An integrator may register the class under a tag of their own, with customElements.define: start here too.
    (this.constructor as typeof CabildoElement).startLocalization();
    super.connectedCallback();
  }

  /** @internal Starts loading the hours normalizer when `hours` is written in an editor's words. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name === 'hours' && mayNeedNormalizer((this as { hours?: unknown }).hours)) this.normalizer = loadNormalizer();
    super.requestUpdate(name, oldValue, options);
  }

  /**
   * Renders once what the render needs is there: the hours normalizer ("de lunes a viernes de 9 a 14" is never shown
   * as a mistake) and, on an English page, the English messages for the first render (fetched together with the
   * widget's code), so that no widget ever paints Spanish there, not for one frame. Later renders never wait for English.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.normalizer;
    this.normalizer = undefined;
    const first = !this.hasUpdated;
    const waits = [pending, first ? englishReady() : undefined, ...this.renderWaits()].filter(Boolean);
    // On a page with many widgets, a first render may wait for a short task of its own (render-slices.ts).
    // The layout is read only for a widget that would wait: reading it recalculates the page's styles (45-80 ms at 4x
    // CPU slowdown on the demo), which a page whose widgets all render at once never pays.
    const turn = () => (first && mustWaitForSlice() && this.inBlockFlow() ? nextSlice() : undefined);
    // After a wait, too: widgets that waited for the same thing (the page calendar's parser) would otherwise all render
    // in the task that brought it (on the demo, the two badges, the button and the card in one task of 105-120 ms at 4x
    // CPU slowdown).
    const ready = waits.length ? Promise.all(waits).then(turn) : turn();
    if (!ready) return super.scheduleUpdate();
    // A first render that waits keeps the widget's reserved space meanwhile: it is defined, so the :not(:defined)
    // rules no longer hold it. (A badge waiting for the page calendar's parser left the demo's header 34 px shorter
    // for a moment: layout shift 0.05.)
    return (first ? this.keepSpace(ready) : ready).then(() => super.scheduleUpdate());
  }

  /** What a render waits for besides the hours normalizer and, the first time, the English messages. */
  protected renderWaits(): Array<Promise<unknown> | undefined> {
    return [];
  }

  /**
   * True when the element is a block in a block container: there its reserved height is its whole box while it waits.
   * In a flex or grid row (a badge beside the logo) an empty widget would also lose its width, and the row would
   * re-flow: such a widget never waits.
   */
  private inBlockFlow(): boolean {
    const parent = this.parentElement;
    return !!parent && /^(block|flow-root|list-item)/.test(getComputedStyle(parent).display) && getComputedStyle(this).position !== 'fixed';
  }

  /** While `wait` lasts, the `cabildo-pending` custom state keeps the widget's reserved space (reserve-space.ts). */
  private async keepSpace(wait: Promise<unknown>): Promise<void> {
    let states: { add(s: string): void; delete(s: string): boolean } | undefined;
    try {
      states = (this.internals ??= this.attachInternals()).states;
    } catch {
      // Internals taken (a subclass attached them): wait without the state.
    }
    states?.add('cabildo-pending');
    try {
      await wait;
    } finally {
      states?.delete('cabildo-pending');
    }
  }

  private internals?: ElementInternals;

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
   * Reports a problem to the page (`cabildo-error` + `console.warn`), unless it is the very problem reported last (a
   * re-render must not repeat it; the same failure after another one is news and is reported again).
   * The element itself keeps rendering a fallback.
   */
  reportError(code: string, message: string): void {
    const key = `${code}\u0000${message}`;
    if (key === this.lastErrorKey) return;
    this.lastErrorKey = key;
    this.announceProblem(code, message);
  }

  /**
   * Reports the element's configuration problems as they are now, each once while it lasts, and forgets those that
   * were fixed, so that they are reported again if they come back.
   */
  protected reportProblems(problems: Array<[code: string, message: string]>): void {
    const current = new Set(problems.map(([code, message]) => `${code}\u0000${message}`));
    for (const [code, message] of problems) {
      if (!this.standing.has(`${code}\u0000${message}`)) this.announceProblem(code, message);
    }
    this.standing = current;
  }

  /** Forgets the last problem reported through reportError if it has this code (whatever it is without one). */
  clearError(code?: string): void {
    if (!code || this.lastErrorKey.startsWith(`${code}\u0000`)) this.lastErrorKey = '';
  }

  private announceProblem(code: string, message: string): void {
    console.warn(`<${this.localName}> ${code}: ${message}`);
    this.emit('cabildo-error', { code, message } satisfies CabildoErrorDetail);
    // The editors' preview (cabildo-debug in the page address): the widget also says it, under itself.
    if (/[?&#]cabildo-debug(?![^&])/.test(location.search + location.hash)) void import('./preview-note.js').then((m) => m.watch(this));
  }
}
