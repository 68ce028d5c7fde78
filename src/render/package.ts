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

/** The text of each part of the package, by path, in docx's order. */
export function packageParts(body: BodyXml, text: PackageText, now: Date = new Date()): Map<string, string> {
  const fill: Partial<Record<string, (xml: string) => string>> = {
    'word/document.xml': (xml) => xml.replace(MARKS.body, () => body.xml),
    'word/header1.xml': (xml) => xml.replace(MARKS.header, () => headerParagraphXml(text.headerText, text.draft)),
    'word/numbering.xml': (xml) => xml.replace(MARKS.lists, () => numberingInstancesXml(body.lists, skeleton.abstractNumIds)),
    'docProps/core.xml': (xml) =>
      xml
        .replace(MARKS.title, () => escapeXml(text.title))
        .replaceAll(MARKS.author, () => escapeXml(text.author))
        .replace(MARKS.description, () => escapeXml(text.description))
        .replaceAll(MARKS.date, () => now.toISOString()),
  };
  return new Map(skeleton.parts.map(([path, xml]) => [path, fill[path]?.(xml) ?? xml]));
}

export function packDocument(body: BodyXml, text: PackageText): Buffer {
  return zipFiles([...packageParts(body, text)].map(([path, xml]) => [path, Buffer.from(xml, 'utf8')] as const));
}
