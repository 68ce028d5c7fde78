import { Packer, type File } from 'docx';
import { zipFiles } from '../core/zip.js';
import { stampRows, type RowStamp } from './stamp.js';

type Parts = Map<string, string | Uint8Array>;
interface Compiler {
  compile(file: File): Parts;
}

const compiler = (): Compiler | undefined => {
  const c = (Packer as unknown as { compiler?: Compiler }).compiler;
  return typeof c?.compile === 'function' ? c : undefined;
};

/** Whether rows can be stamped: stamping rewrites the XML of docx's compiler. */
export const canStampRows = (): boolean => compiler() !== undefined;

/**
 * The DOCX package of a document. docx zips its parts with fflate, in JavaScript, which costs a
 * cold `ess render` more than building the document itself; the parts are zipped here with
 * Node's native zlib. They come from docx's own compiler, which is not public API: where a docx
 * version lacks it, the document is packed by docx as usual (and rows are not stamped).
 */
export async function packDocx(doc: File, stamps: readonly RowStamp[] = []): Promise<Buffer> {
  const c = compiler();
  if (!c) {
    if (stamps.length > 0) throw new Error('Row stamping needs docx’s compiler (see canStampRows).');
    return Packer.toBuffer(doc);
  }
  const parts = c.compile(doc);
  const xml = parts.get('word/document.xml');
  if (stamps.length > 0 && xml !== undefined) parts.set('word/document.xml', stampRows(typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8'), stamps));
  return zipParts(parts);
}

export function zipParts(parts: Parts): Buffer {
  return zipFiles(
    [...parts].map(([path, data]) => [path, typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)] as const),
  );
}
