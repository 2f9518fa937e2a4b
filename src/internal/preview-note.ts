// The editors' preview: on a page opened with `cabildo-debug` in its address (`?cabildo-debug`, `&cabildo-debug` or
// `#cabildo-debug`), a widget that reported a problem also shows it, in words, under its own content; citizens, who
// never open pages that way, see only the friendly fallback. Loaded by CabildoElement on the first problem there.
import { css, html, render, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';

const styles = css`
  .preview-note {
    margin-block: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px dashed var(--_warn, #8a4b00);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_surface, #ffffff);
    color: var(--_ink, #1b2328);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .preview-note p,
  .preview-note ul {
    margin: 0;
  }
  .preview-note ul {
    padding-inline-start: 1.25rem;
  }
`;

/** What CabildoElement keeps of its problems (`code\u0000message`): those standing now and the last one reported. */
interface ProblemKeeper extends ReactiveControllerHost, HTMLElement {
  renderRoot: HTMLElement | DocumentFragment;
  updateComplete: Promise<boolean>;
}
type Kept = { standing: Set<string>; lastErrorKey: string };

const watched = new WeakSet<Element>();

/** Shows the element's problems under it now and after each of its updates (gone once fixed), in its language. */
export function watch(host: ProblemKeeper): void {
  if (watched.has(host)) return;
  watched.add(host);
  const note = document.createElement('div');
  const root = host.renderRoot;
  if (root instanceof ShadowRoot && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  const show = () => {
    // Private to the element, read here only, so that pages without cabildo-debug carry none of this.
    const { standing, lastErrorKey } = host as unknown as Kept;
    const problems = [...new Set([...standing, lastErrorKey])].filter(Boolean).map((key) => key.split('\u0000'));
    if (!problems.length) return note.remove();
    render(
      html`<div class="preview-note" part="preview-note">
        <p>
          <strong>${msg('Para quien edita la página', { desc: "Heading of the problems shown in the editors' preview (cabildo-debug)" })}</strong>
          ${msg('(solo se ve con «cabildo-debug» en la dirección):', {
            desc: "Why the editors' preview note is visible: the page address has cabildo-debug",
          })}
        </p>
        <ul>
          ${problems.map(([code, message]) => html`<li><code>${code}</code>: ${message}</li>`)}
        </ul>
      </div>`,
      note,
    );
    // Last in the shadow root, after the widget's own content (Lit removes it when it replaces that content).
    if (root.lastChild !== note) root.append(note);
  };
  // After each update: the element reports its configuration problems in willUpdate, others as they happen.
  host.addController({ hostUpdated: () => void host.updateComplete.then(show) });
  show();
}
