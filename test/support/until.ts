import { waitUntil } from '@open-wc/testing';

/**
 * Waits for a condition, never for a fixed time. The ceiling is generous (open-wc's default is 1 s) because CI runs on
 * two busy cores: it only ends a wait that will never succeed, and a condition that holds returns at once.
 */
export const until = (condition: () => unknown, message = 'condition not reached', timeout = 15_000): Promise<void> =>
  waitUntil(condition, message, { timeout, interval: 20 });
