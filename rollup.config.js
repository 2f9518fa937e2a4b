import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './scripts/minify-templates.mjs';
import { messageIds, moduleGraph, stripDataNotes } from './scripts/build-plugins.mjs';

/** The per-element entry points, as the contract names them; an element's entry joins the build once it exists. */
export const ELEMENTS = ['whatsapp-button', 'opening-hours', 'tramite-finder', 'contact-card', 'satisfaction-survey', 'survey-results'];
const entries = ['index', 'autoloader', 'react', ...ELEMENTS].filter((name) => existsSync(`src/${name}.ts`));
const cdnEntries = ['autoloader', ...ELEMENTS].filter((name) => existsSync(`src/${name}.ts`));
// Three passes and getters without side effects (none of ours or Lit's has any): measured in the issue note
// (CDN_WITHOUT=terser builds with terser's defaults).
const tuned = !(process.env.CDN_WITHOUT ?? '').split(',').includes('terser');
const minify = () =>
  terser({ ecma: 2021, module: true, format: { comments: false }, ...(tuned && { compress: { passes: 3, pure_getters: true } }) });
/** Everything a CDN build does to the code after TypeScript (see scripts/build-plugins.mjs). */
const cdnPlugins = (...extra) => [nodeResolve(), cdnTypescript(), messageIds(), stripDataNotes(), minifyTemplates(), ...extra, minify()];
/** Chunk names: each English part (src/generated/locales/en/<part>.ts, loaded on demand) is named en-<part>. */
const chunkFileNames = (chunk) => {
  const english = chunk.facadeModuleId?.match(/generated[\\/]locales[\\/]en[\\/]([\w-]+)\.ts$/);
  return english ? `chunks/en-${english[1]}-[hash].js` : 'chunks/[name]-[hash].js';
};
/**
 * Files fetched on demand, under names that say what they are: the QR encoder (when a citizen opens the QR dialog) and
 * the built-in catalogue's parts (its list and search when a finder without src appears; each language's steps and
 * documents when a procedure is opened: scripts/split-catalogue.mjs).
 */
const qrChunk = (id) => {
  if (/node_modules[\\/]uqr[\\/]/.test(id)) return 'qr';
  const part = id.match(/generated[\\/]catalogue[\\/](index|details-\w+)\.ts$/)?.[1];
  return part && `catalogue-${part}`;
};
/**
 * The autoloader build's named chunks: those above and the `closures` reader (core/closures.ts, which only the opening
 * hours and the page calendar's parser use), a file of its own rather than merged into a chunk (see below).
 */
const autoloaderChunk = (id) => qrChunk(id) ?? (/src[\\/]core[\\/]closures\.ts$/.test(id) ? 'closures' : undefined);
/**
 * The English parts count as code with side effects, so that the small-chunk merging below never merges a shared
 * module into one (an English part has no side effects either; a Spanish page would then download English).
 */
const englishKept = () => ({
  name: 'english-kept',
  transform: (code, id) => (/generated[\\/]locales[\\/]en[\\/]/.test(id) ? { code, map: null, moduleSideEffects: 'no-treeshake' } : null),
});
// Chunks under 900 B (before minification) are merged into a chunk their importers already load, when rollup can do
// so without running code a page would not otherwise run: each file costs a request and about 100 B of gzip framing
// and import/export names (measured: the WhatsApp-only page 200 B lighter and one file fewer). Not 1000: the status
// words of the opening hours and the contact card (internal/status-text.ts + core/week.ts, about 960 B) would then be
// merged into a chunk the WhatsApp button loads, which never runs them (measured: 250 B more on its page).
const MIN_CHUNK = 900;
const TSLIB = fileURLToPath(new URL('./src/internal/tslib.js', import.meta.url));
const cdnTypescript = () =>
  // Types are checked once, by the npm build (and npm run typecheck): the two CDN builds only strip them (noCheck).
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist/cdn', sourceMap: true, tslib: TSLIB, noCheck: true });

// Lit stays external in the npm build: the consumer's bundler dedupes it (lit.dev's publishing guide).
// uqr (the WhatsApp button's QR encoder, a runtime dependency) is resolved by the consumer's bundler too, and so are
// React and @lit/react, the optional peers of the React wrappers (src/react.ts).
const isExternal = (id) =>
  id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('lit-') || id === 'uqr' || id === 'react';

/** Ships the catalogue JSON Schema beside the modules (`@cabildo-lanzarote/widgets/catalogue.schema.json`). */
function copySchemas() {
  return {
    name: 'copy-schemas',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/catalogue.schema.json', source: readFileSync('src/data/catalogue.schema.json', 'utf8') });
    },
  };
}

export default [
  {
    // npm: unbundled ES modules mirroring src/, with declarations, not minified.
    input: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
    external: isExternal,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // Its own copy of tslib's __decorate, so that dist/ has no node_modules folder (see src/internal/tslib.js).
    plugins: [typescript({ tsconfig: './tsconfig.build.json', sourceMap: true, inlineSources: false, tslib: TSLIB }), copySchemas()],
  },
  {
    // CDN: the all-in-one file, Lit inlined (production build of Lit), for web editors. What a page may never need
    // comes as sibling files in chunks/, fetched from the file's own folder when needed: the English messages (English
    // pages only), the QR encoder (when the QR dialog opens) and the built-in catalogue (when a finder has no src).
    input: { 'cabildo-widgets': 'src/cdn.ts' },
    // The chunks import what they share from the file itself (no second file that it would re-export).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => chunkFileNames(chunk).replace('chunks/', 'chunks/all-'),
      sourcemap: true,
      manualChunks: qrChunk,
    },
    plugins: cdnPlugins(),
  },
  {
    // CDN autoloader: a tiny loader plus one module per element and shared chunks (Lit, base class), fetched on demand;
    // the autoloader knows each element's files (moduleGraph) and requests them all at once. The QR encoder stays a
    // chunk of its own, fetched only when the QR dialog opens. (Lit stays in the shared chunk with the base class: a
    // chunk of its own costs a page one more request and 0.7 KB.)
    input: Object.fromEntries(cdnEntries.map((name) => [name, `src/${name}.ts`])),
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames, sourcemap: true, manualChunks: autoloaderChunk, experimentalMinChunkSize: MIN_CHUNK },
    plugins: cdnPlugins(englishKept(), moduleGraph({ tags: Object.fromEntries(ELEMENTS.map((name) => [`cabildo-${name}`, name])) })),
  },
];
