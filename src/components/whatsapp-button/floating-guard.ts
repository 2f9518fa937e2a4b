import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * True when the on-screen keyboard takes the bottom of the screen: the visual viewport is much shorter than the layout
 * viewport while not zoomed in (pinch zoom shrinks the visual viewport too, but then `scale` is above 1).
 */
export function keyboardIsOpen(layoutHeight: number, visualHeight: number, scale: number): boolean {
  return scale < 1.05 && layoutHeight - visualHeight > Math.max(120, layoutHeight * 0.2);
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
    const covers =
      this.active() &&
      !path.includes(this.host) &&
      target instanceof Element &&
      overlaps(this.host.getBoundingClientRect(), target.getBoundingClientRect());
    this.set(this.keyboardOpen, covers);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    // Focus leaving for nowhere (e.g. a click on the page background): nothing is focused, nothing is covered.
    if (!event.relatedTarget) this.set(this.keyboardOpen, false);
  };
}
