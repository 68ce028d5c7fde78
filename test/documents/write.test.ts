import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';

describe('ess render when a document cannot be written', () => {
  it('exit 2 with a French message; what was in the way is untouched', () => {
    const dir = tempDir();
    const blocker = join(dir, 'lettre-intention-ess-cardiologie-cote-basque-et-sud-landes.docx');
    mkdirSync(blocker);
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'lettre']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Impossible d’écrire');
    expect(readdirSync(dir)).toEqual(['lettre-intention-ess-cardiologie-cote-basque-et-sud-landes.docx']);
    expect(readdirSync(blocker)).toEqual([]);
  });
});

describe('ess render on a file that is not YAML', () => {
  it('refuses even with --brouillon: exit 1, the YAML error printed, no file', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier.yaml');
    writeFileSync(file, 'version: 1\ness:\n  nom: [non fermé\n');
    const r = ess(['render', file, '--brouillon']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/dossier\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('même en brouillon');
    expect(readdirSync(dir)).toEqual(['dossier.yaml']);
  });
});
