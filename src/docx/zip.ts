import { crc32, deflateRawSync } from 'node:zlib';

// Every entry is dated 2026-01-01 00:00 (MS-DOS format), so that the same files give the same bytes.
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
}

/** The fields a local header (at 4) and a central-directory entry (at 6) share, in the same order. */
function writeEntryFields(header: Buffer, at: number, e: Entry): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(DEFLATE, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(e.crc, at + 10);
  header.writeUInt32LE(e.compressed, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(e.name.length, at + 22);
}

/**
 * A ZIP archive (the container of a DOCX) of the given files, deflated by Node's native zlib,
 * synchronously: a few milliseconds, where docx's JavaScript deflate or a streaming zip library
 * cost a cold `ess render` 35–45 ms per document. No ZIP64: a document is far below its limits.
 */
export function zipFiles(files: Iterable<readonly [string, Uint8Array]>): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of files) {
    const compressed = deflateRawSync(data);
    const entry: Entry = { name: Buffer.from(path, 'utf8'), crc: crc32(data), compressed: compressed.length, size: data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    chunks.push(local, entry.name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    directory.push(central, entry.name);

    offset += local.length + entry.name.length + compressed.length;
    count++;
    if (offset > 0xffffffff || count > 0xffff) throw new Error('Document trop volumineux pour une archive DOCX.');
  }
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
