// Layout decisions taken from the Markdown syntax tree, for the WordprocessingML writer
// (wordml.ts). Templates steer the
// layout with HTML comments that Markdown keeps as `html` nodes and that apply to the next block:
//   <!-- widths=30,40,30 -->   column widths of the next table, in % of the text width
//   <!-- tall-last-row -->      the next table's last row is tall (a place to sign)
//   <!-- form-rows -->          the next table is a form: rows tall enough to write in by hand, labels shaded
//   <!-- center --> <!-- right --> <!-- small -->   the next paragraph(s) of that block
//   <!-- pagebreak -->          the next block starts a new page
//   <!-- space-before -->       a blank line's worth of space above the next paragraph
//   <!-- keep -->               the next paragraph stays on the page of the one after it
//   <!-- aside -->              the next paragraph sits in the right half (a letter's addressee, signature)
// Raw HTML never comes from the user (user text is put in the tree as text); other HTML prints literally.
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { TEXT_WIDTH } from './style-values.js';

export type Alignment = 'left' | 'center' | 'right';

/** At the top of every page of a draft (`--brouillon`), before the header text. */
export const DRAFT_NOTICE = 'BROUILLON — document non valide pour un dépôt';

export interface Directives {
  widths?: number[];
  tallLastRow?: boolean;
  formRows?: boolean;
  align?: 'center' | 'right';
  small?: boolean;
  pageBreak?: boolean;
  aside?: boolean;
  keep?: boolean;
  spaceBefore?: boolean;
}

export function parseDirective(html: string): Directives | undefined {
  const m = /^<!--([\s\S]*)-->$/.exec(html.trim());
  if (!m) return undefined;
  const d: Directives = {};
  for (const word of m[1]!.trim().split(/\s+/)) {
    const [key, value] = word.split('=');
    if (key === 'widths' && value) d.widths = value.split(',').map(Number);
    else if (key === 'tall-last-row') d.tallLastRow = true;
    else if (key === 'form-rows') d.formRows = true;
    else if (key === 'center') d.align = 'center';
    else if (key === 'right') d.align = 'right';
    else if (key === 'small') d.small = true;
    else if (key === 'pagebreak') d.pageBreak = true;
    else if (key === 'aside') d.aside = true;
    else if (key === 'keep') d.keep = true;
    else if (key === 'space-before') d.spaceBefore = true;
  }
  return d;
}

/** The blocks of a container, each with the directives (the HTML comments before it) that apply to it. */
export function directedBlocks(nodes: readonly RootContent[]): [RootContent, Directives][] {
  const out: [RootContent, Directives][] = [];
  let pending: Directives = {};
  for (const node of nodes) {
    const d = node.type === 'html' ? parseDirective(node.value) : undefined;
    if (d) {
      pending = { ...pending, ...d };
      continue;
    }
    out.push([node, pending]);
    pending = {};
  }
  return out;
}

/** A raw `<br>` in a template is a line break. */
export const isLineBreak = (html: string): boolean => /^<br\s*\/?>$/i.test(html);

/** The text of a text node's run: a line break inside a paragraph is the editor's wrapping. */
export const runText = (value: string): string => value.replace(/\n/g, ' ');

const plain = (nodes: readonly PhrasingContent[]): string =>
  nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');

/**
 * A label (a question of the trame) is kept on the page of its answer: a paragraph all in bold,
 * or all in italics and ending with ":" or "?". An italic answer ("Sans objet.") is not a label,
 * or a run of empty answers would chain together and push whole sections to the next page.
 */
export function isLabel(nodes: readonly PhrasingContent[]): boolean {
  const meaningful = nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  if (meaningful.length === 0) return false;
  if (meaningful.every((n) => n.type === 'strong')) return true;
  return meaningful.every((n) => n.type === 'strong' || n.type === 'emphasis') && /[:?]$/.test(plain(nodes).trim());
}

export interface TableLayout {
  columns: number;
  /** Column widths in twips, set explicitly: LibreOffice ignores automatic widths. */
  widths: number[];
  /** Alignment of the body cells of each column (the header row stays as its style says). */
  align: Alignment[];
}

export function tableLayout(table: Table, d: Directives): TableLayout {
  const columns = Math.max(...table.children.map((r) => r.children.length));
  const percents = d.widths && d.widths.length === columns ? d.widths : Array.from({ length: columns }, () => 100 / columns);
  const total = percents.reduce((a, b) => a + b, 0);
  const widths = percents.map((p) => Math.floor((TEXT_WIDTH * p) / total));
  const align = Array.from({ length: columns }, (_, i): Alignment => (table.align?.[i] === 'center' ? 'center' : table.align?.[i] === 'right' ? 'right' : 'left'));
  return { columns, widths, align };
}
