// Templates (Handlebars) → Markdown → mdast. The templates (src/documents/*/template.md.hbs) are
// precompiled by scripts/build.mjs, strict (a missing field of the view model is a bug, not an empty answer),
// with only the helpers below, and without HTML escaping. Every value of the dossier goes through
// a helper, which leaves a placeholder in the Markdown; the values are put back into the syntax
// tree after parsing, as text. So nothing a user types is ever read as Markdown (a `#`, `|`, `*`,
// `[x]`, `<`, `&`… stays literal by construction), and the parser reads only the templates' own
// text: a fifth of it for the sample, where it used to read every answer escaped character by
// character. Only the small Handlebars runtime is loaded here.
import Handlebars from 'handlebars/runtime';
import type { List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import specs, { HELPERS, PROPERTIES } from '../generated/templates.js';
import { ANSWER_HELPERS, type RenderData } from './answer-helpers.js';
import { lowerFirst, sentenceEnd, withoutFinalStop } from './punctuation.js';
import { associationArticle } from '../facts/wording.js';
import { nomSansPrefixeEss } from './common.js';
import { isPlaceholder } from '../rules/values.js';
import { escapeBlock, escapeInline, inlineText, textOf, textParagraphs, type TextLine } from './escape.js';
import { markdownTree } from './markdown-tree.js';

/** A value of the dossier: a line of text, or paragraphs of free text. */
export type Literal = string | TextLine[][];

// Private-use characters: the parser reads them as ordinary text and no template contains them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const TRAILING_PLACEHOLDER = /\uE000(\d+)\uE001$/;

/**
 * Where the values of the render in progress go. Rendering is synchronous: set for the duration
 * of one renderMarkdown call. `undefined`: values are escaped into the Markdown instead (the
 * reference the placeholders are tested against).
 */
let literals: Literal[] | undefined;

function placeholder(literal: Literal): string {
  literals!.push(literal);
  return `${OPEN}${literals!.length - 1}${CLOSE}`;
}

/** A line of user text, or '' when there is none. */
function inline(value: unknown): string {
  if (!literals) return escapeInline(value);
  const text = inlineText(value);
  return text === '' ? '' : placeholder(text);
}

/** Free text, or '' when there is none. */
function block(value: unknown): string {
  if (!literals) return escapeBlock(value);
  const paragraphs = textParagraphs(value);
  return paragraphs.length === 0 ? '' : placeholder(paragraphs);
}

const hb = Handlebars.create();
const helpers: Record<string, (...args: unknown[]) => unknown> = {
  /** A value inside a line or a table cell: literal text. */
  md: (value) => inline(value),
  /** A short answer after its label: a dash when there is none. */
  val: (value) => inline(value) || '—',
  strong: (value) => {
    const text = inline(value);
    return text ? `**${text}**` : '';
  },
  em: (value) => {
    const text = inline(value);
    return text ? `*${text}*` : '';
  },
  /** A free-text answer: literal paragraphs; an empty one says so without looking broken. */
  block: (value) => block(value) || '*Non renseigné.*',
  /** An optional answer (autres…): left empty, it says "Sans objet". */
  optional: (value) => block(value) || '*Sans objet.*',
  /** Lines of an address or a signature: one per line (hard breaks), empty ones dropped; `bold`: the first in bold. */
  address: (value, bold) =>
    (Array.isArray(value) ? value : [])
      .map((v) => inline(v))
      .filter((v) => v !== '')
      .map((v, i) => (i === 0 && bold === true ? `**${v}**` : v))
      .join('\\\n'),
  /** Checkbox of a task-list item. */
  check: (value) => (value === true ? '[x]' : '[ ]'),
  /** A list of texts inside a table cell: one "• item" per line. */
  lines: (value) => (Array.isArray(value) ? value.map((v) => `• ${inline(v)}`).join('<br>') : ''),
  /** A text that ends a sentence of the template: its final full stop added when it has none. */
  sentence: (value) => sentenceEnd(textOf(value).trim()),
  /**
   * `(parens x)`: « (x) », or '' when x is empty (« Saint-Palais : 2 demi-journées (rythmologie) »);
   * a text ending with its own parentheses is not nested: « (Maison de santé pluriprofessionnelle, MSP) ».
   */
  parens: (value) => {
    const text = textOf(value).trim();
    return text === '' ? '' : `(${text.replace(/\s*\(([^()]*)\)$/, ', $1')})`;
  },
  /** `(withoutStop x)`: a text without its final full stop, to go on in the same sentence. */
  withoutStop: (value) => withoutFinalStop(textOf(value).trim()),
  /** `(lowerFirst x)`: « Coopération envisagée » → « coopération envisagée », inside a sentence (an acronym stays). */
  lowerFirst: (value) => lowerFirst(textOf(value).trim()),
  /** `(associationArticle name)`: « l’association » before an association's name, « l’ » when the name starts with « Association », nothing after « L’association… ». */
  associationArticle: (value) => associationArticle(textOf(value).trim()),
  /** `(withoutEssPrefix name)`: an ESS's name after « l’ESS », without its own « ESS » (« l’ESS ESS Cardio » never). */
  withoutEssPrefix: (value) => nomSansPrefixeEss(textOf(value).trim()),
  /** `(or a b …)`: the first value that is not empty text (« (or (date "signature.date") (date "ess.date")) »). */
  or: (...values) => textOf(values.find((v) => textOf(v).trim() !== '') ?? ''),
  /** `(join ", " a b …)`: the texts that are not empty, joined (« courriel, téléphone »). */
  join: (separator, ...values) => values.map((v) => textOf(v).trim()).filter((v) => v !== '').join(textOf(separator)),
  /** `(list a b …)`: the values as a list (the lines of an `address`). */
  list: (...values) => values,
  /** `(eq a b)`: the same text (a choice's id: `(eq (answer "statut_juridique.etat") "constituee")`). */
  eq: (a, b) => textOf(a).trim() === textOf(b),
  /** `(filled x)`: the text, or '' when it is still « À COMPLÉTER » (a form prints a line to fill by hand). */
  filled: (value) => (isPlaceholder(textOf(value).trim()) ? '' : textOf(value).trim()),
};
for (const [name, fn] of Object.entries(helpers)) {
  // Handlebars passes its options object last: drop it.
  hb.registerHelper(name, (...args: unknown[]) => fn(...args.slice(0, -1)));
}
// The helpers that read the dossier (answer, answers, date, choice, matched: answer-helpers.ts):
// their path's segments are joined by dots, the options' data giving the dossier and the year.
type HelperOptions = { data?: RenderData };
for (const [name, fn] of Object.entries(ANSWER_HELPERS) as Array<[string, (data: RenderData, ...args: string[]) => unknown]>) {
  hb.registerHelper(name, (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    const params = args.slice(0, -1).map(String);
    // answer, answers, date, choice: one path, given in segments; matched: its own arguments.
    return name === 'matched' ? fn(options.data ?? {}, ...params) : fn(options.data ?? {}, params.join('.'));
  });
}
if (HELPERS.join() !== [...Object.keys(helpers), ...Object.keys(ANSWER_HELPERS)].join()) {
  throw new Error('src/documents/markdown.ts and scripts/build.mjs disagree on the template helpers: rebuild (npm run build).');
}

const compiled = new Map<string, Handlebars.TemplateDelegate>();

function template(name: string): Handlebars.TemplateDelegate {
  let tpl = compiled.get(name);
  if (!tpl) {
    const spec = specs[name];
    if (!spec) throw new Error(`No template src/documents/${name}/template.md.hbs in the build: rebuild (npm run build).`);
    tpl = hb.template(spec);
    compiled.set(name, tpl);
  }
  return tpl;
}

/** The text of a document's DOCX properties: its title, its author, the header of its pages. */
export interface RenderedProperties {
  title: string;
  author: string;
  header: string;
}

/** The DOCX properties written at the top of a document's template, as plain text (never Markdown). */
const compiledProperties = new Map<string, Record<keyof RenderedProperties, Handlebars.TemplateDelegate>>();

export function renderProperties(name: string, view: object, dossier: unknown, annee?: string): RenderedProperties {
  let tpl = compiledProperties.get(name);
  if (!tpl) {
    const spec = PROPERTIES[name];
    if (!spec) throw new Error(`No template src/documents/${name}/template.md.hbs in the build: rebuild (npm run build).`);
    tpl = { title: hb.template(spec.title), author: hb.template(spec.author), header: hb.template(spec.header) };
    compiledProperties.set(name, tpl);
  }
  const options = { data: { dossier, annee } };
  return { title: tpl.title(view, options), author: tpl.author(view, options), header: tpl.header(view, options) };
}

export interface RenderedMarkdown {
  markdown: string;
  /** The values the placeholders of `markdown` stand for (empty when they were escaped). */
  literals: Literal[];
}

/**
 * The Markdown of a document's template, with its view and the dossier its answers come from;
 * `escaped`: values escaped into it rather than left as placeholders.
 */
export function renderMarkdown(name: string, view: object, dossier: unknown, { escaped = false, annee }: { escaped?: boolean; annee?: string } = {}): RenderedMarkdown {
  const values: Literal[] = [];
  literals = escaped ? undefined : values;
  try {
    return { markdown: template(name)(view, { data: { dossier, annee } }), literals: values };
  } finally {
    literals = undefined;
  }
}

/**
 * Rows of data tables, by name: a table headed by `<!-- rows=NAME -->` in a template gets them
 * after its own rows. They become text nodes of the syntax tree directly, so they are literal by
 * construction, and a 1,000-row Annexe 1 is not written out as Markdown only to be parsed again
 * (the parser would spend about 0.3 ms on each row).
 */
export type TableRows = Record<string, ReadonlyArray<readonly string[]>>;


/** The syntax tree of a document's Markdown, with the values of its placeholders put back. */
export function parseMarkdown(markdown: string, rows: TableRows = {}, values?: readonly Literal[]): Root {
  const root = markdownTree(markdown);
  if (values) putBack(root, values);
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
          children: cells.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })),
        });
      }
    }
    name = undefined;
  }
  return root;
}

function valueAt(values: readonly Literal[], index: string): Literal {
  const value = values[Number(index)];
  if (value === undefined) throw new Error(`Markdown placeholder ${index} has no value.`);
  return value;
}

/** Lines of free text as the parser reads escaped ones: soft breaks inside a text, hard breaks between. */
function phrasing(lines: TextLine[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0 && line.breakBefore) {
      out.push({ type: 'text', value: text }, { type: 'break' });
      text = line.text;
    } else text += (i > 0 ? '\n' : '') + line.text;
  });
  out.push({ type: 'text', value: text });
  return out;
}

/**
 * Free text as blocks: its paragraphs, and its bulleted items as lists (an item goes on with the
 * lines after it; items separated by a blank line stay one list, as Markdown reads them).
 */
function textBlocks(paragraphs: readonly TextLine[][]): Array<Paragraph | List> {
  const out: Array<Paragraph | List> = [];
  for (const lines of paragraphs) {
    let start = 0;
    for (let i = 1; i <= lines.length; i++) {
      if (i < lines.length && !lines[i]!.bullet) continue;
      const part = lines.slice(start, i);
      start = i;
      if (!part[0]!.bullet) {
        out.push({ type: 'paragraph', children: phrasing(part) });
        continue;
      }
      const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: phrasing(part) }] };
      const last = out[out.length - 1];
      if (last?.type === 'list') last.children.push(item);
      else out.push({ type: 'list', ordered: false, start: null, spread: false, children: [item] });
    }
  }
  return out;
}

/** Puts the values back in place of their placeholders, throughout the tree. */
function putBack(parent: Parent, values: readonly Literal[]): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'text') {
      node.value = node.value.replace(PLACEHOLDER, (_m, index: string) => {
        const value = valueAt(values, index);
        if (typeof value !== 'string') throw new Error('Free text (block, optional) must end a paragraph of its own in a template.');
        return value;
      });
    } else if (node.type === 'paragraph' && parent.type === 'root') {
      const { keep, more } = putBackParagraph(node, values);
      children.splice(i, 1, ...(keep ? [node] : []), ...more);
      i += more.length - (keep ? 0 : 1);
    } else if ('children' in node) putBack(node, values);
  }
}

/**
 * A paragraph that ends with free text (`{{block x}}`, alone or after a lead-in) takes the text's
 * first paragraph; the other blocks follow it. A text that starts with a bullet leaves the
 * lead-in alone in its paragraph, or no paragraph at all without one. Returns whether the
 * paragraph stays, and the blocks that follow it.
 */
function putBackParagraph(paragraph: Paragraph, values: readonly Literal[]): { keep: boolean; more: RootContent[] } {
  const last = paragraph.children[paragraph.children.length - 1];
  const match = last?.type === 'text' ? TRAILING_PLACEHOLDER.exec(last.value) : null;
  const value = match ? valueAt(values, match[1]!) : undefined;
  if (!last || last.type !== 'text' || !match || typeof value === 'string' || value === undefined) {
    putBack(paragraph, values);
    return { keep: true, more: [] };
  }
  last.value = last.value.slice(0, match.index);
  // The lead-in's own values first: the free text put back below is never read again.
  putBack(paragraph, values);
  const blocks = textBlocks(value);
  const first = blocks[0];
  if (first?.type !== 'paragraph') {
    // The list starts a line of its own: the lead-in ends where Markdown would end it, without its trailing spaces.
    last.value = last.value.replace(/[ \t]+$/, '');
    if (last.value === '') paragraph.children.pop();
    return { keep: paragraph.children.length > 0, more: blocks };
  }
  if (last.value === '') paragraph.children.pop();
  blocks.shift();
  const tail = paragraph.children[paragraph.children.length - 1];
  const head = first.children;
  if (tail?.type === 'text' && head[0]?.type === 'text') tail.value += (head.shift() as { value: string }).value;
  paragraph.children.push(...head);
  return { keep: true, more: blocks };
}
