// The DOCX package of a document: the skeleton (src/docx/skeleton/, every part of the package as
// committed XML: styles, numbering, header, footer, properties…), with the document's body,
// header text and properties put in place of its markers, zipped with Node's zlib. The build
// embeds the skeleton's files (src/generated/docx-skeleton.js): `ess render` reads no file for it.
import skeleton from '../generated/docx-skeleton.js';
import { escapeXml, headerParagraphXml, numberingInstancesXml, type BodyXml } from './wordml.js';
import { zipFiles } from './zip.js';

export interface PackageText {
  title: string;
  author: string;
  description: string;
  /** Shown at the top of every page. */
  headerText: string;
  /** Marks every page "BROUILLON". */
  draft: boolean;
}

/** A marker of the skeleton: an XML comment, so that every skeleton file stays well-formed XML. */
const MARK = /<!--ess:(\w+)-->/g;

/** numbering.xml's `w:abstractNumId` of each list (test/docx/skeleton.test.ts checks them). */
export const ABSTRACT_NUM_IDS = { bullets: 2, ordered: 3 } as const;

/** The text of each part of the package, by path. */
export function packageParts(body: BodyXml, text: PackageText, now: Date = new Date()): Map<string, string> {
  const values: Record<string, () => string> = {
    body: () => body.xml,
    header: () => headerParagraphXml(text.headerText, text.draft),
    lists: () => numberingInstancesXml(body.lists, ABSTRACT_NUM_IDS),
    title: () => escapeXml(text.title),
    author: () => escapeXml(text.author),
    description: () => escapeXml(text.description),
    date: () => now.toISOString(),
  };
  // One pass over the skeleton's text: what a value puts in (which may hold the same characters) is never read again.
  return new Map(
    skeleton.map(([path, xml]) =>
      [
        path,
        xml.replace(MARK, (mark, name: string) => {
          const value = values[name];
          if (!value) throw new Error(`src/docx/skeleton/${path}: unknown marker ${mark}.`);
          return value();
        }),
      ] as const,
    ),
  );
}

export function packDocument(body: BodyXml, text: PackageText): Buffer {
  return zipFiles([...packageParts(body, text)].map(([path, xml]) => [path, Buffer.from(xml, 'utf8')] as const));
}
