// The DOCX package of a document: the skeleton docx made at build time (skeleton.ts), with the
// document's body, header text and properties put in its markers, zipped with Node's zlib.
import { zipFiles } from '../core/zip.js';
import skeleton from '../generated/docx-skeleton.js';
import { MARKS } from './skeleton-format.js';
import { escapeXml, headerParagraphXml, numberingInstancesXml, type BodyXml } from './wordml.js';

export interface PackageText {
  title: string;
  author: string;
  description: string;
  /** Shown at the top of every page. */
  headerText: string;
  /** Marks every page "BROUILLON". */
  draft: boolean;
}

const MARK = new RegExp(`[${Object.values(MARKS).join('')}]`, 'g');

/** The text of each part of the package, by path, in docx's order. */
export function packageParts(body: BodyXml, text: PackageText, now: Date = new Date()): Map<string, string> {
  const values: Record<string, () => string> = {
    [MARKS.body]: () => body.xml,
    [MARKS.header]: () => headerParagraphXml(text.headerText, text.draft),
    [MARKS.lists]: () => numberingInstancesXml(body.lists, skeleton.abstractNumIds),
    [MARKS.title]: () => escapeXml(text.title),
    [MARKS.author]: () => escapeXml(text.author),
    [MARKS.description]: () => escapeXml(text.description),
    [MARKS.date]: () => now.toISOString(),
  };
  // One pass over the skeleton's text: what a value puts in (which may hold the same characters) is never read again.
  return new Map(skeleton.parts.map(([path, xml]) => [path, xml.replace(MARK, (mark) => values[mark]!())]));
}

export function packDocument(body: BodyXml, text: PackageText): Buffer {
  return zipFiles([...packageParts(body, text)].map(([path, xml]) => [path, Buffer.from(xml, 'utf8')] as const));
}
