// The collector on the dev server (`npm start`, `vite preview`): answers at /api/survey, the office page
// (/oficina.html) with <cabildo-survey-results> behind the staff credential, and about 2,000 made-up answers
// (demo-answers.mjs) in an empty store so that the page has something to show. The data folder is never served.
import { randomBytes } from 'node:crypto';
import { createSurveyCollector, dataFolderGuard, staffRefusal } from './survey-collector.mjs';
import { collectorSettings } from './survey-config.mjs';
import { demoAnswers } from './demo-answers.mjs';

const OFFICE_PAGES = new Set(['/oficina.html', '/oficina', '/oficina/']);

/**
 * A Vite plugin. Without SURVEY_STAFF_TOKEN it makes a random credential for this run only and prints it: the demo's
 * staff routes work, and nothing guessable is ever accepted. SURVEY_DEMO_SEED=0 leaves an empty store empty.
 */
export function surveyCollectorPlugin({ mount = '/api/survey', env = process.env, log = console.log } = {}) {
  const settings = collectorSettings(env);
  const demoToken = !settings.staffToken;
  const staffToken = settings.staffToken ?? randomBytes(18).toString('base64url');
  const openStore = async () => {
    const store = await settings.openStore();
    if (env.SURVEY_DEMO_SEED !== '0' && (await store.count()) === 0) {
      const added = await store.addMany(demoAnswers());
      log(`  survey: ${added} made-up answers added to the empty ${store.kind} store (SURVEY_DEMO_SEED=0 to skip)`);
    }
    return store;
  };
  const collector = createSurveyCollector({ ...settings, staffToken, store: openStore, mount: '' });
  const guard = dataFolderGuard(settings.dataDir);
  const officeGuard = (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!OFFICE_PAGES.has(path)) return next();
    const refusal = staffRefusal(req, staffToken);
    if (!refusal) return next();
    res.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...refusal.headers });
    return res.end(`${refusal.body.error}\n`);
  };
  const use = (server) => {
    server.middlewares.use(guard);
    server.middlewares.use(officeGuard);
    server.middlewares.use(mount, collector);
    server.httpServer?.once('listening', () => {
      const address = server.httpServer.address();
      const origin = typeof address === 'object' && address ? `http://${address.address}:${address.port}` : '';
      log(`\n  Office page (survey results): ${origin}/oficina.html`);
      log(demoToken
        ? `  Staff sign-in for this run: user "oficina", password ${staffToken}  (set SURVEY_STAFF_TOKEN to choose one)\n`
        : '  Staff sign-in: any user name, the password in SURVEY_STAFF_TOKEN\n');
    });
    // Open the store (and add the demo answers) now rather than on the first request.
    collector.store().catch((error) => log(`  survey: the store could not be opened: ${error.message}`));
  };
  return {
    name: 'cabildo-survey-collector',
    // A block body: a configureServer hook that returns a function has it run after Vite's own middlewares.
    configureServer: use,
    configurePreviewServer: use,
    /** For tests: the collector and the credential in use. */
    api: { collector, staffToken },
  };
}
