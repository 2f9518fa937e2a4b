import { waitUntil } from '@open-wc/testing';

/** The longest a condition wait may take: a ceiling for a wait that will never succeed, never a delay. */
export const UNTIL_CEILING_MS = 15_000;

/**
 * Waits for a condition, never for a fixed time. The ceiling is generous (open-wc's default is 1 s) because CI runs on
 * two busy cores: it only ends a wait that will never succeed, and a condition that holds returns at once.
 */
export const until = (condition: () => unknown, message = 'condition not reached', timeout = UNTIL_CEILING_MS): Promise<void> =>
  waitUntil(condition, message, { timeout, interval: 20 });

/** Waits until `find` returns something (an element, a non-empty value) and returns it. */
export async function waitFor<T>(find: () => T | null | undefined | false, message = 'not found', timeout = UNTIL_CEILING_MS): Promise<T> {
  let found: T | null | undefined | false;
  await until(() => (found = find()), message, timeout);
  return found as T;
}
