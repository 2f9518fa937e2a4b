import { defineConfig, searchForWorkspaceRoot } from 'vite';
import { surveyCollectorPlugin } from './server/survey-dev.mjs';

// `npm start`: the demo page (index.html) and the office page (oficina.html, behind the staff credential printed in
// the terminal) on 127.0.0.1, with the survey collector at /api/survey (server/survey-dev.mjs; answers in a PGlite
// database in .data/, or PostgreSQL with DATABASE_URL). The data folder is never served: the collector's guard refuses
// every path that names it, and Vite's own file server denies it too.
export default defineConfig({
  plugins: [surveyCollectorPlugin()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    fs: {
      allow: [searchForWorkspaceRoot(process.cwd())],
      // Vite's defaults, and the data folder.
      deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**', '.data'],
    },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: 'build/demo',
    // The widgets' chunks are imported one by one (demo/main.ts); Vite's helper that preloads each one's dependencies
    // appends <link rel="modulepreload"> elements from script, 60-120 ms of the demo's first task at 4x CPU slowdown.
    // The browser finds those dependencies in each chunk's own imports instead (on the page's own server: no slower).
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rollupOptions: { input: { index: 'index.html', oficina: 'oficina.html' } },
  },
});
