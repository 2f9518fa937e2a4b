// The greeting bubble's "dismissed" mark: the only thing the button ever stores, and only after the citizen acts.
const KEY = 'cabildo-whatsapp-greeting-dismissed';

// Reading localStorage itself throws where storage is blocked (sandboxed frames, some privacy settings).
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True when the citizen already dismissed this greeting (a new greeting text shows again). */
export function isGreetingDismissed(greeting: string): boolean {
  try {
    return storage()?.getItem(KEY) === greeting;
  } catch {
    return false;
  }
}

/** Remembers that the citizen dismissed this greeting; blocked or full storage only means it shows again next time. */
export function rememberGreetingDismissed(greeting: string): void {
  try {
    storage()?.setItem(KEY, greeting);
  } catch {
    // Nothing to do: the bubble stays closed on this page view.
  }
}
