// Markdown syntax tree (mdast, CommonMark + GFM) → docx objects. The one mapper of the render
// pipeline; every look comes from styles.ts. Templates steer the layout with HTML comments that
// Markdown keeps as `html` nodes and that apply to the next block:
//   <!-- widths=30,40,30 -->   column widths of the next table, in % of the text width
//   <!-- tall-last-row -->      the next table's last row is tall (a place to sign)
//   <!-- center --> <!-- right --> <!-- small -->   the next paragraph(s) of that block
//   <!-- pagebreak -->          the next block starts a new page
//   <!-- space-before -->       a blank line's worth of space above the next paragraph
//   <!-- keep -->               the next paragraph stays on the page of the one after it
//   <!-- aside -->              the next paragraph sits in the right half (a letter's addressee, signature)
// Raw HTML never comes from the user (escape.ts escapes every `<`); other HTML prints literally.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { List, ListItem, PhrasingContent, Root, RootContent, Table as MdTable, TableCell as TableCellNode, TableRow as TableRowNode } from 'mdast';
import { stampMarkers, type RowStamp } from './stamp.js';
import {
  ASIDE_INDENT,
  CHECKED,
  COLORS,
  documentStyles,
  LIST_INDENT,
  numbering,
  PAGE,
  SIZES,
  SPACING,
  SYMBOL_FONT,
  TABLE_BORDERS,
  TEXT_WIDTH,
  UNCHECKED,
} from './styles.js';

interface Directives {
  widths?: number[];
  tallLastRow?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  small?: boolean;
  pageBreak?: boolean;
  aside?: boolean;
  keep?: boolean;
  spaceBefore?: boolean;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  mono?: boolean;
  size?: number;
}

function parseDirective(html: string): Directives | undefined {
  const m = /^<!--([\s\S]*)-->$/.exec(html.trim());
  if (!m) return undefined;
  const d: Directives = {};
  for (const word of m[1]!.trim().split(/\s+/)) {
    const [key, value] = word.split('=');
    if (key === 'widths' && value) d.widths = value.split(',').map(Number);
    else if (key === 'tall-last-row') d.tallLastRow = true;
    else if (key === 'center') d.align = AlignmentType.CENTER;
    else if (key === 'right') d.align = AlignmentType.RIGHT;
    else if (key === 'small') d.small = true;
    else if (key === 'pagebreak') d.pageBreak = true;
    else if (key === 'aside') d.aside = true;
    else if (key === 'keep') d.keep = true;
    else if (key === 'space-before') d.spaceBefore = true;
  }
  return d;
}

/** The text of a text node's run: a line break inside a paragraph is the editor's wrapping. */
const runText = (value: string): string => value.replace(/\n/g, ' ');

function runs(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const text = (value: string, s: RunStyle) =>
    new TextRun({
      text: value,
      bold: s.bold,
      italics: s.italics,
      strike: s.strike,
      size: s.size,
      font: s.mono ? 'Courier New' : undefined,
    });
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(text(runText(node.value), style));
        break;
      case 'strong':
        out.push(...runs(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(node.children, { ...style, italics: true }));
        break;
      case 'delete':
        out.push(...runs(node.children, { ...style, strike: true }));
        break;
      case 'inlineCode':
        out.push(text(node.value, { ...style, mono: true }));
        break;
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value)) out.push(new TextRun({ break: 1 }));
        else if (!parseDirective(node.value)) out.push(text(node.value, style));
        break;
      case 'link':
        out.push(
          new ExternalHyperlink({
            link: node.url,
            children: runs(node.children, style),
          }),
        );
        break;
      default:
        if ('value' in node && typeof node.value === 'string') out.push(text(node.value, style));
        else if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
    }
  }
  return out;
}

const plain = (nodes: readonly PhrasingContent[]): string =>
  nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');

/**
 * A label (a question of the trame) is kept on the page of its answer: a paragraph all in bold,
 * or all in italics and ending with ":" or "?". An italic answer ("Sans objet.") is not a label,
 * or a run of empty answers would chain together and push whole sections to the next page.
 */
function isLabel(nodes: readonly PhrasingContent[]): boolean {
  const meaningful = nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  if (meaningful.length === 0) return false;
  if (meaningful.every((n) => n.type === 'strong')) return true;
  return meaningful.every((n) => n.type === 'strong' || n.type === 'emphasis') && /[:?]$/.test(plain(nodes).trim());
}

function paragraph(children: ParagraphChild[], options: IParagraphOptions, d: Directives): Paragraph {
  return new Paragraph({
    ...options,
    ...(d.aside ? { indent: { left: ASIDE_INDENT } } : {}),
    ...(d.aside || d.spaceBefore ? { spacing: { before: SPACING.aside, after: SPACING.paragraphAfter } } : {}),
    children,
    alignment: options.alignment ?? d.align,
    style: options.style ?? (d.small ? 'Small' : undefined),
    pageBreakBefore: d.pageBreak || undefined,
  });
}

/** A row of TableRows whose cells are each empty or one text node: what stamp.ts can write. */
const stampable = (row: TableRowNode): boolean =>
  row.data?.literal === true && row.children.every((c) => c.children.length === 0 || (c.children.length === 1 && c.children[0]!.type === 'text'));

/** A stamped cell's text, as runs() would write it; null: no run. */
const cellText = (cell: TableCellNode | undefined): string | null => {
  const node = cell?.children[0];
  return node?.type === 'text' ? runText(node.value) : null;
};

class Mapper {
  private orderedInstance = 0;

  /** Stamped tables (stamp.ts), or undefined when every row is built as docx objects. */
  constructor(readonly stamps?: RowStamp[]) {}

  blocks(nodes: readonly RootContent[]): FileChild[] {
    const out: FileChild[] = [];
    let pending: Directives = {};
    for (const node of nodes) {
      if (node.type === 'html') {
        const d = parseDirective(node.value);
        if (d) {
          pending = { ...pending, ...d };
          continue;
        }
      }
      out.push(...this.block(node, pending));
      pending = {};
    }
    return out;
  }

  private block(node: RootContent, d: Directives): FileChild[] {
    switch (node.type) {
      case 'heading': {
        const level = node.depth === 1 ? HeadingLevel.HEADING_1 : node.depth === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
        return [paragraph(runs(node.children), { heading: d.align === AlignmentType.CENTER ? HeadingLevel.TITLE : level }, d)];
      }
      case 'paragraph':
        return [paragraph(runs(node.children, d.small ? { size: SIZES.small } : {}), { keepNext: d.keep || isLabel(node.children) || undefined }, d)];
      case 'list':
        return this.list(node, 0, d);
      case 'table':
        return this.table(node, d);
      case 'thematicBreak':
        return [new Paragraph({ children: [], border: { bottom: { style: 'single', size: 4, color: COLORS.border, space: 1 } } })];
      case 'blockquote':
        return this.blocks(node.children);
      case 'code':
        return node.value.split('\n').map((l) => new Paragraph({ children: [new TextRun({ text: l, font: 'Courier New' })] }));
      case 'html':
        return [paragraph([new TextRun(node.value)], {}, d)];
      default:
        return [];
    }
  }

  private list(list: List, level: number, d: Directives): FileChild[] {
    const out: FileChild[] = [];
    const instance = list.ordered ? ++this.orderedInstance : 0;
    list.children.forEach((item: ListItem, index) => {
      item.children.forEach((child, i) => {
        if (child.type === 'list') {
          out.push(...this.list(child, Math.min(level + 1, 2), {}));
          return;
        }
        if (child.type !== 'paragraph') {
          out.push(...this.block(child, {}));
          return;
        }
        const spacing = { after: index === list.children.length - 1 && level === 0 ? SPACING.paragraphAfter : SPACING.listAfter };
        const content = runs(child.children);
        if (i === 0 && typeof item.checked === 'boolean') {
          // A task-list item is a checkbox of the trame (départements, statut juridique).
          const box = new TextRun({ text: `${item.checked ? CHECKED : UNCHECKED}\u00a0`, font: SYMBOL_FONT, bold: item.checked });
          out.push(
            paragraph([box, ...content], { spacing, indent: { left: LIST_INDENT.step * (level + 1), hanging: LIST_INDENT.hanging + 40 } }, d),
          );
        } else if (i === 0) {
          out.push(
            paragraph(content, { spacing, numbering: { reference: list.ordered ? 'ordered' : 'bullets', level, instance: list.ordered ? instance : undefined } }, d),
          );
        } else {
          out.push(paragraph(content, { spacing, indent: { left: LIST_INDENT.step * (level + 1) } }, d));
        }
      });
    });
    return out;
  }

  private table(table: MdTable, d: Directives): FileChild[] {
    const columns = Math.max(...table.children.map((r) => r.children.length));
    const percents = d.widths && d.widths.length === columns ? d.widths : Array.from({ length: columns }, () => 100 / columns);
    const total = percents.reduce((a, b) => a + b, 0);
    const widths = percents.map((p) => Math.floor((TEXT_WIDTH * p) / total));
    const alignOf = (i: number) =>
      table.align?.[i] === 'center' ? AlignmentType.CENTER : table.align?.[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    const count = table.children.length;
    const row = (cells: ReadonlyArray<TableCellNode | undefined>, r: number) => {
      const header = r === 0;
      const tall = d.tallLastRow && r === count - 1;
      return new TableRow({
        tableHeader: header || undefined,
        cantSplit: true,
        height: tall ? { value: SPACING.signatureRow, rule: HeightRule.ATLEAST } : undefined,
        // Per-cell properties are kept to what differs from the table's: a 1,000-row Annexe 1 stays light.
        children: Array.from({ length: columns }, (_, c) => {
          const align = header ? undefined : alignOf(c);
          return new TableCell({
            width: { size: widths[c]!, type: WidthType.DXA },
            verticalAlign: header ? VerticalAlign.CENTER : undefined,
            shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.headerFill } : undefined,
            children: [
              new Paragraph({
                style: 'TableText',
                alignment: align === AlignmentType.LEFT ? undefined : align,
                children: runs(cells[c]?.children ?? [], header ? { bold: true } : {}),
              }),
            ],
          });
        }),
      });
    };
    // Literal rows at the end (not the header, not a tall last row) are stamped: one template
    // row here, copied for each of them into the XML by packDocx (stamp.ts).
    const end = d.tallLastRow ? count - 1 : count;
    let start = end;
    while (this.stamps && start > 1 && stampable(table.children[start - 1]!)) start--;
    const rows = table.children.slice(0, start).map((r, i) => row(r.children, i));
    if (start < end) {
      const markers = stampMarkers(this.stamps!.length, columns);
      this.stamps!.push({
        markers,
        rows: table.children.slice(start, end).map((r) => Array.from({ length: columns }, (_, c) => cellText(r.children[c]))),
      });
      rows.push(row(markers.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })), start));
    }
    rows.push(...table.children.slice(end).map((r, i) => row(r.children, end + i)));
    const t = new Table({
      rows,
      columnWidths: widths,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
      margins: { top: SPACING.cellMargin, bottom: SPACING.cellMargin, left: SPACING.cellMargin, right: SPACING.cellMargin },
    });
    // Space after a table, which Word does not add by itself; a page break goes before it.
    const before = d.pageBreak ? [new Paragraph({ children: [], pageBreakBefore: true, spacing: { after: 0 } })] : [];
    return [...before, t, new Paragraph({ children: [], spacing: { after: SPACING.paragraphAfter / 2 } })];
  }
}

export interface DocumentOptions {
  title: string;
  author: string;
  description: string;
  /** Shown at the top of every page. */
  headerText: string;
  /** Marks every page "BROUILLON". */
  draft: boolean;
  /** Stamp the literal rows of tables (stamp.ts) instead of building each as docx objects; packDocx must then get the stamps. */
  stampRows?: boolean;
}

export interface MappedDocument {
  document: Document;
  /** The stamped tables, for packDocx. */
  stamps: RowStamp[];
}

export function mdastToDocx(tree: Root, options: DocumentOptions): MappedDocument {
  const stamps: RowStamp[] = [];
  const children = new Mapper(options.stampRows ? stamps : undefined).blocks(tree.children);
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: 'single', size: 4, color: COLORS.border, space: 2 } },
        children: [
          ...(options.draft ? [new TextRun({ text: 'BROUILLON — document non valide pour un dépôt', bold: true, color: COLORS.draft, size: SIZES.header }), new TextRun({ text: '    ', size: SIZES.header })] : []),
          new TextRun({ text: options.headerText, color: COLORS.muted, size: SIZES.header }),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES], color: COLORS.muted, size: SIZES.header }),
        ],
      }),
    ],
  });
  const document = new Document({
    title: options.title,
    creator: options.author,
    lastModifiedBy: options.author,
    description: options.description,
    styles: documentStyles,
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children,
      },
    ],
  });
  return { document, stamps };
}
