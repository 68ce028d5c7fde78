import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/docx/zip.js';
import { tempDir } from '../helpers/cli.js';

function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

const files: Array<[string, Uint8Array]> = [
  ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types/>')],
  ['word/document.xml', Buffer.from('<w:document>Équipe de soins — œ 🫀</w:document>'.repeat(500))],
  ['word/media/vide.bin', new Uint8Array(0)],
  ['docProps/données.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
];

describe('zipFiles', () => {
  it('reads back, entry by entry, with the same names and bytes', async () => {
    const back = await unzip(zipFiles(files));
    expect([...back.keys()]).toEqual(files.map(([name]) => name));
    for (const [name, data] of files) expect(back.get(name)!.equals(Buffer.from(data)), name).toBe(true);
  });

  it('compresses, and gives the same bytes for the same files', () => {
    const zip = zipFiles(files);
    expect(zip.length).toBeLessThan(files.reduce((n, [, d]) => n + d.length, 0));
    expect(zip.equals(zipFiles(files))).toBe(true);
  });

  const haveUnzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!haveUnzip)('passes Info-ZIP’s integrity test (CRC of every entry)', () => {
    const file = join(tempDir(), 'essai.zip');
    writeFileSync(file, zipFiles(files));
    const r = spawnSync('unzip', ['-tq', file], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/No errors detected/);
    expect(r.status).toBe(0);
  });
});
