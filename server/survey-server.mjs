#!/usr/bin/env node
// The collector on its own, for production behind the Cabildo's reverse proxy, and for npm run bench:collector:
//   SURVEY_STAFF_TOKEN=… DATABASE_URL=postgres://… node server/survey-server.mjs [--port 8787] [--host 127.0.0.1]
// Settings from the environment (survey-config.mjs). It answers at /api/survey (POST, /summary, /export.csv).
// `--import file.jsonl` copies a reference collector's JSON-lines file into the store and exits.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createSurveyCollector } from './survey-collector.mjs';
import { collectorSettings } from './survey-config.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' }, import: { type: 'string' } } });
const settings = collectorSettings();

if (values.import) {
  const store = await settings.openStore();
  const result = await store.importJsonLines(values.import);
  console.log(`imported ${result.added} new answers from ${values.import} into ${store.kind} (${result.duplicates} already stored, ${result.skipped} unreadable lines of ${result.read})`);
  await store.close();
  process.exit(0);
}

const collector = createSurveyCollector({ ...settings, store: settings.openStore, mount: '/api/survey' });
const store = await collector.store();
const server = createServer((req, res) => void collector(req, res));
server.keepAliveTimeout = 10_000;
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  // One line that scripts wait for (bench-collector.mjs).
  console.log(`survey collector (${store.kind}) listening on http://${values.host}:${port}/api/survey`);
  if (!settings.staffToken) console.log('staff routes disabled: set SURVEY_STAFF_TOKEN (at least 16 characters) to read the results');
});
const stop = () => server.close(() => store.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
