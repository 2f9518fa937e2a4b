import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './scripts/minify-templates.mjs';

/** The per-element entry points, as the contract names them; an element's entry joins the build once it exists. */
export const ELEMENTS = ['whatsapp-button', 'opening-hours', 'tramite-finder', 'contact-card', 'satisfaction-survey', 'survey-results'];
const entries = ['index', 'autoloader', 'react', ...ELEMENTS].filter((name) => existsSync(`src/${name}.ts`));
const cdnEntries = ['autoloader', ...ELEMENTS].filter((name) => existsSync(`src/${name}.ts`));
const minify = () => terser({ ecma: 2021, module: true, format: { comments: false } });
const TSLIB = fileURLToPath(new URL('./src/internal/tslib.js', import.meta.url));
const cdnTypescript = () =>
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist/cdn', sourceMap: true, tslib: TSLIB });

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
    // CDN: one self-contained minified module, Lit inlined (production build of Lit), for web editors.
    input: 'src/index.ts',
    // One file: the QR encoder that the WhatsApp button imports on demand is inlined (it is still run only on demand).
    output: { file: 'dist/cdn/cabildo-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [nodeResolve(), cdnTypescript(), minifyTemplates(), minify()],
  },
  {
    // CDN autoloader: a tiny loader plus one module per element and shared chunks (Lit, base class), fetched on demand;
    // the QR encoder stays a chunk of its own, fetched only when the QR dialog opens.
    input: Object.fromEntries(cdnEntries.map((name) => [name, `src/${name}.ts`])),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Each English part (src/generated/locales/en/<part>.ts, loaded on demand) is named en-<part>.
      chunkFileNames: (chunk) => {
        const english = chunk.facadeModuleId?.match(/generated[\\/]locales[\\/]en[\\/]([\w-]+)\.ts$/);
        return english ? `chunks/en-${english[1]}-[hash].js` : 'chunks/[name]-[hash].js';
      },
      sourcemap: true,
      // The QR encoder, fetched only when a citizen opens the QR dialog, under a name that says what it is. (Lit stays
      // in the shared chunk with the base class: a chunk of its own costs a page one more request and 0.7 KB.)
      manualChunks: (id) => (/node_modules[\\/]uqr[\\/]/.test(id) ? 'qr' : undefined),
    },
    plugins: [nodeResolve(), cdnTypescript(), minifyTemplates(), minify()],
  },
];
