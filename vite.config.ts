import { defineConfig } from 'vite';

// `npm start`: the demo page (index.html) on 127.0.0.1.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'build/demo' },
});
