// WordprocessingML → the blocks a reader sees: paragraphs (their text, heading level, list item,
// bold) and tables (rows of cells of paragraphs), in document order. Pure: XML text in, blocks out.
//
// Read with a real XML parser (saxes, streaming) rather than regular expressions: entities, CDATA,
// attributes in any order and any namespace prefix declared by the writer are the parser's job.
// What Word and LibreOffice put around the text must not change it:
// - runs split anywhere (spell check, revisions, formatting) are joined;
// - tracked changes are read as accepted: an insertion (w:ins) is text, a deletion (w:del,
//   w:delText, w:moveFrom) is not, whether the author accepted them or they are still pending;
// - fields: the instruction (w:instrText, and anything between the field's begin and separate
//   marks) is skipped, the result (what the reader sees) kept; w:fldSimple keeps its result runs;
// - smart tags, content controls (w:sdt), custom XML and hyperlinks are transparent;
// - comments (w:commentReference, comment ranges) and footnote references are ignored;
// - soft hyphens are dropped, non-breaking hyphens become "-", non-breaking and other spaces,
//   tabs become one space; a line break (w:br, w:cr) is a line break; a page break is nothing;
// - of mc:AlternateContent only the choice is read (the fallback repeats it).
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface Paragraph {
  kind: 'p';
  /** The text, lines separated by "\n" (w:br), spaces collapsed, trimmed. */
  text: string;
  /** 0 for a title, 1–9 for a heading; undefined for body text. */
  heading?: number;
  /** A list item (numbering on the paragraph or its style, or a list style). */
  list: boolean;
  /** Every character of the text is bold (a question of the trame, as ess prints it). */
  bold: boolean;
}

export interface Table {
  kind: 'table';
  /** rows → cells → paragraphs. */
  rows: Paragraph[][][];
}

export type Block = Paragraph | Table;

export interface ReadStats {
  /** Tracked insertions and deletions found (read as accepted). */
  revisions: number;
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  outline?: number;
  numbered: boolean;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const attr = (tag: SaxesTagPlain, name: string): string | undefined => {
  for (const [k, v] of Object.entries(tag.attributes)) if (localName(k) === name) return v;
  return undefined;
};
/** w:b, w:b w:val="true|1|on" are on; "false|0|off|none" off. */
const isOn = (tag: SaxesTagPlain): boolean => !/^(false|0|off|none)$/i.test(attr(tag, 'val') ?? 'true');

function parse(xml: string, handlers: { open(tag: SaxesTagPlain): void; close(name: string): void; text(t: string): void }): void {
  const parser = new SaxesParser({ xmlns: false });
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => handlers.open(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  parser.write(xml).close();
  if (error) throw error;
}

/** word/styles.xml: each paragraph style's name, parent, outline level and numbering. */
export function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  let current: StyleInfo | undefined;
  let inPPr = false;
  parse(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'style') {
        const id = attr(tag, 'styleId');
        current = attr(tag, 'type') === 'paragraph' && id ? { name: '', numbered: false } : undefined;
        if (current) styles.set(id!, current);
      } else if (!current) return;
      else if (name === 'name') current.name = attr(tag, 'val') ?? '';
      else if (name === 'basedOn') current.basedOn = attr(tag, 'val');
      else if (name === 'pPr') inPPr = true;
      else if (inPPr && name === 'outlineLvl') current.outline = Number(attr(tag, 'val'));
      else if (inPPr && name === 'numId') current.numbered = attr(tag, 'val') !== '0';
    },
    close(name) {
      if (name === 'pPr') inPPr = false;
      if (name === 'style') current = undefined;
    },
    text() {},
  });
  return styles;
}

/** The heading level a style gives (0 a title), following its parents; undefined for body text. */
function styleHeading(styles: Map<string, StyleInfo>, id: string): number | undefined {
  for (let s = styles.get(id), depth = 0; s && depth < 10; s = s.basedOn ? styles.get(s.basedOn) : undefined, depth++) {
    const m = /^(?:heading|titre)\s*(\d)$/i.exec(s.name);
    if (m) return Number(m[1]);
    if (/^(title|titre)$/i.test(s.name)) return 0;
    if (s.outline !== undefined && s.outline < 9) return s.outline + 1;
  }
  const m = /^(?:heading|titre)(\d)$/i.exec(id);
  return m ? Number(m[1]) : /^(title|titre)$/i.test(id) ? 0 : undefined;
}

function styleIsList(styles: Map<string, StyleInfo>, id: string): boolean {
  for (let s = styles.get(id), depth = 0; s && depth < 10; s = s.basedOn ? styles.get(s.basedOn) : undefined, depth++) {
    if (s.numbered || /^list (bullet|number)|^liste (à puces|numéro)/i.test(s.name)) return true;
  }
  return /^(ListBullet|ListNumber)\d*$/.test(id);
}

/** Characters that change how a text looks, not what it says. */
function cleanChars(text: string): string {
  return text
    .replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/\u2011/g, '-')
    .replace(/[\t\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ');
}

function finishText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{2,}/g, '\n');
}

interface OpenParagraph {
  raw: string;
  style?: string;
  numbered: boolean;
  outline?: number;
  /** Characters in bold / not in bold (whitespace aside). */
  boldChars: number;
  plainChars: number;
}

/** The blocks of word/document.xml (or of any part whose body holds w:p and w:tbl). */
export function readBlocks(documentXml: string, stylesXml?: string): { blocks: Block[]; stats: ReadStats } {
  const styles = readStyles(stylesXml);
  const blocks: Block[] = [];
  const stats: ReadStats = { revisions: 0 };
  /** Open tables, innermost last: each has its rows, the current row and the current cell. */
  const tables: { rows: Paragraph[][][] }[] = [];
  const paragraphs: OpenParagraph[] = [];
  let skip = 0; // depth inside content that is not text (deletions, field instructions, fallbacks, pPr/rPr)
  let skipName: string[] = [];
  /** Field nesting: true while between begin and separate (the instruction). */
  const fields: boolean[] = [];
  let runBold: boolean | undefined;
  let inRPr = false;
  let inPPr = false;
  let inRun = false;
  let inText = false;

  const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delInstrText', 'Fallback', 'footnoteReference', 'endnoteReference', 'commentReference']);

  const emit = (p: Paragraph): void => {
    const table = tables[tables.length - 1];
    if (table) {
      const row = table.rows[table.rows.length - 1];
      const cell = row?.[row.length - 1];
      if (cell) cell.push(p);
      return;
    }
    blocks.push(p);
  };

  const addText = (t: string): void => {
    const p = paragraphs[paragraphs.length - 1];
    if (!p || fields.some((instruction) => instruction)) return;
    const text = cleanChars(t);
    p.raw += text;
    const visible = text.replace(/\s/g, '').length;
    if (runBold ?? false) p.boldChars += visible;
    else p.plainChars += visible;
  };

  parse(documentXml, {
    open(tag) {
      const name = localName(tag.name);
      if (skip > 0) {
        if (SKIPPED.has(name) && !tag.isSelfClosing) {
          skip++;
          skipName.push(name);
        }
        return;
      }
      if (SKIPPED.has(name)) {
        if (name === 'del' || name === 'moveFrom') stats.revisions++;
        if (!tag.isSelfClosing) {
          skip = 1;
          skipName = [name];
        }
        return;
      }
      const p = paragraphs[paragraphs.length - 1];
      switch (name) {
        case 'ins':
        case 'moveTo':
          stats.revisions++;
          break;
        case 'tbl':
          tables.push({ rows: [] });
          break;
        case 'tr':
          tables[tables.length - 1]?.rows.push([]);
          break;
        case 'tc': {
          const table = tables[tables.length - 1];
          table?.rows[table.rows.length - 1]?.push([]);
          break;
        }
        case 'p':
          paragraphs.push({ raw: '', numbered: false, boldChars: 0, plainChars: 0 });
          break;
        case 'pPr':
          inPPr = true;
          break;
        case 'pStyle':
          if (inPPr && p && !inRun) p.style = attr(tag, 'val');
          break;
        case 'numId':
          if (inPPr && p && !inRun) p.numbered = attr(tag, 'val') !== '0';
          break;
        case 'outlineLvl':
          if (inPPr && p && !inRun) p.outline = Number(attr(tag, 'val'));
          break;
        case 'r':
          inRun = true;
          runBold = undefined;
          break;
        case 'rPr':
          inRPr = true;
          break;
        case 'b':
          if (inRPr && inRun) runBold = isOn(tag);
          break;
        case 't':
          if (inRun) inText = true;
          break;
        case 'tab':
        case 'ptab':
          if (inRun && !inRPr) addText(' ');
          break;
        case 'br':
        case 'cr': {
          const type = attr(tag, 'type');
          if (inRun && (type === undefined || type === 'textWrapping')) addText('\n');
          break;
        }
        case 'noBreakHyphen':
          if (inRun) addText('-');
          break;
        case 'fldChar': {
          const type = attr(tag, 'fldCharType');
          if (type === 'begin') fields.push(true);
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = false;
          else if (type === 'end') fields.pop();
          break;
        }
      }
    },
    close(name) {
      if (skip > 0) {
        if (name === skipName[skipName.length - 1]) {
          skip--;
          skipName.pop();
        }
        return;
      }
      switch (name) {
        case 't':
          inText = false;
          break;
        case 'r':
          inRun = false;
          break;
        case 'rPr':
          inRPr = false;
          break;
        case 'pPr':
          inPPr = false;
          break;
        case 'p': {
          const open = paragraphs.pop();
          if (!open) break;
          const heading = open.outline !== undefined && open.outline < 9 ? open.outline + 1 : open.style ? styleHeading(styles, open.style) : undefined;
          const list = heading === undefined && (open.numbered || (open.style !== undefined && styleIsList(styles, open.style)));
          emit({ kind: 'p', text: finishText(open.raw), heading, list, bold: open.boldChars > 0 && open.plainChars === 0 });
          break;
        }
        case 'tbl': {
          const table = tables.pop();
          if (!table) break;
          if (tables.length > 0) {
            // A table inside a cell: its paragraphs join that cell, row after row.
            for (const row of table.rows) for (const cell of row) for (const p of cell) emit(p);
          } else blocks.push({ kind: 'table', rows: table.rows });
          break;
        }
      }
    },
    text(t) {
      if (skip === 0 && inText) addText(t);
    },
  });
  return { blocks, stats };
}
