import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { extractText, type ExtractRow } from '../../scripts/annuaire-extract.mjs';
import { tempDir } from '../helpers/cli.js';

export { COLUMNS_52, COLUMNS_56, extractLine, extractText, headerLine, rppsFrom } from '../../scripts/annuaire-extract.mjs';
export type { ExtractRow };

export const ENTRY_NAME = 'PS_LibreAcces_Personne_activite_202611220000.txt';

export function writeExtract(rows: ExtractRow[], options: Parameters<typeof extractText>[1] = {}, name = ENTRY_NAME): string {
  const file = join(tempDir('ess-annuaire-'), name);
  writeFileSync(file, extractText(rows, options));
  return file;
}

/**
 * A minimal zip writer (local headers, central directory, end record), stored or deflated, so
 * that the tests build archives like the downloaded one without another dependency.
 */
export function zipBytes(entries: Array<{ name: string; data: string | Buffer; deflate?: boolean }>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const body = entry.deflate === false ? raw : deflateRawSync(raw);
    const method = entry.deflate === false ? 0 : 8;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

export function writeZip(entries: Parameters<typeof zipBytes>[0], name = 'PS_LibreAcces.zip'): string {
  const file = join(tempDir('ess-annuaire-zip-'), name);
  writeFileSync(file, zipBytes(entries));
  return file;
}
