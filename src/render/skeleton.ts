// The skeleton of the DOCX package, made by docx at build time (scripts/build.mjs): every part
// (styles, numbering, theme, settings, header, footer, properties…) as docx writes it from the
// style sheet (styles.ts), with markers where each document puts its own text. At run time,
// package.ts fills the markers: the body written by wordml.ts, the header text, the properties.
import { Packer, type File } from 'docx';
import { mdastToDocx } from './mdast-to-docx.js';
import { MARKS, type Skeleton } from './skeleton-format.js';
import type { ListReference } from './style-values.js';

type Parts = Map<string, string | Uint8Array>;

/** docx's own compiler: the XML of every part, before docx zips them. Not public API, hence the check. */
export function compileParts(document: File): Parts {
  const compiler = (Packer as unknown as { compiler?: { compile(file: File): Parts } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('This docx version has no Packer.compiler: the package skeleton cannot be built.');
  return compiler.compile(document);
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, 'g'));
  if (matches?.length !== 1) throw new Error(`Skeleton: ${what} found ${matches?.length ?? 0} times instead of once.`);
  return text.replace(pattern, replacement);
}

export function buildSkeleton(): Skeleton {
  const document = mdastToDocx(
    { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: MARKS.body }] }] },
    { title: MARKS.title, author: MARKS.author, description: MARKS.description, headerText: MARKS.header, draft: false },
  );
  const parts: [string, string][] = [];
  for (const [path, data] of compileParts(document)) {
    if (typeof data !== 'string') throw new Error(`Skeleton: ${path} is not XML.`);
    let text = data;
    if (path === 'word/document.xml') text = replaceOnce(text, new RegExp(`<w:p><w:r><w:t xml:space="preserve">${MARKS.body}</w:t></w:r></w:p>`), MARKS.body, 'the body');
    if (path === 'word/header1.xml') text = replaceOnce(text, new RegExp(`<w:p>(?:(?!</w:p>).)*${MARKS.header}(?:(?!</w:p>).)*</w:p>`), MARKS.header, 'the header');
    if (path === 'word/numbering.xml') text = replaceOnce(text, /<\/w:numbering>$/, `${MARKS.lists}</w:numbering>`, 'the end of numbering.xml');
    if (path === 'docProps/core.xml') {
      text = replaceOnce(text, /(<dcterms:created [^>]*>)[^<]*/, `$1${MARKS.date}`, 'the creation date');
      text = replaceOnce(text, /(<dcterms:modified [^>]*>)[^<]*/, `$1${MARKS.date}`, 'the modification date');
    }
    parts.push([path, text]);
  }
  const numbering = (document as unknown as { Numbering: { abstractNumberingMap: Map<string, { id: number }> } }).Numbering.abstractNumberingMap;
  const id = (reference: ListReference): number => {
    const found = numbering.get(reference)?.id;
    if (typeof found !== 'number') throw new Error(`Skeleton: no list definition "${reference}" in numbering.xml.`);
    return found;
  };
  return { parts, abstractNumIds: { bullets: id('bullets'), ordered: id('ordered') } };
}
