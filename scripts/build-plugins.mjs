// Rollup plugins for the CDN builds: ship nothing the browser never reads, and tell the autoloader every file of
// each element's module graph. Each is measured in the issue note (npm run size with and without it: set
// CDN_WITHOUT=ids,notes to build without those steps).
//
// - messageIds(): every msg() call gets a short id assigned here (`{id:"a"}`), in place of its translator's note
//   (`desc`, read only by lit-localize's extractor) and of the 17-character hash that @lit/localize would compute at
//   run time; the English templates are re-keyed with the same ids, and the hashing code is left out of the bundle.
// - stripDataNotes(): the data-source notes of the office, holiday and catalogue data (`source`, `sources`,
//   `confirm`: for the people who keep the data, never shown) are left out of the bundle.
// - moduleGraph(): writes into the autoloader, for each tag, the files it needs (its module graph) and its English
//   parts, so that the autoloader requests them all at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const ENGLISH = 'src/generated/locales/en';
const without = new Set((process.env.CDN_WITHOUT ?? '').split(',').filter(Boolean));

function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value.type === 'string') walk(value, visit, node);
  }
}

/** The text from `end` up to and including a following comma (and the spaces before it), if there is one. */
function throughComma(code, end) {
  const after = /^\s*,/.exec(code.slice(end));
  return after ? end + after[0].length : end;
}

/** Short ids in a fixed order (the sorted hash ids of the English templates): a…z, A…Z, then two characters. */
function shortIds() {
  const hashes = [];
  for (const file of readdirSync(ENGLISH).sort()) {
    for (const [, id] of readFileSync(join(ENGLISH, file), 'utf8').matchAll(/^\s*'([sh][0-9a-f]{16})':/gm)) hashes.push(id);
  }
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const name = (i) => (i < letters.length ? letters[i] : name(Math.floor(i / letters.length) - 1) + letters[i % letters.length]);
  return new Map([...new Set(hashes)].sort().map((hash, i) => [hash, name(i)]));
}

/** The id @lit/localize computes at run time for a msg() call's first argument, or null if it is not a literal. */
function hashOf(arg) {
  if (arg.type === 'Literal' && typeof arg.value === 'string') return generateMsgId(arg.value, false);
  if (arg.type === 'TemplateLiteral') return generateMsgId(arg.quasis.map((q) => q.value.cooked).join(''), false);
  if (arg.type === 'TaggedTemplateExpression' && arg.tag.type === 'Identifier' && (arg.tag.name === 'str' || arg.tag.name === 'html')) {
    return generateMsgId(arg.quasi.quasis.map((q) => q.value.cooked), arg.tag.name === 'html');
  }
  return null;
}

export function messageIds() {
  if (without.has('ids')) return { name: 'message-ids (off)' };
  let ids;
  return {
    name: 'message-ids',
    buildStart() {
      ids = shortIds();
    },
    // @lit/localize hashes a template only when a call has no id; every call has one now.
    resolveId: {
      order: 'pre',
      handler(source, importer) {
        if (source === './id-generation.js' && importer?.includes('@lit/localize')) return '\0cabildo-no-msg-hash';
        return null;
      },
    },
    load(id) {
      if (id !== '\0cabildo-no-msg-hash') return null;
      return "export const generateMsgId = () => { throw new Error('msg() without an id from the build'); };";
    },
    // After TypeScript: the code is JavaScript here.
    transform: { order: 'post', handler: messageTransform },
  };
  function messageTransform(code, id) {
    {
      if (id.includes('node_modules') || id.startsWith('\0')) return null;
      const english = /generated[\\/]locales[\\/]en[\\/][\w-]+\.ts$/.test(id);
      if (!english && !/\bmsg\(/.test(code)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      walk(ast, (node, parent) => {
        if (english) {
          // The keys of `templates`: 's0123…': … → a: …
          if (node.type === 'Property' && parent?.type === 'ObjectExpression' && node.key.type === 'Literal' && ids.has(node.key.value)) {
            out.overwrite(node.key.start, node.key.end, JSON.stringify(ids.get(node.key.value)));
          }
          return;
        }
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const [template, options] = node.arguments;
        const given = options?.type === 'ObjectExpression'
          ? options.properties.find((p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value) === 'id')
          : undefined;
        const hash = given ? given.value.value : template && hashOf(template);
        if (typeof hash !== 'string' || (options && options.type !== 'ObjectExpression')) {
          this.error(`message-ids: a msg() call the build cannot give an id to (${id}:${node.start})`);
        }
        const short = JSON.stringify(ids.get(hash) ?? hash);
        if (options) out.overwrite(options.start, options.end, `{id:${short}}`);
        else out.appendLeft(template.end, `,{id:${short}}`);
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    }
  }
}

const NOTES = new Set(['source', 'sources', 'confirm']);

export function stripDataNotes() {
  if (without.has('notes')) return { name: 'strip-data-notes (off)', transform: (code, id) => (/src[\\/]data[\\/]/.test(id) ? { code, moduleSideEffects: false } : null) };
  return {
    name: 'strip-data-notes',
    transform: { order: 'post', handler(code, id) {
      if (!/src[\\/]data[\\/](office|arrecife|holidays|catalogue)\.ts$/.test(id)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      walk(ast, (node, parent) => {
        if (node.type === 'Property' && parent?.type === 'ObjectExpression' && !node.computed && NOTES.has(node.key.name ?? node.key.value)) {
          out.remove(node.start, throughComma(code, node.end));
        }
      });
      // Data only: nothing runs when the module is evaluated (rollup cannot tell, e.g. from an array spread), so a
      // page that does not use it does not get it (src/index.ts re-exports the catalogue; the finder imports it on
      // demand).
      return { code: out.toString(), map: out.generateMap({ hires: true }), moduleSideEffects: false };
    } },
  };
}

/**
 * For the autoloader build: replaces the autoloader's '__CABILDO_GRAPH__' with, for each tag, its element file and
 * every chunk that file imports (transitively), the built-in catalogue if it fetches it, its English parts and the page
 * calendar's parser (with the chunks it imports) if it may fetch it.
 * Runs before terser, while file names are still rollup's hash placeholders (rollup fills them in afterwards).
 */
export function moduleGraph({ tags, entry = 'autoloader' }) {
  return {
    name: 'module-graph',
    renderChunk(code, chunk, _options, meta) {
      if (chunk.name !== entry || !chunk.isEntry) return null;
      const byName = Object.values(meta.chunks);
      const graph = {};
      for (const [tag, name] of Object.entries(tags)) {
        const start = byName.find((c) => c.isEntry && c.name === name);
        if (!start) continue;
        const files = new Set();
        const english = new Set();
        const calendar = new Set();
        const visit = (fileName) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const c = meta.chunks[fileName];
          for (const next of c.imports) visit(next);
          for (const dynamic of c.dynamicImports) {
            const d = meta.chunks[dynamic];
            if (!d) continue;
            if (/(^|\/)en-/.test(dynamic)) {
              english.add(dynamic);
              for (const shared of d.imports) if (!files.has(shared)) english.add(shared);
            }
            else if (d.name === 'catalogue-index') visit(dynamic);
            // The page calendar's parser: preloaded only on a page that has a calendar block.
            else if (d.name === 'calendar-parser') for (const file of [dynamic, ...d.imports]) calendar.add(file);
          }
        };
        visit(start.fileName);
        // English parts import shared code (the str tag) that the element's graph already has.
        const extra = (set) => [...set].filter((file) => !files.has(file));
        graph[tag] = [[...files], extra(english), extra(calendar)];
      }
      // The autoloader reads it with JSON.parse('"__CABILDO_GRAPH__"'), which no bundler can fold away.
      const placeholder = `'"__CABILDO_GRAPH__"'`;
      const at = code.indexOf(placeholder);
      if (at < 0) this.error('module-graph: the autoloader has no __CABILDO_GRAPH__ to fill in');
      const out = new MagicString(code);
      out.overwrite(at, at + placeholder.length, `'${JSON.stringify(graph)}'`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
