// Markdown syntax tree (mdast) → docx objects: the reference the WordprocessingML writer
// (wordml.ts) is tested against, byte for byte, and what the build compiles, with docx, into the
// skeleton of the package (skeleton.ts). Layout decisions come from layout.ts, looks from styles.ts.
import {
  AlignmentType,
  Document,
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
import type { List, ListItem, PhrasingContent, Root, RootContent, Table as MdTable, TableCell as TableCellNode } from 'mdast';
import type { PackageText } from './package.js';
import { directedBlocks, DRAFT_NOTICE, isLabel, isLineBreak, parseDirective, runText, tableLayout, type Directives } from './layout.js';
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
  UNCHECKED,
} from './styles.js';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  mono?: boolean;
  size?: number;
}

function runs(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const text = (value: string, s: RunStyle) =>
    new TextRun({
      text: value,
      bold: s.bold,
      italics: s.italics,
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
      case 'inlineCode':
        out.push(text(node.value, { ...style, mono: true }));
        break;
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'html':
        if (isLineBreak(node.value)) out.push(new TextRun({ break: 1 }));
        else if (!parseDirective(node.value)) out.push(text(node.value, style));
        break;
      case 'link':
        // Printed, a link is its text and its address (templates have none; user text makes none).
        out.push(...runs(node.children, style), text(` (${node.url})`, style));
        break;
      default:
        if ('value' in node && typeof node.value === 'string') out.push(text(node.value, style));
        else if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
    }
  }
  return out;
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

class Mapper {
  private orderedInstance = 0;

  blocks(nodes: readonly RootContent[]): FileChild[] {
    return directedBlocks(nodes).flatMap(([node, d]) => this.block(node, d));
  }

  private block(node: RootContent, d: Directives): FileChild[] {
    switch (node.type) {
      case 'heading': {
        const level = node.depth === 1 ? HeadingLevel.HEADING_1 : node.depth === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
        return [paragraph(runs(node.children), { heading: d.align === 'center' ? HeadingLevel.TITLE : level }, d)];
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
    const { columns, widths, align: aligns } = tableLayout(table, d);
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
          const align = header ? undefined : aligns[c];
          return new TableCell({
            width: { size: widths[c]!, type: WidthType.DXA },
            verticalAlign: header ? VerticalAlign.CENTER : undefined,
            shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.headerFill } : undefined,
            children: [
              new Paragraph({
                style: 'TableText',
                alignment: align === 'left' ? undefined : align,
                children: runs(cells[c]?.children ?? [], header ? { bold: true } : {}),
              }),
            ],
          });
        }),
      });
    };
    const rows = table.children.map((r, i) => row(r.children, i));
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


export function mdastToDocx(tree: Root, options: PackageText): Document {
  const children = new Mapper().blocks(tree.children);
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: 'single', size: 4, color: COLORS.border, space: 2 } },
        children: [
          ...(options.draft ? [new TextRun({ text: DRAFT_NOTICE, bold: true, color: COLORS.draft, size: SIZES.header }), new TextRun({ text: '    ', size: SIZES.header })] : []),
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
  return document;
}
