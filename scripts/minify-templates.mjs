// A rollup plugin for the CDN builds: shrinks the text of Lit's css`…`, html`…` and svg`…` templates, which terser
// leaves untouched. CSS loses comments and the spaces that carry no meaning; markup keeps one space wherever it had
// whitespace (a space between inline elements is content). Expressions inside `${…}` are not touched.
import MagicString from 'magic-string';

/**
 * Collapses CSS: comments out, whitespace runs to one space, no space around { } ; , > or after a colon. Quoted
 * strings (`content: ' ·'`) are kept as written.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Collapses markup whitespace: every run of whitespace becomes one space. */
export const minifyMarkup = (text) => text.replace(/\s+/g, ' ');

const TAGS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\b(css|html|svg)\s*`/.test(code) || id.includes('node_modules')) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      let changed = false;
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = TAGS[node.tag.name];
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const small = minify(raw);
          if (small !== raw && quasi.end > quasi.start) {
            out.overwrite(quasi.start, quasi.end, small);
            changed = true;
          }
        }
      });
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
