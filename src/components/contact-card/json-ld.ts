/**
 * JSON-LD data blocks in the page's head, shared between cards: two cards of the same office add one block, which
 * goes away when the last of them leaves the page.
 *
 * A `<script type="application/ld+json">` is a data block: the browser never executes it, so it needs no CSP
 * `script-src` allowance. Under `require-trusted-types-for 'script'` the browser still wants a TrustedScript for any
 * script text, so the text goes through the Trusted Types policy `cabildo-json-ld`, which accepts nothing but JSON;
 * the page's CSP must list it (`trusted-types lit-html cabildo-json-ld`). When a page that enforces Trusted Types does
 * not, the block is left out and the card reports it (the card itself works as usual).
 */

/** The name of the Trusted Types policy that writes the JSON-LD; a page with Trusted Types must allow it. */
export const JSON_LD_POLICY = 'cabildo-json-ld';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

// One policy per page, shared by every copy of the library (a second createPolicy would need 'allow-duplicates').
// Sharing it is safe: it turns only valid JSON into script text, and JSON runs nothing.
const POLICY_KEY = Symbol.for('cabildo.json-ld-policy');
type Scope = typeof globalThis & { trustedTypes?: TrustedTypesFactory; [POLICY_KEY]?: ScriptPolicy };

/**
 * The text as the browser accepts it for a script element: through the policy where Trusted Types exist; as plain text
 * where the policy cannot be made (a page listing policy names without enforcing them still takes plain text; one that
 * enforces them throws on the write, and the caller reports it).
 */
function scriptText(text: string): string {
  const scope = globalThis as Scope;
  if (!scope.trustedTypes) return text;
  try {
    scope[POLICY_KEY] ??= scope.trustedTypes.createPolicy(JSON_LD_POLICY, {
      createScript: (json) => {
        JSON.parse(json);
        return json;
      },
    });
  } catch {
    return text;
  }
  return scope[POLICY_KEY].createScript(text) as string;
}

const blocks = new Map<string, { script: HTMLScriptElement; owners: Set<object> }>();

/**
 * Adds a data block with `text` (JSON) to `document.head` unless one is there; `owner` keeps it alive.
 * Throws, adding nothing, when the page enforces Trusted Types and does not allow {@link JSON_LD_POLICY}.
 */
export function shareJsonLd(text: string, owner: object): void {
  let block = blocks.get(text);
  if (!block) {
    // Another copy of the library may have added the same block already.
    const existing = [...document.head.querySelectorAll<HTMLScriptElement>('script[data-cabildo-contact-card]')].find(
      (s) => s.textContent === text,
    );
    const script = existing ?? document.createElement('script');
    if (!existing) {
      script.type = 'application/ld+json';
      script.dataset.cabildoContactCard = '';
      script.textContent = scriptText(text);
      document.head.append(script);
    }
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
