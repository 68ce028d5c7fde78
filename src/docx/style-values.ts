// What the WordprocessingML writer (wordml.ts) writes on top of the named styles: the values a
// block of the body needs (table widths and borders, checkbox glyphs, the draft notice's colour,
// an aside's indent). The named styles themselves, the page, the lists' markers and the footer
// are in src/docx/skeleton/word/ (styles.xml, numbering.xml, document.xml, footer1.xml): change
// the look there, and keep the values below in step where they repeat one (fonts, sizes, colours).

/** Millimetres to twips (rounded down, as the skeleton's page margins were computed). */
const mm = (millimeters: number): number => Math.floor((millimeters / 25.4) * 72 * 20);

/** Arial: present in Word everywhere, metric-compatible Liberation Sans in LibreOffice. */
export const FONT = 'Arial';
/** Ballot boxes are not in Arial; Word and LibreOffice both find them in this font or a fallback. */
export const SYMBOL_FONT = 'Segoe UI Symbol';
export const CHECKED = '☒';
export const UNCHECKED = '☐';

export const pt = (points: number) => Math.round(points * 2); // docx sizes are half-points
export const spacingPt = (points: number) => Math.round(points * 20); // spacing is in twentieths of a point

export const COLORS = {
  text: '1A1A1A',
  heading: '1F3864',
  accent: '2E5C8A',
  muted: '595959',
  border: '8EA2BF',
  headerFill: 'DCE6F2',
  firstColumnFill: 'F2F5FA',
  draft: 'C00000',
} as const;

export const PAGE = {
  marginTop: mm(22),
  marginBottom: mm(20),
  marginLeft: mm(20),
  marginRight: mm(20),
  header: mm(10),
  footer: mm(10),
};
/** A4 width (210 mm) minus the margins, in twips: tables are sized against it. */
export const TEXT_WIDTH = mm(210) - PAGE.marginLeft - PAGE.marginRight;

export const SIZES = {
  body: pt(10.5),
  small: pt(9),
  table: pt(9.5),
  header: pt(8.5),
  title: pt(20),
  heading1: pt(14),
  heading2: pt(12),
  heading3: pt(11),
};

export const SPACING = {
  paragraphAfter: spacingPt(6),
  line: 264, // 1.1 line
  listAfter: spacingPt(2),
  cellMargin: mm(1.5),
  /** Space above a letter's addressee, date and signature blocks. */
  aside: spacingPt(12),
  /** Height of the empty row where the legal representative signs. */
  signatureRow: mm(30),
  /** Height of a row of a form (`form-rows`): room to write a name or a number by hand. */
  formRow: mm(8),
};

/** Left indent of a letter's addressee, date and signature: the right half of the page. */
export const ASIDE_INDENT = Math.round(TEXT_WIDTH * 0.52);

/** Indentation of lists per level, in twips. */
export const LIST_INDENT = { step: 420, hanging: 280 };

/** The markers of each list's levels (bullets, then numbers); numbering.xml defines one list per entry, in this order. */
export const LIST_MARKERS = { bullets: ['•', '–', '◦'], ordered: ['%1.', '%2.', '%3.'] } as const;
export type ListReference = keyof typeof LIST_MARKERS;

/** The line of every table border, and of a thematic break. */
export const TABLE_LINE = { style: 'single', size: 4, color: COLORS.border } as const;
