import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTarget, packageSchemaPath, schemaRefFor, writeDossier } from '../../src/wizard/write.js';
import { ROOT, tempDir } from '../helpers/cli.js';

describe('schema modeline', () => {
  it('finds the package’s schema', () => {
    expect(packageSchemaPath()).toBe(join(ROOT, 'schemas/dossier.schema.json'));
  });

  it('is relative inside the program’s folder, the percent-encoded file URL anywhere else', () => {
    const schema = '/home/anne/ess/schemas/dossier.schema.json';
    expect(schemaRefFor('/home/anne/ess/samples/d.yaml', schema)).toBe('../schemas/dossier.schema.json');
    expect(schemaRefFor('/home/anne/ess/d.yaml', schema)).toBe('schemas/dossier.schema.json');
    expect(schemaRefFor('/home/anne/dossiers/cardio/d.yaml', schema)).toBe('file:///home/anne/ess/schemas/dossier.schema.json');
    expect(schemaRefFor('/tmp/d.yaml', schema)).toBe('file:///home/anne/ess/schemas/dossier.schema.json');
    expect(schemaRefFor('/home/anne/ess/mes dossiers/d.yaml', schema)).toBe('../schemas/dossier.schema.json');
    const spaced = '/opt/Mes programmes/dossier-ess/schemas/dossier.schema.json';
    expect(schemaRefFor('/home/anne/Équipe cardio/d.yaml', spaced)).toBe('file:///opt/Mes%20programmes/dossier-ess/schemas/dossier.schema.json');
    expect(schemaRefFor('/opt/Mes programmes/dossier-ess/d.yaml', spaced)).toBe('schemas/dossier.schema.json');
  });

  it('falls back to the schema published with this version of the package', () => {
    expect(schemaRefFor('/tmp/d.yaml', undefined)).toMatch(/^https:\/\/unpkg\.com\/dossier-ess@\d+\.\d+\.\d+\/schemas\/dossier\.schema\.json$/);
  });
});

describe('writing the dossier', () => {
  it('writes atomically: no temporary file left behind', () => {
    const dir = tempDir();
    writeDossier(join(dir, 'd.yaml'), 'version: 1\n', false);
    expect(readdirSync(dir)).toEqual(['d.yaml']);
    expect(readFileSync(join(dir, 'd.yaml'), 'utf8')).toBe('version: 1\n');
  });

  it('keeps the previous file as .bak when asked', () => {
    const dir = tempDir();
    const file = join(dir, 'd.yaml');
    writeFileSync(file, 'ancien');
    expect(writeDossier(file, 'nouveau', true)).toEqual({ backupFile: `${file}.bak` });
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('ancien');
    expect(readFileSync(file, 'utf8')).toBe('nouveau');
  });

  it('refuses an existing file, a folder, a missing folder, in French', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.yaml'), 'x');
    mkdirSync(join(dir, 'sous'));
    expect(() => checkTarget(join(dir, 'd.yaml'), false)).toThrow(/existe déjà : rien n’a été modifié/);
    expect(() => checkTarget(join(dir, 'd.yaml'), true)).not.toThrow();
    expect(() => checkTarget(join(dir, 'sous'), true)).toThrow(/est un répertoire/);
    expect(() => checkTarget(join(dir, 'absent', 'd.yaml'), false)).toThrow(/n’existe pas : créez-le d’abord/);
    expect(() => checkTarget(join(dir, 'nouveau.yaml'), false)).not.toThrow();
    expect(existsSync(join(dir, 'nouveau.yaml'))).toBe(false);
  });
});
