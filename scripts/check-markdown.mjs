// Checks the Markdown that people read (README.md, CHANGELOG.md, docs/**/*.md):
// - every code fence is closed, and no fence is opened while another one is still open (the README once had a code
//   block left open, so the next section was shown as code: the file still had an even number of fences);
// - every relative link and image resolves to a file in the repository, and every #anchor to a heading of its page
//   (anchors as GitHub makes them from the heading text).
// Usage: node scripts/check-markdown.mjs [file.md …]   (no arguments: the files above). Exits 1 on any problem.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function markdownFiles() {
  const found = ['README.md', 'CHANGELOG.md'].filter((f) => existsSync(join(root, f)));
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk('docs');
  return found;
}

const FENCE = /^( {0,3}|\s*)(`{3,}|~{3,})(.*)$/;

/**
 * Splits a Markdown file into its lines outside code fences (for links and headings) and reports fence problems.
 * @returns {{ prose: Array<{ line: number, text: string }>, problems: string[] }}
 */
export function scanFences(text) {
  const prose = [];
  const problems = [];
  let open = null; // { char, length, line }
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const match = FENCE.exec(raw);
    if (!open) {
      if (match && !(match[2][0] === '`' && match[3].includes('`'))) {
        open = { char: match[2][0], length: match[2].length, line };
      } else prose.push({ line, text: raw });
      return;
    }
    if (!match || match[2][0] !== open.char || match[2].length < open.length) return;
    if (match[3].trim() === '') {
      open = null;
    } else {
      // A fence with an info string cannot close a block: this is almost always a block left open above it.
      problems.push(`line ${line}: a code block starts here while the one opened at line ${open.line} is still open`);
    }
  });
  if (open) problems.push(`line ${open.line}: this code block is never closed`);
  return { prose, problems };
}

/** The anchor GitHub gives a heading (the github-slugger rules). */
export function slug(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/`([^`]*)`/g, '$1') // code spans: their content
    .replace(/<\/?[a-z][^>]*>/gi, (tag) => (heading.includes(`\`${tag}`) ? tag : '')) // raw HTML tags vanish
    .replace(/(\*\*|__|\*|_)(\S[^*_]*?)\1/g, '$2') // emphasis
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** The anchors of a Markdown file: one per heading (repeats get -1, -2…), plus explicit id/name attributes. */
export function anchors(text) {
  const seen = new Map();
  const result = new Set();
  for (const { text: line } of scanFences(text).prose) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(\s+#+\s*)?$/.exec(line);
    if (heading) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      result.add(count ? `${base}-${count}` : base);
    }
    for (const m of line.matchAll(/<[a-z]+[^>]*\s(?:id|name)="([^"]+)"/gi)) result.add(m[1]);
  }
  return result;
}

/** Relative link targets on prose lines (inline links, images, reference definitions, HTML href/src). */
function links(prose) {
  const found = [];
  for (const { line, text: raw } of prose) {
    const text = raw.replace(/(`+)[^`]*?\1/g, ''); // not inside code spans
    for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ line, target: m[1] });
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(text);
    if (definition) found.push({ line, target: definition[1] });
    for (const m of text.matchAll(/<(?:a|img)\s[^>]*(?:href|src)="([^"]+)"/gi)) found.push({ line, target: m[1] });
  }
  return found.filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//'));
}

const anchorCache = new Map();
function anchorsOf(path) {
  if (!anchorCache.has(path)) anchorCache.set(path, anchors(readFileSync(path, 'utf8')));
  return anchorCache.get(path);
}

/** All problems of one file, as "file:line: what". */
export function checkFile(file) {
  const path = resolve(root, file);
  const name = relative(root, path);
  const { prose, problems } = scanFences(readFileSync(path, 'utf8'));
  const out = problems.map((p) => `${name}:${p.replace(/^line /, '')}`);
  for (const { line, target } of links(prose)) {
    const [pathPart, hash] = target.split('#');
    const targetPath = pathPart ? resolve(dirname(path), decodeURIComponent(pathPart)) : path;
    if (!existsSync(targetPath)) {
      out.push(`${name}:${line}: link to ${target}: ${relative(root, targetPath)} does not exist`);
      continue;
    }
    if (hash === undefined || hash === '') continue;
    if (statSync(targetPath).isDirectory() || extname(targetPath) !== '.md') continue;
    if (!anchorsOf(targetPath).has(decodeURIComponent(hash))) {
      out.push(`${name}:${line}: link to ${target}: no heading with the anchor #${hash} in ${relative(root, targetPath)}`);
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : markdownFiles();
  const problems = files.flatMap(checkFile);
  for (const p of problems) console.error(p);
  console.log(`check-markdown: ${files.length} files, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length ? 1 : 0);
}
