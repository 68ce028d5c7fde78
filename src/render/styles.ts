// The one place that decides how the documents look: page, fonts, sizes, colours, spacing,
// lists, tables. The mapper (mdast-to-docx.ts) only applies what is defined here.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  LevelFormat,
  type IBorderOptions,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

/** Arial: present in Word everywhere, metric-compatible Liberation Sans in LibreOffice. */
export const FONT = 'Arial';
/** Ballot boxes are not in Arial; Word and LibreOffice both find them in this font or a fallback. */
export const SYMBOL_FONT = 'Segoe UI Symbol';
export const CHECKED = '☒';
export const UNCHECKED = '☐';

const pt = (points: number) => Math.round(points * 2); // docx sizes are half-points
const spacingPt = (points: number) => Math.round(points * 20); // spacing is in twentieths of a point

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
  marginTop: convertMillimetersToTwip(22),
  marginBottom: convertMillimetersToTwip(20),
  marginLeft: convertMillimetersToTwip(20),
  marginRight: convertMillimetersToTwip(20),
  header: convertMillimetersToTwip(10),
  footer: convertMillimetersToTwip(10),
};
/** A4 width (210 mm) minus the margins, in twips: tables are sized against it. */
export const TEXT_WIDTH = convertMillimetersToTwip(210) - PAGE.marginLeft - PAGE.marginRight;

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
  cellMargin: convertMillimetersToTwip(1.5),
  /** Space above a letter's addressee, date and signature blocks. */
  aside: spacingPt(12),
  /** Height of the empty row where the legal representative signs. */
  signatureRow: convertMillimetersToTwip(30),
};

/** Left indent of a letter's addressee, date and signature: the right half of the page. */
export const ASIDE_INDENT = Math.round(TEXT_WIDTH * 0.52);

/** Indentation of lists per level, in twips. */
export const LIST_INDENT = { step: 420, hanging: 280 };

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      // French: Word and LibreOffice check spelling and hyphenate in French.
      run: { font: FONT, size: SIZES.body, color: COLORS.text, language: { value: 'fr-FR' } },
      paragraph: { spacing: { after: SPACING.paragraphAfter, line: SPACING.line } },
    },
    title: {
      run: { font: FONT, size: SIZES.title, bold: true, color: COLORS.heading },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: spacingPt(24), after: spacingPt(6) } },
    },
    heading1: {
      run: { font: FONT, size: SIZES.heading1, bold: true, color: COLORS.heading },
      paragraph: {
        spacing: { before: spacingPt(18), after: spacingPt(8) },
        keepNext: true,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.accent, space: 2 } },
      },
    },
    heading2: {
      run: { font: FONT, size: SIZES.heading2, bold: true, color: COLORS.accent },
      paragraph: { spacing: { before: spacingPt(12), after: spacingPt(6) }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: SIZES.heading3, bold: true, color: COLORS.accent },
      paragraph: { spacing: { before: spacingPt(10), after: spacingPt(4) }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Small',
      name: 'Small',
      basedOn: 'Normal',
      run: { size: SIZES.small, italics: true, color: COLORS.muted },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: SIZES.table },
      paragraph: { spacing: { before: 0, after: 0, line: 252 } },
    },
  ],
};

export const numbering: INumberingOptions = {
  config: [
    {
      reference: 'bullets',
      levels: ['•', '–', '◦'].map((text, level) => ({
        level,
        format: LevelFormat.BULLET,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: LIST_INDENT.step * (level + 1), hanging: LIST_INDENT.hanging } } },
      })),
    },
    {
      reference: 'ordered',
      levels: ['%1.', '%2.', '%3.'].map((text, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: LIST_INDENT.step * (level + 1), hanging: LIST_INDENT.hanging + 80 } } },
      })),
    },
  ],
};

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border };
export const TABLE_BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
