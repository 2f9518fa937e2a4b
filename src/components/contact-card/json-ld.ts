/**
 * JSON-LD data blocks in the page's head, shared between cards: two cards of the same office add one block, which
 * goes away when the last of them leaves the page.
 *
 * A `<script type="application/ld+json">` is a data block: the browser never executes it, so it needs no CSP
 * `script-src` allowance, and its text is set through `textContent` (not HTML parsing), so Trusted Types is not
 * involved either.
 */
const blocks = new Map<string, { script: HTMLScriptElement; owners: Set<object> }>();

/** Adds a data block with `text` to `document.head` unless one is there; `owner` keeps it alive. */
export function shareJsonLd(text: string, owner: object): void {
  let block = blocks.get(text);
  if (!block) {
    // Another copy of the library may have added the same block already.
    const existing = [...document.head.querySelectorAll<HTMLScriptElement>('script[data-cabildo-contact-card]')].find(
      (s) => s.textContent === text,
    );
    const script = existing ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.cabildoContactCard = '';
    script.textContent = text;
    if (!existing) document.head.append(script);
    block = { script, owners: new Set() };
    blocks.set(text, block);
  }
  block.owners.add(owner);
}

/** Releases `owner`'s hold on the block; the last owner removes it. */
export function releaseJsonLd(text: string, owner: object): void {
  const block = blocks.get(text);
  if (!block) return;
  block.owners.delete(owner);
  if (block.owners.size > 0) return;
  block.script.remove();
  blocks.delete(text);
}
