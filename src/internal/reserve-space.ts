/**
 * Space reserved for each widget before its code arrives, so that nothing on the page moves when it upgrades (zero
 * layout shift). The rules match only `:not(:defined)` elements: once a widget is defined it takes its own size, which
 * the heights below follow (measured by `npm run perf` on the article page, in the bands of width a phone, a tablet
 * and a computer give a widget). Fallback content that the editor pasted inside the tag shows inside the box (a
 * flow-root: the margins of its first and last paragraphs stay inside, so the box does not move when they go).
 *
 * The autoloader and the all-in-one CDN file call `reserveSpace()` as they start: the rules go into a constructable
 * stylesheet adopted by the document (no `<style>` element, no inline style: allowed by a strict CSP without
 * 'unsafe-inline'). The editor guides give the same CSS (`RESERVE_SPACE_CSS`) for pages that paint before the script runs
 * or that add widgets later.
 */

/** The CSS, word for word as the editor guides print it. */
export const RESERVE_SPACE_CSS = `/* Cabildo widgets: space kept before they load, so that the page does not jump when they appear.
   Heights of the widgets in a text column up to 46rem wide; a page that gives them other widths can tune them. */
cabildo-opening-hours:not(:defined),
cabildo-tramite-finder:not(:defined),
cabildo-contact-card:not(:defined),
cabildo-satisfaction-survey:not(:defined) { display: flow-root; }
cabildo-opening-hours:not(:defined) { min-height: 2.15rem; }
cabildo-opening-hours[variant="week"]:not(:defined) { min-height: 23.5rem; }
cabildo-tramite-finder:not(:defined) { min-height: 90.8rem; }
cabildo-contact-card:not(:defined) { min-height: 53.25rem; }
cabildo-satisfaction-survey:not(:defined) { min-height: 50.75rem; }
@media (max-width: 47.99rem) {
  cabildo-opening-hours:not(:defined) { min-height: 3.55rem; }
  cabildo-opening-hours[variant="week"]:not(:defined) { min-height: 23.5rem; }
  cabildo-tramite-finder:not(:defined) { min-height: 112.3rem; }
  cabildo-contact-card:not(:defined) { min-height: 66.65rem; }
  cabildo-satisfaction-survey:not(:defined) { min-height: 75rem; }
}
@media (max-width: 23.5rem) {
  cabildo-opening-hours[variant="week"]:not(:defined) { min-height: 24.9rem; }
  cabildo-tramite-finder:not(:defined) { min-height: 120.1rem; }
  cabildo-contact-card:not(:defined) { min-height: 77.35rem; }
  cabildo-satisfaction-survey:not(:defined) { min-height: 81.3rem; }
}
`;

const KEY = Symbol.for('cabildo-widgets.reserve-space');
// `pending`: the rules also hold for a defined widget waiting for its first render (render-slices.ts).
type Registry = { sheet: CSSStyleSheet | null; released: Set<string>; pending?: boolean };
const registry = ((globalThis as Record<symbol, Registry | undefined>)[KEY] ??= { sheet: null, released: new Set() });

/** The rules without those of the tags given up on (their code failed to load: their fallback shows as written). */
function rules(): string {
  const css = registry.pending ? `${RESERVE_SPACE_CSS}${RESERVE_SPACE_CSS.replaceAll(':not(:defined)', ':state(cabildo-pending)')}` : RESERVE_SPACE_CSS;
  if (registry.released.size === 0) return css;
  return css.split('\n')
    .map((line) => line.replace(/^(\s*)(cabildo-[a-z-]+)(?=[[:])/, (all, space: string, tag: string) => (registry.released.has(tag) ? `${space}cabildo-released` : all)))
    .join('\n');
}

/**
 * Adds the reserved-space rules to the document once (however many copies of the library run). Browsers without
 * constructable stylesheets get nothing: their widgets still work, they only may move the page as they appear.
 */
export function reserveSpace(doc: Document = document): void {
  if (registry.sheet || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  try {
    const sheet = new CSSStyleSheet();
    // Also for a widget that is defined but waits for its first render (render-slices.ts), by its custom state; a
    // browser without custom states gets no such rules, and then no widget waits.
    registry.pending = typeof CSS !== 'undefined' && Boolean(CSS.supports?.('selector(:state(cabildo-pending))'));
    sheet.replaceSync(rules());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    registry.sheet = sheet;
  } catch {
    // A browser that cannot construct the sheet: nothing is reserved, nothing else changes.
  }
}

/** Stops reserving space for `tag` (its code could not be loaded): its fallback content shows as the editor wrote it. */
export function releaseSpace(tag: string): void {
  registry.released.add(tag);
  registry.sheet?.replaceSync(rules());
}
