// Markdown syntax tree (mdast) → the WordprocessingML of the document's body, written as text:
// the one writer of the documents. Paragraph and character looks are named styles of
// src/docx/skeleton/word/styles.xml (Title, Heading1-3, Small, TableText…); what a block needs on
// top of its style comes from style-values.ts. Building docx-library objects and having them
// serialised cost a cold `ess render` about 60 ms of its 190; writing the XML directly costs a
// few. Proof that the XML is right: golden files of word/document.xml (test/docx/golden/), the
// LibreOffice round trip and the document tests (test/documents/).
import type { List, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { directedBlocks, DRAFT_NOTICE, isLabel, isLineBreak, parseDirective, runText, tableLayout, type Alignment, type Directives } from './layout.js';
import {
  ASIDE_INDENT,
  CHECKED,
  COLORS,
  LIST_INDENT,
  LIST_MARKERS,
  SIZES,
  SPACING,
  SYMBOL_FONT,
  TABLE_LINE,
  UNCHECKED,
  type ListReference,
} from './style-values.js';

// The five XML entities; the control characters XML 1.0 cannot hold are dropped.
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
export const escapeXml = (value: string): string => (value.search(SPECIAL) === -1 ? value : value.replace(SPECIAL, (c) => ESCAPES[c] ?? ''));

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  font?: string;
  size?: number;
  color?: string;
}

interface ParagraphStyle {
  heading?: string;
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  numbering?: { reference: ListReference; instance: number; level: number };
  borderBottom?: { space: number };
  spacing?: { before?: number; after?: number };
  indent?: { left: number; hanging?: number };
  alignment?: Alignment;
}

const onOff = (name: string, value: boolean | undefined): string => (value === undefined ? '' : value ? `<w:${name}/>` : `<w:${name} w:val="false"/>`);

function runXml(text: string | null, s: RunStyle = {}): string {
  const fonts = s.font === undefined ? '' : `<w:rFonts w:ascii="${s.font}" w:cs="${s.font}" w:eastAsia="${s.font}" w:hAnsi="${s.font}"/>`;
  const props =
    fonts +
    onOff('b', s.bold) +
    onOff('bCs', s.bold) +
    onOff('i', s.italics) +
    onOff('iCs', s.italics) +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    (s.size === undefined ? '' : `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`);
  const content = text === null ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

/** A paragraph; `numId` gives the number of a list instance (numbering.xml), in order of first use. */
function paragraphXml(runs: string, p: ParagraphStyle, numId: (reference: ListReference, instance: number) => number): string {
  let props = '';
  if (p.heading) props += `<w:pStyle w:val="${p.heading}"/>`;
  if (p.numbering && !p.style && !p.heading) props += '<w:pStyle w:val="ListParagraph"/>';
  if (p.style) props += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) props += '<w:keepNext/>';
  if (p.pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (p.numbering) props += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${numId(p.numbering.reference, p.numbering.instance)}"/></w:numPr>`;
  if (p.borderBottom) props += `<w:pBdr><w:bottom w:val="${TABLE_LINE.style}" w:color="${TABLE_LINE.color}" w:sz="${TABLE_LINE.size}" w:space="${p.borderBottom.space}"/></w:pBdr>`;
  if (p.spacing) {
    const { after, before } = p.spacing;
    props += `<w:spacing${after === undefined ? '' : ` w:after="${after}"`}${before === undefined ? '' : ` w:before="${before}"`}/>`;
  }
  if (p.indent) props += `<w:ind w:left="${p.indent.left}"${p.indent.hanging === undefined ? '' : ` w:hanging="${p.indent.hanging}"`}/>`;
  if (p.alignment) props += `<w:jc w:val="${p.alignment}"/>`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

function runsXml(nodes: readonly PhrasingContent[], style: RunStyle = {}): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += runXml(runText(node.value), style);
        break;
      case 'strong':
        out += runsXml(node.children, { ...style, bold: true });
        break;
      case 'emphasis':
        out += runsXml(node.children, { ...style, italics: true });
        break;
      case 'inlineCode':
        out += runXml(node.value, { ...style, font: 'Courier New' });
        break;
      case 'break':
        out += runXml(null);
        break;
      case 'html':
        if (isLineBreak(node.value)) out += runXml(null);
        else if (!parseDirective(node.value)) out += runXml(node.value, style);
        break;
      case 'link':
        out += runsXml(node.children, style) + runXml(` (${node.url})`, style);
        break;
      default:
        if ('value' in node && typeof node.value === 'string') out += runXml(node.value, style);
        else if ('children' in node) out += runsXml(node.children as PhrasingContent[], style);
    }
  }
  return out;
}

const HEADINGS = ['Heading1', 'Heading2', 'Heading3'];

class Writer {
  private orderedInstance = 0;
  /** The list instances used, in order of first use: numbering.xml numbers them from 2. */
  readonly lists: { reference: ListReference; instance: number }[] = [];
  private readonly numIds = new Map<string, number>();
  private readonly numId = (reference: ListReference, instance: number): number => {
    const key = `${reference}-${instance}`;
    let id = this.numIds.get(key);
    if (id === undefined) {
      id = this.lists.push({ reference, instance }) + 1;
      this.numIds.set(key, id);
    }
    return id;
  };

  private paragraph(runs: string, p: ParagraphStyle, d: Directives): string {
    return paragraphXml(
      runs,
      {
        ...p,
        ...(d.aside ? { indent: { left: ASIDE_INDENT } } : {}),
        ...(d.aside || d.spaceBefore ? { spacing: { before: SPACING.aside, after: SPACING.paragraphAfter } } : {}),
        alignment: p.alignment ?? d.align,
        style: p.style ?? (d.small ? 'Small' : undefined),
        pageBreakBefore: d.pageBreak,
      },
      this.numId,
    );
  }

  blocks(nodes: readonly RootContent[]): string {
    let out = '';
    for (const [node, d] of directedBlocks(nodes)) out += this.block(node, d);
    return out;
  }

  private block(node: RootContent, d: Directives): string {
    switch (node.type) {
      case 'heading':
        return this.paragraph(runsXml(node.children), { heading: d.align === 'center' ? 'Title' : HEADINGS[Math.min(node.depth, 3) - 1] }, d);
      case 'paragraph':
        return this.paragraph(runsXml(node.children, d.small ? { size: SIZES.small } : {}), { keepNext: d.keep || isLabel(node.children) }, d);
      case 'list':
        return this.list(node, 0, d);
      case 'table':
        return this.table(node, d);
      case 'thematicBreak':
        return paragraphXml('', { borderBottom: { space: 1 } }, this.numId);
      case 'blockquote':
        return this.blocks(node.children);
      case 'code':
        return node.value
          .split('\n')
          .map((l) => paragraphXml(runXml(l, { font: 'Courier New' }), {}, this.numId))
          .join('');
      case 'html':
        return this.paragraph(runXml(node.value), {}, d);
      default:
        return '';
    }
  }

  /** `endsList`: this list is the end of the outermost one, whose last paragraph takes a paragraph's space after. */
  private list(list: List, level: number, d: Directives, endsList = true): string {
    let out = '';
    const instance = list.ordered ? ++this.orderedInstance : 0;
    list.children.forEach((item, index) => {
      const lastItem = index === list.children.length - 1;
      item.children.forEach((child, i) => {
        if (child.type === 'list') {
          out += this.list(child, Math.min(level + 1, 2), {}, endsList && lastItem && i === item.children.length - 1);
          return;
        }
        if (child.type !== 'paragraph') {
          out += this.block(child, {});
          return;
        }
        const spacing = { after: lastItem && endsList ? SPACING.paragraphAfter : SPACING.listAfter };
        const content = runsXml(child.children);
        if (i === 0 && typeof item.checked === 'boolean') {
          // A task-list item is a checkbox of the trame (départements, statut juridique).
          const box = runXml(`${item.checked ? CHECKED : UNCHECKED}\u00a0`, { font: SYMBOL_FONT, bold: item.checked });
          out += this.paragraph(box + content, { spacing, indent: { left: LIST_INDENT.step * (level + 1), hanging: LIST_INDENT.hanging + 40 } }, d);
        } else if (i === 0) {
          out += this.paragraph(content, { spacing, numbering: { reference: list.ordered ? 'ordered' : 'bullets', level, instance } }, d);
        } else {
          out += this.paragraph(content, { spacing, indent: { left: LIST_INDENT.step * (level + 1) } }, d);
        }
      });
    });
    return out;
  }

  private table(table: Table, d: Directives): string {
    const { columns, widths, align } = tableLayout(table, d);
    const count = table.children.length;
    const margin = `w:type="dxa" w:w="${SPACING.cellMargin}"`;
    const line = `w:val="${TABLE_LINE.style}" w:color="${TABLE_LINE.color}" w:sz="${TABLE_LINE.size}"`;
    let out =
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/>` +
      `<w:tblBorders><w:top ${line}/><w:left ${line}/><w:bottom ${line}/><w:right ${line}/><w:insideH ${line}/><w:insideV ${line}/></w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top ${margin}/><w:left ${margin}/><w:bottom ${margin}/><w:right ${margin}/></w:tblCellMar></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    // Per-cell properties are kept to what differs from the table's: a 1,000-row Annexe 1 stays light.
    // A form's rows: text centred in the height left to write by hand, the labels' column shaded.
    const formCell = (c: number) => (d.formRows ? `${c === 0 ? `<w:shd w:fill="${COLORS.firstColumnFill}" w:color="auto" w:val="clear"/>` : ''}<w:vAlign w:val="center"/>` : '');
    const bodyCells = widths.map((w, c) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>${formCell(c)}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>${align[c] === 'left' ? '' : `<w:jc w:val="${align[c]}"/>`}</w:pPr>`);
    // A place to sign: its heading row stays on the page of the row to sign in (keep with next).
    const headerKeep = d.tallLastRow ? '<w:keepNext/>' : '';
    const headerCells = widths.map(
      (w) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/><w:shd w:fill="${COLORS.headerFill}" w:color="auto" w:val="clear"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>${headerKeep}</w:pPr>`,
    );
    table.children.forEach((row, r) => {
      const header = r === 0;
      const tall = d.tallLastRow && r === count - 1;
      const height = tall ? SPACING.signatureRow : d.formRows && !header ? SPACING.formRow : undefined;
      out += `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}${height === undefined ? '' : `<w:trHeight w:val="${height}" w:hRule="atLeast"/>`}</w:trPr>`;
      for (let c = 0; c < columns; c++) {
        const cell: TableCell | undefined = row.children[c];
        out += (header ? headerCells : bodyCells)[c] + runsXml(cell?.children ?? [], header ? { bold: true } : {}) + '</w:p></w:tc>';
      }
      out += '</w:tr>';
    });
    out += '</w:tbl>';
    // Space after a table, which Word does not add by itself; a page break goes before it.
    const before = d.pageBreak ? paragraphXml('', { pageBreakBefore: true, spacing: { after: 0 } }, this.numId) : '';
    return before + out + paragraphXml('', { spacing: { after: SPACING.paragraphAfter / 2 } }, this.numId);
  }
}

export interface BodyXml {
  /** The paragraphs and tables of the body, without the section properties. */
  xml: string;
  /** The list instances the body uses, in the order of their numbers (2, 3, …) in numbering.xml. */
  lists: { reference: ListReference; instance: number }[];
}

export function bodyXml(tree: Root): BodyXml {
  const writer = new Writer();
  const xml = writer.blocks(tree.children);
  return { xml, lists: writer.lists };
}

/** The `w:num` elements of the list instances used (docx's concrete numbering). */
export function numberingInstancesXml(lists: BodyXml['lists'], abstractId: Record<ListReference, number>): string {
  return lists
    .map(
      ({ reference }, i) =>
        `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="${abstractId[reference]}"/>${LIST_MARKERS[reference].map((_, level) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride>`).join('')}</w:num>`,
    )
    .join('');
}

/** The header's paragraph: the ESS and the document, after a draft notice where there is one. */
export function headerParagraphXml(text: string, draft: boolean): string {
  const runs =
    (draft ? runXml(DRAFT_NOTICE, { bold: true, color: COLORS.draft, size: SIZES.header }) + runXml('    ', { size: SIZES.header }) : '') +
    runXml(text, { color: COLORS.muted, size: SIZES.header });
  return paragraphXml(runs, { borderBottom: { space: 2 }, alignment: 'right' }, () => 0);
}
