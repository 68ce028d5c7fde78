import { Packer, type File } from 'docx';
import { zipFiles } from '../core/zip.js';

type Parts = Map<string, string | Uint8Array>;
interface Compiler {
  compile(file: File): Parts;
}

/**
 * The DOCX package of a document. docx zips its parts with fflate, in JavaScript, which costs a
 * cold `ess render` more than building the document itself; the parts are zipped here with
 * Node's native zlib. They come from docx's own compiler, which is not public API: where a docx
 * version lacks it, the document is packed by docx as usual.
 */
export async function packDocx(doc: File): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc);
  return zipParts(compiler.compile(doc));
}

export function zipParts(parts: Parts): Buffer {
  return zipFiles(
    [...parts].map(([path, data]) => [path, typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)] as const),
  );
}
