/**
 * The autoloader for web editors: registers only the `cabildo-*` tags present on the page, and those added later,
 * loading each element's code on demand. Tags already in the page are upgraded in place when their code arrives.
 *
 *   <script type="module" src="https://…/dist/cdn/autoloader.js"></script>
 */
import { reserveSpace, releaseSpace } from './internal/reserve-space.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'cabildo-whatsapp-button': () => import('./whatsapp-button.js'),
  'cabildo-opening-hours': () => import('./opening-hours.js'),
  'cabildo-tramite-finder': () => import('./tramite-finder.js'),
  'cabildo-contact-card': () => import('./contact-card.js'),
  'cabildo-satisfaction-survey': () => import('./satisfaction-survey.js'),
  'cabildo-survey-results': () => import('./survey-results.js'),
};

/**
 * Every file of each element's module graph, as the CDN build wrote them (paths relative to this file), its English
 * parts and the files of the page calendar's parser: the CDN build (scripts/build-plugins.mjs) puts them here, so that
 * all of them are requested at once, in parallel, instead of one round trip per level of imports. In the npm build
 * this stays a string and nothing is preloaded (the consumer's bundler lays out the files).
 */
const GRAPH = JSON.parse('"__CABILDO_GRAPH__"') as Record<string, [files: string[], english: string[], calendar: string[]]> | string;

function preload(tag: string): void {
  if (typeof GRAPH === 'string' || !GRAPH[tag]) return;
  const [files, english, calendar] = GRAPH[tag];
  // English parts on an English page; the page calendar's parser on a page with a calendar block (page-calendar.ts).
  const wanted = [
    ...files,
    ...(/^en\b/i.test(document.documentElement.lang) ? english : []),
    ...(document.getElementById('cabildo-calendar') ? calendar : []),
  ];
  // The modules are evaluated in their import order whatever order they arrive in; a failure shows in load().
  for (const file of wanted) import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => undefined);
}

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  preload(tag);
  loaders[tag]().catch((error: unknown) => {
    requested.delete(tag);
    // The element will not come: its fallback content shows as the editor wrote it, without the reserved box.
    releaseSpace(tag);
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
  // Before anything loads: each widget's box keeps the size it will have (no layout shift when it upgrades).
  reserveSpace();
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();
