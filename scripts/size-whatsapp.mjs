// Size of <cabildo-whatsapp-button>, minified (terser, as the CDN build) and gzipped (level 9):
// its own code, its own code plus the shared foundation and hours engine, and the QR encoder it loads on demand.
// Lit is left out of every row: a page shares one copy of it among all the widgets.
// Usage: node scripts/size-whatsapp.mjs
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/');
// The files that exist only for the button; everything else is shared with the other widgets.
const own = (id) => /src[\\/](components[\\/]whatsapp-button[\\/]|whatsapp-button\.ts|core[\\/]qr-path\.ts)/.test(id);

async function measure(input, external, extraPlugins = []) {
  const bundle = await rollup({
    input,
    external,
    plugins: [
      ...extraPlugins,
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'build/size', sourceMap: false }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  const code = output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  return { min: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length };
}

// The encoder as the button uses it: only `encode` from uqr, tree-shaken.
const virtualQr = {
  name: 'virtual-qr',
  resolveId: (id) => (id === 'virtual:qr' ? id : null),
  load: (id) => (id === 'virtual:qr' ? "export { encode } from 'uqr';" : null),
};

// Rollup asks again with the resolved path, so shared sources are recognised by their place under src/.
const ownCode = await measure('src/whatsapp-button.ts', (id) => isLit(id) || id === 'uqr' || (/[\\/]src[\\/]/.test(id) && !own(id)));
const withShared = await measure('src/whatsapp-button.ts', (id) => isLit(id) || id === 'uqr');
const encoder = await measure('virtual:qr', () => false, [virtualQr]);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  ['button, own code', ownCode],
  ['button, own code + QR encoder (uqr, loaded on demand)', { min: ownCode.min + encoder.min, gz: ownCode.gz + encoder.gz }],
  ['button + shared foundation + hours engine (no Lit)', withShared],
  ['button + shared + hours engine + QR encoder', { min: withShared.min + encoder.min, gz: withShared.gz + encoder.gz }],
  ['QR encoder alone (uqr encode)', encoder],
];
console.log('| <cabildo-whatsapp-button> | min | min+gzip |');
console.log('|---|---:|---:|');
for (const [name, size] of rows) console.log(`| ${name} | ${kb(size.min)} | ${kb(size.gz)} |`);
