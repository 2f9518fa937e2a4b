import { html, literal, type StaticValue } from 'lit/static-html.js';
import { nothing, type TemplateResult } from 'lit';

/**
 * The `heading-level` attribute (GOV.UK components' headingLevel): the level, 2 to 6, at which an element's titles sit
 * in the page's outline. A level out of range is brought into it; anything that is not a number gives the default, 2.
 */
export const headingLevel = (value: unknown): number => Math.min(6, Math.max(2, Math.round(Number(value)) || 2));

// Fixed tag names only: nothing from an attribute ever becomes markup.
const TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** A real heading element (`<h2>`…`<h6>`) at the level `heading-level` asks for, with a class for its look. */
export function heading(level: unknown, className: string, content: unknown, part?: string): TemplateResult {
  const tag = TAGS[headingLevel(level)];
  // lit/static-html puts the fixed tag in place once per level; the lint rules only know dynamic bindings.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} class=${className} part=${part ?? nothing}>${content}</${tag}>`;
}
