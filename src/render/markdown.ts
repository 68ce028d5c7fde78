// Templates (Handlebars) → Markdown → mdast. The templates (templates/*.md.hbs) are precompiled
// by scripts/build.mjs, strict (a missing field of the view model is a bug, not an empty answer),
// with only the helpers below, and without HTML escaping: Markdown escaping is explicit, through
// the helpers, for every value of the dossier. Only the small Handlebars runtime is loaded here.
import Handlebars from 'handlebars/runtime';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import specs, { HELPERS } from '../generated/templates.js';
import { escapeBlock, escapeInline } from './escape.js';

export type TemplateName = 'projet-de-sante' | 'lettre-intention';

const hb = Handlebars.create();
const helpers: Record<string, (...args: unknown[]) => string> = {
  /** A value inside a line or a table cell: literal text. */
  md: (value) => escapeInline(value),
  /** A short answer after its label: a dash when there is none. */
  val: (value) => escapeInline(value) || '—',
  strong: (value) => (escapeInline(value) ? `**${escapeInline(value)}**` : ''),
  em: (value) => (escapeInline(value) ? `*${escapeInline(value)}*` : ''),
  /** A free-text answer: literal paragraphs; an empty one says so without looking broken. */
  block: (value) => escapeBlock(value) || '*Non renseigné.*',
  /** An optional answer (autres…): left empty, it says "Sans objet". */
  optional: (value) => escapeBlock(value) || '*Sans objet.*',
  /** Lines of an address or a signature: one per line (hard breaks), empty ones dropped; `bold`: the first in bold. */
  address: (value, bold) =>
    (Array.isArray(value) ? value : [])
      .map((v) => escapeInline(v))
      .filter((v) => v !== '')
      .map((v, i) => (i === 0 && bold === true ? `**${v}**` : v))
      .join('\\\n'),
  /** Checkbox of a task-list item. */
  check: (value) => (value === true ? '[x]' : '[ ]'),
  /** A list of texts inside a table cell: one "• item" per line. */
  lines: (value) => (Array.isArray(value) ? value.map((v) => `• ${escapeInline(v)}`).join('<br>') : ''),
};
for (const [name, fn] of Object.entries(helpers)) {
  // Handlebars passes its options object last: drop it.
  hb.registerHelper(name, (...args: unknown[]) => fn(...args.slice(0, -1)));
}
if (HELPERS.join() !== Object.keys(helpers).join()) {
  throw new Error('src/render/markdown.ts and scripts/build.mjs disagree on the template helpers: rebuild (npm run build).');
}

const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();

function template(name: TemplateName): Handlebars.TemplateDelegate {
  let tpl = compiled.get(name);
  if (!tpl) {
    tpl = hb.template(specs[name]);
    compiled.set(name, tpl);
  }
  return tpl;
}

export function renderMarkdown(name: TemplateName, view: object): string {
  return template(name)(view);
}

// Of GFM, only what the documents use: tables and task lists (the checkboxes). Autolink literals,
// footnotes and strikethrough are left out: they are not wanted (an e-mail stays text) and the
// autolink scanner alone costs about a third of the parse.
const extensions = [gfmTable(), gfmTaskListItem()];
const mdastExtensions = [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()];

/**
 * Rows of data tables, by name: a table headed by `<!-- rows=NAME -->` in a template gets them
 * after its own rows. They become text nodes of the syntax tree directly, so they are literal by
 * construction, and a 1,000-row Annexe 1 is not written out as Markdown only to be parsed again
 * (the parser would spend about 0.3 ms on each row).
 */
export type TableRows = Record<string, ReadonlyArray<readonly string[]>>;

declare module 'mdast' {
  interface TableRowData {
    /** A row of TableRows: cells of plain text, never Markdown (the mapper may stamp it, see stamp.ts). */
    literal?: boolean;
  }
}

export function parseMarkdown(markdown: string, rows: TableRows = {}): Root {
  const root = fromMarkdown(markdown, { extensions, mdastExtensions });
  let name: string | undefined;
  for (const node of root.children) {
    if (node.type === 'html') {
      name = /<!--[^>]*\brows=([\w-]+)/.exec(node.value)?.[1] ?? name;
      continue;
    }
    if (node.type === 'table' && name) {
      for (const cells of rows[name] ?? []) {
        node.children.push({
          type: 'tableRow',
          data: { literal: true },
          children: cells.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })),
        });
      }
    }
    name = undefined;
  }
  return root;
}
