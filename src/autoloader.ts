/**
 * The autoloader for web editors: registers only the `cabildo-*` tags present on the page, and those added later,
 * loading each element's code on demand. Tags already in the page are upgraded in place when their code arrives.
 *
 *   <script type="module" src="https://…/dist/cdn/autoloader.js"></script>
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'cabildo-whatsapp-button': () => import('./whatsapp-button.js'),
  'cabildo-opening-hours': () => import('./opening-hours.js'),
  'cabildo-tramite-finder': () => import('./tramite-finder.js'),
  'cabildo-contact-card': () => import('./contact-card.js'),
  'cabildo-satisfaction-survey': () => import('./satisfaction-survey.js'),
  'cabildo-survey-results': () => import('./survey-results.js'),
};

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loaders[tag]().catch((error: unknown) => {
    requested.delete(tag);
    const message = `<${tag}> could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    console.warn(message);
    for (const el of document.querySelectorAll(tag)) {
      el.dispatchEvent(new CustomEvent('cabildo-error', { detail: { code: 'load-failed', message }, bubbles: true, composed: true }));
    }
  });
}

/** Loads every known tag found in `root` (the root itself included). */
export function discover(root: ParentNode & Node): void {
  for (const tag of Object.keys(loaders)) {
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
}

function start(): void {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();
