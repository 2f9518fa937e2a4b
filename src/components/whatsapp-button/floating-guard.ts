import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * True when the on-screen keyboard takes the bottom of the screen: the visual viewport is much shorter than the layout
 * viewport while not zoomed in (pinch zoom shrinks the visual viewport too, but then `scale` is above 1).
 */
export function keyboardIsOpen(layoutHeight: number, visualHeight: number, scale: number): boolean {
  return scale < 1.05 && layoutHeight - visualHeight > Math.max(120, layoutHeight * 0.2);
}

/** A device whose main pointer is a finger. */
export const isTouchScreen = () => window.matchMedia?.('(pointer: coarse)').matches ?? false;

/** A field that brings up the on-screen keyboard. */
export function isTextField(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Keeps a floating element out of the citizen's way: it steps aside while a mobile keyboard is open and while the
 * focused element of the page lies underneath it (WCAG 2.4.11, focus not obscured). It stays focusable, so that
 * tabbing onto it brings it back.
 */
export class FloatingGuard implements ReactiveController {
  private keyboardOpen = false;
  private coversFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  /** True while the floating element should step aside. */
  get away(): boolean {
    return this.active() && (this.keyboardOpen || this.coversFocus);
  }

  hostConnected(): void {
    window.visualViewport?.addEventListener('resize', this.onViewportResize);
    document.addEventListener('focusin', this.onFocusIn);
    document.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    window.visualViewport?.removeEventListener('resize', this.onViewportResize);
    document.removeEventListener('focusin', this.onFocusIn);
    document.removeEventListener('focusout', this.onFocusOut);
  }

  private set(keyboardOpen: boolean, coversFocus: boolean): void {
    if (keyboardOpen === this.keyboardOpen && coversFocus === this.coversFocus) return;
    this.keyboardOpen = keyboardOpen;
    this.coversFocus = coversFocus;
    this.host.requestUpdate();
  }

  private readonly onViewportResize = () => {
    const viewport = window.visualViewport;
    if (viewport) this.set(keyboardIsOpen(window.innerHeight, viewport.height, viewport.scale), this.coversFocus);
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const path = event.composedPath();
    const target = path[0];
    const outside = this.active() && !path.includes(this.host) && target instanceof Element;
    // On a touch screen a focused field brings up the on-screen keyboard: step aside while the citizen types
    // (the visual viewport does not always shrink, e.g. with an overlaid keyboard).
    const covers =
      outside && (overlaps(this.host.getBoundingClientRect(), target.getBoundingClientRect()) || (isTouchScreen() && isTextField(target)));
    this.set(this.keyboardOpen, covers);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    // Focus leaving for nowhere (e.g. a click on the page background): nothing is focused, nothing is covered.
    if (!event.relatedTarget) this.set(this.keyboardOpen, false);
  };
}

/** A narrow, zoomed or touch screen: the floating button is round there (a 1280 px laptop at 200 % zoom is 640 px). */
export const COMPACT_MEDIA = '(max-width: 47.99rem), (max-height: 31.99rem), (pointer: coarse)';

/** Follows COMPACT_MEDIA and updates the host when it changes. */
export class CompactQuery implements ReactiveController {
  private query: MediaQueryList | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get matches(): boolean {
    return (this.query ?? window.matchMedia?.(COMPACT_MEDIA))?.matches ?? false;
  }

  hostConnected(): void {
    const query = window.matchMedia?.(COMPACT_MEDIA);
    // (A page or test that replaced matchMedia may hand back a list without events: then it is read on each render.)
    if (typeof query?.addEventListener !== 'function') return;
    this.query = query;
    query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = null;
  }

  private readonly onChange = () => this.host.requestUpdate();
}

/**
 * Watches the element named by a selector (a cookie banner fixed to the bottom of the screen) and says how far the
 * floating button must rise to stay above it: the part of the viewport's height below the element's top edge.
 */
export class BannerWatch implements ReactiveController {
  /** Pixels to rise by; 0 when there is no banner or it is hidden. */
  height = 0;
  /** False when the selector is not a valid CSS selector. */
  valid = true;
  private target: Element | null = null;
  private readonly resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.measure()) : null;
  private pending = 0;
  // A page's own changes come in bursts: look again once per frame at most.
  private readonly mutations = new MutationObserver(() => {
    if (!this.pending) this.pending = requestAnimationFrame(() => ((this.pending = 0), this.watch()));
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.onResize);
    this.watch();
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.onResize);
    this.resize?.disconnect();
    this.mutations.disconnect();
    cancelAnimationFrame(this.pending);
    this.pending = 0;
    this.target = null;
  }

  /** Looks the element up again (the selector changed, or the page added or removed its banner). */
  watch(): void {
    const selector = this.selector();
    let target: Element | null = null;
    this.valid = true;
    if (selector) {
      try {
        target = document.querySelector(selector);
      } catch {
        this.valid = false;
      }
    }
    if (!selector || !this.valid) this.mutations.disconnect();
    else this.mutations.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'style'] });
    if (target !== this.target) {
      if (this.target) this.resize?.unobserve(this.target);
      this.target = target;
      if (target) this.resize?.observe(target);
    }
    this.measure();
  }

  private readonly onResize = () => this.measure();

  private measure(): void {
    const box = this.target?.isConnected ? this.target.getBoundingClientRect() : null;
    const shown = box && box.height > 0 && box.width > 0 && box.top < window.innerHeight;
    const height = shown ? Math.max(0, Math.round(window.innerHeight - box.top)) : 0;
    if (height !== this.height) {
      this.height = height;
      this.host.requestUpdate();
    }
  }
}

/** What a reader needs to see or use: text blocks, media, controls and the library's other widgets. */
const CONTENT =
  'p, h1, h2, h3, h4, h5, h6, li, dt, dd, th, td, blockquote, pre, figcaption, label, a[href], button, input, select, ' +
  'textarea, img, video, iframe, summary, cabildo-opening-hours, cabildo-tramite-finder, cabildo-contact-card, ' +
  'cabildo-satisfaction-survey, cabildo-survey-results';
/** The widest the text pill gets (its CSS cap, 28rem, plus its border) and about its tallest (three status lines). */
const PILL_WIDTH_REM = 28.25;
const PILL_HEIGHT_REM = 7;

const insideFixed = (el: Element | null): boolean => {
  for (let node = el; node && node !== document.body; node = node.parentElement) {
    if (getComputedStyle(node).position === 'fixed') return true;
  }
  return false;
};

/**
 * True when a text pill in the host's corner would lie over some content of the page at some scroll position: a
 * content box overlaps the pill's column and reaches below the pill's top edge (anything above it at the top of the
 * page never scrolls under a button fixed to the bottom). Boxes inside fixed elements (a cookie banner: see `above`)
 * and inside the host itself do not count.
 */
export function pillWouldCover(host: HTMLElement): boolean {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const box = host.getBoundingClientRect();
  const fromLeft = getComputedStyle(host).left !== 'auto' && host.getAttribute('position') === 'left';
  const left = fromLeft ? box.left : box.right - PILL_WIDTH_REM * rem;
  const right = fromLeft ? box.left + PILL_WIDTH_REM * rem : box.right;
  const top = box.bottom - PILL_HEIGHT_REM * rem;
  for (const el of document.body.querySelectorAll(CONTENT)) {
    if (host.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= left || r.left >= right || r.bottom + scrollY <= top) continue;
    if (!insideFixed(el)) return true;
  }
  return false;
}

/**
 * Decides whether the floating button may be the text pill: only where the pill fits beside the page's content, never
 * over text. Looked at before the first render (so that the button does not change shape in view), when the window
 * is resized and when the page has loaded.
 */
export class PillRoom implements ReactiveController {
  /** True when the pill would cover content: the button is round then. */
  crowded = false;
  private pending = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.schedule);
    window.addEventListener('load', this.schedule);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.schedule);
    window.removeEventListener('load', this.schedule);
    cancelAnimationFrame(this.pending);
    this.pending = 0;
  }

  /** Looks at the page now; updates the host when the answer changed. */
  measure(): void {
    const crowded = this.active() && pillWouldCover(this.host);
    if (crowded === this.crowded) return;
    this.crowded = crowded;
    this.host.requestUpdate();
  }

  private readonly schedule = () => {
    if (!this.pending) this.pending = requestAnimationFrame(() => ((this.pending = 0), this.measure()));
  };
}
