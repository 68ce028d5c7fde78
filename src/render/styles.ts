// The docx style sheet: styles and list definitions, from the values of style-values.ts. The build
// turns it into styles.xml and numbering.xml (skeleton.ts); the docx mapper of the tests
// (mdast-to-docx.ts) uses it as well.
import { AlignmentType, BorderStyle, LevelFormat, type IBorderOptions, type INumberingOptions, type IStylesOptions } from 'docx';
import { COLORS, FONT, LIST_INDENT, LIST_MARKERS, SIZES, SPACING, spacingPt, TABLE_LINE } from './style-values.js';

export * from './style-values.js';

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
      levels: LIST_MARKERS.bullets.map((text, level) => ({
        level,
        format: LevelFormat.BULLET,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: LIST_INDENT.step * (level + 1), hanging: LIST_INDENT.hanging } } },
      })),
    },
    {
      reference: 'ordered',
      levels: LIST_MARKERS.ordered.map((text, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: LIST_INDENT.step * (level + 1), hanging: LIST_INDENT.hanging + 80 } } },
      })),
    },
  ],
};

const line: IBorderOptions = { ...TABLE_LINE };
export const TABLE_BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
