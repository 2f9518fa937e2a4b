// The reference store: an append-only JSON-lines file, one answer per id, read whole into memory at start. Kept for
// comparison (npm run bench:collector) and as the format the SQL stores import.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { summarizeRecords } from './survey-summary.mjs';
import { maskAnswer } from './personal-data.mjs';

/**
 * The synchronous core: reads the file once, so the ids already stored survive a restart; a line cut short by a crash
 * is skipped.
 */
export function openStore(file) {
  const records = [];
  const ids = new Set();
  // A write cut short (a crash, a full disk) leaves a line without its end: the next answer must start on a line of its
  // own, or it would be glued to the torn one and lost when the file is read again.
  let startOnNewLine = false;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    startOnNewLine = text !== '' && !text.endsWith('\n');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const record = JSON.parse(line);
        if (typeof record?.id === 'string' && !ids.has(record.id.toLowerCase())) {
          ids.add(record.id.toLowerCase());
          records.push(record);
        }
      } catch {
        // A torn last line from a crash: the answer's browser will send it again, with the same id.
      }
    }
  }
  return {
    file,
    // A UUID is the same in upper and lower case.
    has: (id) => ids.has(id.toLowerCase()),
    records: () => records.slice(),
    /** Appends the answer unless its id is stored; true when it was new. Throws when the file cannot be written. */
    add(payload, receivedAt = new Date().toISOString()) {
      if (ids.has(payload.id.toLowerCase())) return false;
      const record = { ...payload, receivedAt };
      mkdirSync(dirname(file), { recursive: true });
      try {
        appendFileSync(file, `${startOnNewLine ? '\n' : ''}${JSON.stringify(record)}\n`, { encoding: 'utf8', mode: 0o600 });
      } catch (error) {
        startOnNewLine = true;
        throw error;
      }
      startOnNewLine = false;
      ids.add(payload.id.toLowerCase());
      records.push(record);
      return true;
    },
  };
}

/** The JSON-lines file behind the store interface of survey-store.mjs (every method async). */
export async function openJsonLinesStore(file) {
  let core = openStore(file);
  const store = {
    kind: 'jsonl',
    file,
    // Comments masked before they are written, and again when read (lines written before the collector masked).
    add: async (payload, receivedAt) => core.add(maskAnswer(payload), receivedAt),
    async addMany(items) {
      let added = 0;
      for (const { payload, receivedAt } of items) if (core.add(maskAnswer(payload), receivedAt)) added++;
      return added;
    },
    count: async () => core.records().length,
    records: async (filters = {}) => summarizeRecords.filter(core.records(), filters).map(maskAnswer),
    summary: async (filters = {}) => summarizeRecords(core.records().map(maskAnswer), filters),
    close: async () => {},
    /** Deletes every answer (tests only). */
    async wipe() {
      if (existsSync(file)) writeFileSync(file, '');
      core = openStore(file);
    },
  };
  const { importJsonLines } = await import('./survey-store.mjs');
  store.importJsonLines = (other) => importJsonLines(other, store.add);
  return store;
}
