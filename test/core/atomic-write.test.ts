import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/atomic-write.js';
import { EssError } from '../../src/core/errors.js';
import { tempDir } from '../helpers/cli.js';

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one whole, leaving no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'projet.docx');
    writeFileAtomic(file, 'premier');
    writeFileAtomic(file, Buffer.from('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['projet.docx']);
  });

  it('on failure leaves the previous content intact and no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'sortie');
    mkdirSync(target);
    writeFileSync(join(target, 'garde.txt'), 'intact');
    expect(() => writeFileAtomic(target, 'nouveau')).toThrow(EssError);
    expect(readFileSync(join(target, 'garde.txt'), 'utf8')).toBe('intact');
    expect(readdirSync(dir)).toEqual(['sortie']);
  });

  it('says in French when the folder does not exist', () => {
    expect(() => writeFileAtomic(join(tempDir(), 'absent', 'x.yaml'), 'x')).toThrow(/Dossier introuvable/);
  });
});
