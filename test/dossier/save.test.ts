import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierSaver } from '../../src/dossier/save.js';

describe('DossierSaver', () => {
  it('keeps the first state in a backup, never overwritten, and keeps the mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ess-save-'));
    const file = join(dir, 'dossier-ess.yaml');
    writeFileSync(file, 'version: 1\n');
    chmodSync(file, 0o640);
    writeFileSync(`${file}.bak`, 'ancienne sauvegarde\n');
    const saver = new DossierSaver(file);
    saver.save('version: 1\na: 1\n');
    saver.save('version: 1\na: 2\n');
    expect(saver.backupFile).toBe(`${file}.bak.1`);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('ancienne sauvegarde\n');
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe('version: 1\n');
    expect(readFileSync(file, 'utf8')).toBe('version: 1\na: 2\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(saver.read()).toBe('version: 1\na: 2\n');
  });
});

describe('DossierSaver and a byte order mark', () => {
  it('keeps the BOM of a file saved « UTF-8 avec BOM », which read() leaves out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ess-save-'));
    const file = join(dir, 'dossier-ess.yaml');
    writeFileSync(file, '\uFEFFversion: 1\n');
    const saver = new DossierSaver(file);
    expect(saver.read()).toBe('version: 1\n');
    saver.save('version: 1\na: 1\n');
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFversion: 1\na: 1\n');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('\uFEFFversion: 1\n');
  });
});
