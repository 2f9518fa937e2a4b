/**
 * Search for small catalogues, in the words citizens type: case- and accent-insensitive, prefix matching as you type,
 * typo tolerance by Algolia's rule (none under 4 letters, 1 from 4, 2 from 8; a swap of two letters is one typo),
 * synonyms, field weights, and results that match every word first. Pure: no DOM.
 *
 * Terms live in a trie; a query word walks it with a bounded Damerau–Levenshtein row, so typos and prefixes cost one
 * pass over the few branches within reach instead of a scan of the vocabulary.
 */

/** One searchable text of a document and its weight (title > everyday names > summary > details). */
export type WeightedText = readonly [text: string, weight: number];

export interface SearchOptions {
  /** Groups of words that mean the same (folded or not): a query word in a group also finds the others. */
  synonyms?: ReadonlyArray<readonly string[]>;
  /**
   * A word counts towards "matches every word" only when found in a field of at least this weight; weaker fields
   * (a shared category name, the steps) still add to the score. Default 0: every field counts.
   */
  minWordWeight?: number;
  /** Neighbouring words count as a phrase only in fields of at least this weight (fewer pairs to keep). Default 0. */
  minPairWeight?: number;
}

/** A match: the document's position in the indexed list, its score, and how many query words it matched in fields that count. */
export interface SearchHit {
  index: number;
  score: number;
  matched: number;
  /** Whether it matched every query word (in fields that count). */
  complete: boolean;
}

/** A piece of displayed text, marked when it matched the query. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

const STOP_WORDS = new Set(
  (
    'a al con de del el en la las lo los mi mis me por para que se su sus un una unos unas y o u e es ' +
    'quiero quisiera necesito tengo puedo como donde hacer hago ' +
    'an and are at be can do for get how i in is it my of on or the to want need with'
  ).split(' '),
);

/** Lower case, no accents (á → a, ñ → n), `@` read as `a` (Cl@ve → clave). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/@/g, 'a').replace(/ß/g, 'ss');
}

/** Reduces a folded word to its singular, roughly, in Spanish and English (parejas → pareja, asociaciones → asociacion). */
export function stem(word: string): string {
  if (word.length <= 4 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.length > 5 && word.endsWith('es') && 'lnrdj'.includes(word[word.length - 3])) return word.slice(0, -2);
  return word.slice(0, -1);
}

const WORD = /[\p{L}\p{N}@]+/gu;

/** The words of a text as the index sees them: folded and singular. Stop words are kept unless `dropStopWords`. */
export function terms(text: string, dropStopWords = false): string[] {
  const out: string[] = [];
  // Folding the whole text once: folding never joins or splits words.
  for (const [word] of fold(text).matchAll(WORD)) {
    if (dropStopWords && STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** The query words: folded, singular, without stop words (unless the query has nothing else). */
export function queryTerms(query: string): string[] {
  const words = terms(query, true);
  return words.length > 0 ? words : terms(query);
}

/** Typos allowed in a query word of this length (Algolia: 1 from 4 letters, 2 from 8). */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** Damerau–Levenshtein distance (optimal string alignment: a swap of neighbours counts as one). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

let table = new Int32Array(256);

/**
 * Damerau–Levenshtein (optimal string alignment) from `a` to every prefix of `b`: entry j is the distance between `a`
 * and the first j letters of `b`. One reused table, no allocation per word.
 */
function prefixDistances(a: string, b: string): Int32Array {
  const m = a.length;
  const w = b.length + 1;
  if (table.length < (m + 1) * w) table = new Int32Array((m + 1) * w * 2);
  for (let j = 0; j < w; j++) table[j] = j;
  for (let i = 1; i <= m; i++) {
    const row = i * w;
    table[row] = i;
    for (let j = 1; j < w; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(table[row - w + j] + 1, table[row + j - 1] + 1, table[row - w + j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, table[row - 2 * w + j - 2] + 1);
      }
      table[row + j] = d;
    }
  }
  return table.subarray(m * w, m * w + w);
}

// Quality of a match, multiplied by the field weight and the rarity of the term.
const EXACT = 1;
const PREFIX = 0.75; // plus up to 0.2 for how much of the word was typed
/** A finished word (not the last one) that is only the start of a term: "register" for "registered". */
const INNER_PREFIX = 0.5;
const TYPO = [1, 0.6, 0.4];
const SYNONYM = 0.7;
/** Bonus, per field weight, when two query words appear side by side in a field ("pareja de hecho"). */
const PHRASE = 0.5;
/** Words shorter than this match by prefix only when they are the last word (being typed). */
const MIN_INNER_PREFIX = 3;

/** A trie node, kept small: the letters of its children in one string, the children in the same order. */
interface TrieNode {
  keys: string;
  kids: TrieNode[];
  term: number; // id of the term ending here, or -1
}

const newNode = (): TrieNode => ({ keys: '', kids: [], term: -1 });

/** Up to 16 distinct field weights; a posting is one number: document × 16 + the weight's slot. */
const SLOTS = 16;

/** Search order: documents matching every word first, then by score, then in document order. */
export const byRank = (a: SearchHit, b: SearchHit): number =>
  Number(b.complete) - Number(a.complete) || b.score - a.score || a.index - b.index;

/** An index over a list of documents, each given as weighted texts. Build once (or a document at a time), search many times. */
export class SearchIndex {
  private readonly root = newNode();
  private readonly termIds = new Map<string, number>();
  /**
   * Per term, then per pair: its documents, each as document × SLOTS + weight slot, in document order. While
   * documents are added they are plain lists; `compact()` packs them into one typed array (no slack, no headers).
   */
  private lists: number[][] = [];
  private flat: Uint32Array | null = null;
  private starts: Uint32Array | null = null;
  /** A `compact()` done in slices, where it stopped. */
  private packing: { starts: Uint32Array; flat: Uint32Array; next: number } | null = null;
  /** Scratch space for a search, one slot per document, reused from search to search. */
  private scratch: { word: Float64Array; strong: Uint8Array; total: Float64Array; matched: Uint8Array; seen: Uint8Array } | null = null;
  private readonly weights: number[] = [];
  private readonly synonyms = new Map<string, string[]>();
  private readonly cache = new Map<string, Map<number, number>>();
  /** Neighbouring words of a field ("a b") → the id of its list of documents (after the terms' lists). */
  private readonly pairs = new Map<string, number>();
  private count = 0;
  /** The query words of the last highlight (a list of results highlights many texts for one query). */
  private marking: { query: string; wanted: Array<[string, boolean]> } | null = null;
  private readonly minWordWeight: number;
  private readonly minPairWeight: number;

  constructor(documents: ReadonlyArray<ReadonlyArray<WeightedText>> = [], options: SearchOptions = {}) {
    this.minWordWeight = options.minWordWeight ?? 0;
    this.minPairWeight = options.minPairWeight ?? 0;
    for (const group of options.synonyms ?? []) {
      const words = [...new Set(group.flatMap((w) => terms(w)))];
      for (const word of words) {
        this.synonyms.set(word, [...(this.synonyms.get(word) ?? []), ...words.filter((w) => w !== word)]);
      }
    }
    for (const fields of documents) this.add(fields);
  }

  /** Whether the posting lists are packed (see `compact`). */
  get packed(): boolean {
    return this.flat !== null;
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.count;
  }

  private slot(weight: number): number {
    let slot = this.weights.indexOf(weight);
    if (slot < 0) {
      if (this.weights.length === SLOTS) throw new RangeError(`SearchIndex: more than ${SLOTS} distinct field weights`);
      slot = this.weights.push(weight) - 1;
    }
    return slot;
  }

  /** Records `doc` with `slot` in a posting list, keeping the better weight when the document is already last. */
  private post(list: number[], doc: number, slot: number): void {
    const last = list.length - 1;
    const code = doc * SLOTS + slot;
    if (last >= 0 && Math.floor(list[last] / SLOTS) === doc) {
      if (this.weights[slot] > this.weights[list[last] % SLOTS]) list[last] = code;
    } else list.push(code);
  }

  /** Adds the next document (its index is the number of documents added before it). */
  add(fields: ReadonlyArray<WeightedText>): void {
    this.packing = null;
    this.expand();
    const doc = this.count++;
    this.cache.clear();
    for (const [text, weight] of fields) {
      const slot = this.slot(weight);
      const fieldTerms = terms(text, true);
      if (weight >= this.minPairWeight) {
        for (let i = 1; i < fieldTerms.length; i++) {
          const pair = `${fieldTerms[i - 1]} ${fieldTerms[i]}`;
          let id = this.pairs.get(pair);
          if (id === undefined) this.pairs.set(pair, (id = this.lists.push([]) - 1));
          this.post(this.lists[id], doc, slot);
        }
      }
      for (const term of fieldTerms) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.lists.push([]) - 1;
          this.termIds.set(term, id);
          this.insert(term, id);
        }
        this.post(this.lists[id], doc, slot);
      }
    }
  }

  /**
   * Packs every posting list into one typed array: with thousands of documents, a fraction of the memory of the
   * lists. Searching works the same; adding a document afterwards unpacks them first. With `due`, it stops when
   * `due()` says so and returns false: call it again to go on (searches meanwhile use the lists).
   */
  compact(due?: () => boolean): boolean {
    if (this.flat) return true;
    const lists = this.lists;
    if (!this.packing) {
      const starts = new Uint32Array(lists.length + 1);
      for (let i = 0; i < lists.length; i++) starts[i + 1] = starts[i] + lists[i].length;
      this.packing = { starts, flat: new Uint32Array(starts[lists.length]), next: 0 };
    }
    const packing = this.packing;
    const { starts, flat } = packing;
    for (; packing.next < lists.length; packing.next++) {
      // With `due`, a slice at a time (tens of milliseconds on a phone for thousands of documents).
      if (due && (packing.next & 1023) === 0 && due()) return false;
      flat.set(lists[packing.next], starts[packing.next]);
    }
    this.flat = flat;
    this.starts = starts;
    this.lists = [];
    this.packing = null;
    return true;
  }

  private expand(): void {
    const { flat, starts } = this;
    if (!flat || !starts) return;
    this.lists = Array.from({ length: starts.length - 1 }, (_, i) => Array.from(flat.subarray(starts[i], starts[i + 1])));
    this.flat = this.starts = null;
  }

  /** The list of documents of a term or pair id: the array it is in, and where it starts and ends there. */
  private postings(id: number): [ArrayLike<number>, number, number] {
    if (this.flat && this.starts) return [this.flat, this.starts[id], this.starts[id + 1]];
    const list = this.lists[id];
    return [list, 0, list.length];
  }

  private insert(term: string, id: number): void {
    let node = this.root;
    // By UTF-16 unit, as the walk reads query words: a letter outside the BMP is two steps, on both sides.
    for (const ch of term.split('')) {
      const at = node.keys.indexOf(ch);
      let next = at >= 0 ? node.kids[at] : undefined;
      if (!next) {
        next = newNode();
        node.keys += ch;
        node.kids.push(next);
      }
      node = next;
    }
    node.term = id;
  }

  /** Terms within reach of `word`: term id → match quality (exact, typo, prefix, or prefix with typos). */
  private termMatches(word: string, prefixBase: number): Map<number, number> {
    const key = `${prefixBase}:${word}`;
    const prefix = prefixBase > 0;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = new Map<number, number>();
    /** Terms reached without a typo (exactly or as a prefix). */
    const typed = new Set<number>();
    const keep = (id: number, quality: number, typos = 0) => {
      if (typos === 0) typed.add(id);
      if (quality > (found.get(id) ?? 0)) found.set(id, quality);
    };
    const maxTypos = allowedTypos(word.length);
    const chars = word.split('');
    const n = chars.length;
    const collect = (node: TrieNode, depth: number, quality: (termLength: number) => number, typos = 0) => {
      // Everything below `node` starts with what was typed: a prefix match.
      const stack: Array<[TrieNode, number]> = [[node, depth]];
      while (stack.length) {
        const [current, length] = stack.pop()!;
        if (current.term >= 0) keep(current.term, quality(length), typos);
        for (const child of current.kids) stack.push([child, length + 1]);
      }
    };
    // Depth-first walk with one Damerau–Levenshtein row per trie level, all rows in one reused buffer (row d at
    // d × width). A row's minimum only grows with depth, so the walk never goes below n + maxTypos + 1 levels.
    const codes = Array.from({ length: n }, (_, i) => word.charCodeAt(i));
    const width = n + 1;
    const rows = new Int32Array((n + maxTypos + 3) * width);
    for (let i = 0; i <= n; i++) rows[i] = i;
    /** `collectedAt`: the fewest typos with which an ancestor already collected everything below it (prefix). */
    const walk = (node: TrieNode, ch: number, prevCh: number, depth: number, collectedAt: number) => {
      const cur = depth * width;
      const prev = cur - width;
      const grand = prev - width;
      rows[cur] = rows[prev] + 1;
      let rowMin = rows[cur];
      for (let i = 1; i <= n; i++) {
        const cost = codes[i - 1] === ch ? 0 : 1;
        let d = Math.min(rows[cur + i - 1] + 1, rows[prev + i] + 1, rows[prev + i - 1] + cost);
        if (depth > 1 && i > 1 && codes[i - 1] === prevCh && codes[i - 2] === ch) d = Math.min(d, rows[grand + i - 2] + 1);
        rows[cur + i] = d;
        if (d < rowMin) rowMin = d;
      }
      const distance = rows[cur + n];
      if (node.term >= 0 && distance <= maxTypos) keep(node.term, TYPO[distance], distance);
      // Collecting again below an ancestor that collected with as few typos would only find the same, no better.
      if (prefix && distance <= maxTypos && depth >= n - maxTypos && distance < collectedAt) {
        collect(node, depth, (length) => (prefixBase + 0.2 * (n / Math.max(length, n))) * TYPO[distance], distance);
        if (distance === 0) return; // nothing deeper can match better
        collectedAt = distance;
      }
      if (rowMin > maxTypos || cur + 2 * width > rows.length) return;
      for (let k = 0; k < node.kids.length; k++) walk(node.kids[k], node.keys.charCodeAt(k), ch, depth + 1, collectedAt);
    };
    if (maxTypos === 0) {
      // Short words: exact, or (when allowed) by prefix, never with typos.
      let node: TrieNode | undefined = this.root;
      for (const ch of chars) node = node?.kids[node.keys.indexOf(ch)];
      if (node) {
        if (node.term >= 0) keep(node.term, EXACT);
        if (prefix) collect(node, n, (length) => prefixBase + 0.2 * (n / Math.max(length, n)));
      }
    } else {
      for (let k = 0; k < this.root.kids.length; k++) walk(this.root.kids[k], this.root.keys.charCodeAt(k), -1, 1, Infinity);
      // A word the catalogue has as typed is not a typo: "passport" must not also find "password".
      if (typed.size) for (const id of found.keys()) if (!typed.has(id)) found.delete(id);
    }
    if (this.cache.size > 200) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  /**
   * Adds one query word's best score per document (synonyms included, times the word's rarity) to `total`, and counts
   * it in `matched` where it was found in a field that counts. New documents are appended to `touched`.
   */
  private scoreWord(word: string, prefixBase: number, touched: number[]): void {
    const { word: best, strong, total, matched, seen } = this.scratch!;
    const docs: number[] = [];
    const add = (matches: Map<number, number>, factor: number) => {
      for (const [term, quality] of matches) {
        const value = quality * factor;
        const [list, from, to] = this.postings(term);
        for (let i = from; i < to; i++) {
          const code = list[i];
          const doc = (code / SLOTS) | 0;
          const weight = this.weights[code % SLOTS];
          if (best[doc] === 0) docs.push(doc);
          if (weight >= this.minWordWeight) strong[doc] = 1;
          const score = weight * value;
          if (score > best[doc]) best[doc] = score;
        }
      }
    };
    add(this.termMatches(word, prefixBase), 1);
    for (const synonym of this.synonyms.get(word) ?? []) add(this.termMatches(synonym, 0), SYNONYM);
    // A word found in few documents tells more than one found everywhere (its prefixes and typos included).
    const rarity = Math.log(1 + (this.size + 1) / Math.max(docs.length, 1));
    for (const doc of docs) {
      if (!seen[doc]) {
        seen[doc] = 1;
        touched.push(doc);
      }
      total[doc] += best[doc] * rarity;
      matched[doc] += strong[doc];
      best[doc] = 0;
      strong[doc] = 0;
    }
  }

  /**
   * Documents matching `query`, best first: those that match every word come first, then by score (field weight ×
   * match quality × rarity of the word). The last word is treated as still being typed (prefix).
   */
  search(query: string): SearchHit[] {
    return this.hits(query).sort(byRank);
  }

  /** The same documents as `search`, in no particular order. */
  hits(query: string): SearchHit[] {
    const words = queryTerms(query);
    if (words.length === 0) return [];
    const touched = this.score(words, query);
    const { total, matched } = this.scratch!;
    const all = words.length;
    const hits = touched.map((doc) => ({ index: doc, score: total[doc], matched: matched[doc], complete: matched[doc] === all }));
    this.clear(touched);
    return hits;
  }

  /**
   * Only the best documents for `query`, in `search`'s order: those that pass `keep`, match every word if any does
   * (`complete`; else match at least one), and score at least `cutoff` × the top score. With thousands of documents
   * a short prefix touches most of them: they are ranked as numbers, with no object each (a first letter typed into
   * 5,000 procedures took milliseconds of allocating, comparing and collecting objects).
   */
  best(query: string, { cutoff, keep }: { cutoff: number; keep?: (doc: number) => boolean }): { docs: number[]; complete: boolean } {
    const words = queryTerms(query);
    if (words.length === 0) return { docs: [], complete: false };
    const touched = this.score(words, query);
    const { total, matched } = this.scratch!;
    const all = words.length;
    let complete = false;
    let top = 0;
    let kept: number[] = [];
    for (const doc of touched) {
      if (matched[doc] === 0 || (keep && !keep(doc))) continue;
      if (matched[doc] === all && !complete) {
        complete = true;
        top = 0;
        kept.length = 0;
      }
      if (complete && matched[doc] !== all) continue;
      kept.push(doc);
      if (total[doc] > top) top = total[doc];
    }
    // Every kept document matches every word, or none does: the order is by score, then document order (byRank).
    kept = kept.filter((doc) => total[doc] >= top * cutoff).sort((a, b) => total[b] - total[a] || a - b);
    this.clear(touched);
    return { docs: kept, complete: complete && kept.length > 0 };
  }

  /** Scores every document the query's words touch into the scratch arrays; returns them (see clear). */
  private score(words: string[], query: string): number[] {
    const touched: number[] = [];
    const n = this.count;
    if (!this.scratch || this.scratch.total.length < n) {
      this.scratch = { word: new Float64Array(n), strong: new Uint8Array(n), total: new Float64Array(n), matched: new Uint8Array(n), seen: new Uint8Array(n) };
    }
    const { total, seen } = this.scratch;
    const endsWithSpace = /\s$/.test(query);
    words.forEach((word, i) => {
      const last = i === words.length - 1 && !endsWithSpace;
      const prefixBase = last ? PREFIX : word.length >= MIN_INNER_PREFIX ? INNER_PREFIX : 0;
      this.scoreWord(word, prefixBase, touched);
    });
    for (let i = 1; i < words.length; i++) {
      const id = this.pairs.get(`${words[i - 1]} ${words[i]}`);
      if (id === undefined) continue;
      const [list, from, to] = this.postings(id);
      for (let k = from; k < to; k++) {
        const doc = (list[k] / SLOTS) | 0;
        if (seen[doc]) total[doc] += this.weights[list[k] % SLOTS] * PHRASE;
      }
    }
    return touched;
  }

  /** Resets the scratch arrays where `score` wrote. */
  private clear(touched: number[]): void {
    const { total, matched, seen } = this.scratch!;
    for (const doc of touched) total[doc] = matched[doc] = seen[doc] = 0;
  }

  /** Whether a displayed word (already folded and stemmed) matches a query word, and how many of its letters to mark. */
  private static markLength(word: string, queryWord: string, prefix: boolean): number {
    if (word === queryWord) return word.length;
    if (prefix && word.startsWith(queryWord)) return queryWord.length;
    const typos = allowedTypos(queryWord.length);
    const m = queryWord.length;
    const n = word.length;
    if (typos === 0 || (!prefix && Math.abs(n - m) > typos) || n < m - typos) return 0;
    // One Damerau–Levenshtein table, query word × displayed word: its last row holds the distance from the query word
    // to every start of the displayed word (the whole word, or a prefix being typed).
    const last = prefixDistances(queryWord, word);
    if (Math.abs(n - m) <= typos && last[n] <= typos) return n;
    if (prefix && n > m) {
      for (let cut = Math.max(1, m - typos); cut <= Math.min(n, m + typos); cut++) if (last[cut] <= typos) return n;
    }
    return 0;
  }

  /**
   * Splits `text` into plain and matched segments for `query`, for rendering as text nodes (never as HTML). A word
   * matched by prefix is marked up to what was typed; a word matched with typos is marked whole.
   */
  highlight(text: string, query: string): HighlightSegment[] {
    // Only what the citizen typed (typos and prefixes included): a word found through a synonym is not marked as typed.
    if (this.marking?.query !== query) {
      const words = queryTerms(query);
      this.marking = { query, wanted: words.map((word, i) => [word, i === words.length - 1 || word.length >= MIN_INNER_PREFIX]) };
    }
    const { wanted } = this.marking;
    const segments: HighlightSegment[] = [];
    const push = (piece: string, match: boolean) => {
      if (!piece) return;
      const last = segments[segments.length - 1];
      if (last && last.match === match) last.text += piece;
      else segments.push({ text: piece, match });
    };
    let cursor = 0;
    if (wanted.length) {
      for (const found of text.matchAll(WORD)) {
        const raw = found[0];
        const folded = fold(raw);
        if (STOP_WORDS.has(folded)) continue;
        const word = stem(folded);
        let mark = 0;
        for (const [queryWord, prefix] of wanted) mark = Math.max(mark, SearchIndex.markLength(word, queryWord, prefix));
        if (mark === 0) continue;
        // A partial mark only when folding kept one letter per letter; otherwise mark the whole word.
        const length = mark < word.length && folded.length === raw.length ? mark : raw.length;
        push(text.slice(cursor, found.index), false);
        push(raw.slice(0, length), true);
        cursor = found.index! + length;
      }
    }
    push(text.slice(cursor), false);
    return segments;
  }
}
