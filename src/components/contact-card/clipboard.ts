/**
 * Copies text with the asynchronous Clipboard API. Resolves false, never throws, when the API is missing (an insecure
 * page, an old browser) or the browser refuses (permission denied, document not focused), so the caller can fall
 * back to showing the text selected for the citizen to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
