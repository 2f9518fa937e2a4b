/**
 * The catalogue load's timeout, in a module of its own: the finder reads it for its `timeout` default before any
 * catalogue is loaded, while the loader (./catalogue-loader.ts) and the validation (./catalogue.ts) run only when a
 * finder has a `src`, so the finder imports them on demand and a page with the built-in catalogue never downloads them.
 */

/** How long a catalogue load may take before it is abandoned (milliseconds). */
export const DEFAULT_TIMEOUT_MS = 8000;
