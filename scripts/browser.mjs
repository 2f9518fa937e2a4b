// Finds a Chromium for tests and scripted checks, in the order the toolchain notes give:
// CHROME_PATH, then Debian's /usr/bin/chromium, then the npm package @sparticuz/chromium (no apt step needed).
// CABILDO_BROWSER=npm forces the npm package, to prove a fresh machine without a browser works.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test pages run side by side in background tabs; without these, their animation frames and timers are throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function resolveBrowser() {
  const forced = process.env.CABILDO_BROWSER;
  if (forced !== 'npm') {
    if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) {
      return { executablePath: process.env.CHROME_PATH, source: 'CHROME_PATH' };
    }
    if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), source: '@sparticuz/chromium' };
}
