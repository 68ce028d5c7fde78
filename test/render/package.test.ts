import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../src/render/package.js';
import { tempDir } from '../helpers/cli.js';
import { docxParts } from './docx-text.js';

describe('packDocx', () => {
  it('writes the same parts as docx’s own Packer (through docx’s compiler, zipped by native zlib)', async () => {
    const doc = () =>
      new Document({ title: 'Essai', creator: 'ess', sections: [{ children: [new Paragraph({ children: [new TextRun('Équipe de soins — œ & < > « »')] })] }] });
    const dir = tempDir();
    const ours = join(dir, 'ours.docx');
    const theirs = join(dir, 'theirs.docx');
    writeFileSync(ours, await packDocx(doc()));
    writeFileSync(theirs, await Packer.toBuffer(doc()));
    const [a, b] = await Promise.all([docxParts(ours), docxParts(theirs)]);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const timeless = (xml: string) => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>');
    for (const [name, xml] of a) expect(timeless(xml), name).toBe(timeless(b.get(name)!));
    expect(a.get('word/document.xml')).toContain('Équipe de soins — œ &amp; &lt; &gt; « »');
  });

  it('gives the same bytes for the same document (fixed part dates)', async () => {
    const doc = () => new Document({ sections: [{ children: [new Paragraph('x')] }] });
    const compiler = (Packer as unknown as { compiler: { compile(d: Document): Map<string, string | Uint8Array> } }).compiler;
    const first = compiler.compile(doc());
    const { zipParts } = await import('../../src/render/package.js');
    const parts = new Map([...first].filter(([name]) => name !== 'docProps/core.xml'));
    expect((await zipParts(parts)).equals(await zipParts(parts))).toBe(true);
  });
});
