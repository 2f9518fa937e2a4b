import { defineConfig } from 'vite';
import { surveyCollectorPlugin } from './server/survey-collector.mjs';

// `npm start`: the demo page (index.html) on 127.0.0.1, with the reference survey collector at /api/survey
// (answers kept in .data/survey-answers.jsonl; all of them at /api/survey/export.csv).
export default defineConfig({
  plugins: [surveyCollectorPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'build/demo' },
});
