type Method = 'warn' | 'error' | 'info' | 'log';

/**
 * Silences `console[method]` (expected warnings, e.g. the ones that come with every cabildo-error) and keeps what was
 * written, so that a test can also assert on it. Call `restore()` in a finally block or afterEach.
 */
export function silenceConsole(method: Method = 'warn'): { messages: string[]; restore: () => void } {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console[method] = original) };
}

/** Runs `action` with `console.warn` silenced; the warnings are thrown away. */
export async function quietly<T>(action: () => T | Promise<T>): Promise<T> {
  const { restore } = silenceConsole('warn');
  try {
    return await action();
  } finally {
    restore();
  }
}
