import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** The per-element entry points, as the contract names them; an element's entry joins the build once it exists. */
export const ELEMENTS = ['whatsapp-button', 'opening-hours', 'tramite-finder', 'contact-card', 'satisfaction-survey'];
const entries = ['index', 'autoloader', ...ELEMENTS].filter((name) => existsSync(`src/${name}.ts`));
const cdnEntries = ['autoloader', ...ELEMENTS].filter((name) => existsSync(`src/${name}.ts`));
const minify = () => terser({ ecma: 2021, module: true, format: { comments: false } });
const cdnTypescript = () =>
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist/cdn', sourceMap: true });

// Lit stays external in the npm build: the consumer's bundler dedupes it (lit.dev's publishing guide).
const isExternal = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('lit-');

export default [
  {
    // npm: unbundled ES modules mirroring src/, with declarations, not minified.
    input: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
    external: isExternal,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', sourceMap: true, inlineSources: false })],
  },
  {
    // CDN: one self-contained minified module, Lit inlined (production build of Lit), for web editors.
    input: 'src/index.ts',
    output: { file: 'dist/cdn/cabildo-widgets.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), cdnTypescript(), minify()],
  },
  {
    // CDN autoloader: a tiny loader plus one module per element and shared chunks (Lit, base class), fetched on demand.
    input: Object.fromEntries(cdnEntries.map((name) => [name, `src/${name}.ts`])),
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [nodeResolve(), cdnTypescript(), minify()],
  },
];
