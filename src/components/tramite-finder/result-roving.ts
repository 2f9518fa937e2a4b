import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keyboard between the search field and the result buttons (WAI-ARIA APG: a list of links reached with the arrows):
 * ↓ from the field to the first result; ↓ ↑ Home End among them; ↑ from the first, or Escape, back to the field.
 */
export class ResultRovingController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selectors = { item: '.result-link', field: '#q' },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The result buttons, in order. */
  items(): HTMLButtonElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>(this.selectors.item) ?? [])];
  }

  field(): HTMLInputElement | null {
    return this.host.shadowRoot?.querySelector<HTMLInputElement>(this.selectors.field) ?? null;
  }

  focusItem(index: number): void {
    this.items()[index]?.focus();
  }

  /** In the field: ↓ goes to the first result. Returns whether it handled the key. */
  fromField(event: KeyboardEvent): boolean {
    if (event.key !== 'ArrowDown' || !this.items().length) return false;
    event.preventDefault();
    this.focusItem(0);
    return true;
  }

  /** On the list of results (bound as its keydown listener). */
  readonly onListKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const current = items.indexOf(this.host.shadowRoot?.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const go: Record<string, number> = {
      ArrowDown: Math.min(current + 1, items.length - 1),
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (Object.prototype.hasOwnProperty.call(go, event.key)) {
      event.preventDefault();
      const target = go[event.key];
      if (target < 0) this.field()?.focus();
      else items[target].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.field()?.focus();
    }
  };
}
