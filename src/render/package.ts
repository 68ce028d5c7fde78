import { Packer, type File } from 'docx';
import yazl from 'yazl';

type Parts = Map<string, string | Uint8Array>;
interface Compiler {
  compile(file: File): Parts;
}

// A fixed date for every part, so that the same dossier gives the same bytes.
const PART_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * The DOCX package of a document. docx zips its parts with fflate, in JavaScript, which costs a
 * cold `ess render` more than building the document itself; yazl compresses with Node's native
 * zlib. The parts come from docx's own compiler, which is not public API: where a docx version
 * lacks it, the document is packed by docx as usual.
 */
export async function packDocx(doc: File): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc);
  return zipParts(compiler.compile(doc));
}

export function zipParts(parts: Parts): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [path, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    zip.addBuffer(bytes, path, { mtime: PART_DATE, compress: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
