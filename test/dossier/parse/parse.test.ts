import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../../src/dossier/parse/index.js';
import { decodeDossier } from '../../../src/dossier/read.js';
import { ess, tempDir } from '../../helpers/cli.js';

describe('parseDossier: positions', () => {
  const text = ['version: 1', 'ess:', '  nom: Test', 'adherents:', '  - nom: A', '    rpps: "10000013994"', '  - { nom: B, rpps: "10001045367" }', 'vide:', ''].join('\n');
  const { data, index, findings } = parseDossier(text);

  it('reads the data, an empty answer counting as absent', () => {
    expect(findings).toEqual([]);
    expect(data).toEqual({ version: 1, ess: { nom: 'Test' }, adherents: [{ nom: 'A', rpps: '10000013994' }, { nom: 'B', rpps: '10001045367' }] });
  });

  it('points at values and keys by JSON pointer', () => {
    expect(index.at('/ess/nom')).toEqual({ line: 3, column: 8 });
    expect(index.at('/ess/nom', 'key')).toEqual({ line: 3, column: 3 });
    expect(index.at('/adherents/0/rpps')).toEqual({ line: 6, column: 11 });
    expect(index.at('/adherents/1/rpps')).toEqual({ line: 7, column: 21 });
    expect(index.at('/adherents/1')).toEqual({ line: 7, column: 5 });
  });

  it('resolves a missing node to its parent (at its key)', () => {
    expect(index.at('/ess/specialite')).toEqual({ line: 2, column: 1 });
    expect(index.at('/territoire/departements')).toEqual({ line: 1, column: 1 });
    expect(index.at('/vide')).toEqual({ line: 8, column: 1 });
  });

  it('keeps YAML dates as ISO strings', () => {
    expect(parseDossier('d: 2026-10-15\nt: !!timestamp 2026-10-16').data).toEqual({ d: '2026-10-15', t: '2026-10-16' });
  });
});

describe('parseDossier: YAML errors', () => {
  it('reports a syntax error once, with its line', () => {
    const r = parseDossier('version: 1\ness:\n  nom: [Test\n  date: 2026-01-01\n');
    expect(r.data).toBeUndefined();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'yaml', severity: 'error' });
    expect(r.findings[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports each duplicate key at the later occurrence, with its path', () => {
    const r = parseDossier('version: 1\ness:\n  nom: A\n  date: 2026-01-01\n  nom: B\n');
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'yaml', line: 5, column: 3, path: '/ess/nom' })]);
    expect(r.findings[0]!.message).toContain('« nom »');
  });

  it('stops an alias bomb quickly, at the first alias', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const r = parseDossier(levels.join('\n'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'yaml', line: 2, path: '/b/0' })]);
    expect(r.findings[0]!.message).toMatch(/bombe d'alias/);
  });

  it('reports tabs used for indentation in French', () => {
    const r = parseDossier('version: 1\ness:\n\tnom: A\n');
    expect(r.findings[0]).toMatchObject({ rule: 'yaml', line: 3 });
    expect(r.findings[0]!.message).toMatch(/tabulation|Indentation/);
  });
});

describe('decodeDossier', () => {
  it('strips a BOM and accepts CRLF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version: 1\r\ness:\r\n  nom: Té\r\n')]);
    const decoded = decodeDossier('f.yaml', bytes);
    expect(decoded.text!.startsWith('version')).toBe(true);
    expect(parseDossier(decoded.text!).data).toEqual({ version: 1, ess: { nom: 'Té' } });
  });

  it('says where a Windows-1252 file stops being UTF-8', () => {
    const decoded = decodeDossier('f.yaml', Buffer.from('version: 1\ness:\n  nom: Cl\xe9ment\n', 'latin1'));
    expect(decoded.text).toBeUndefined();
    expect(decoded.encodingProblem).toMatchObject({ line: 3, column: 10 });
    expect(decoded.encodingProblem!.message).toMatch(/UTF-8/);
  });

  it('refuses binary content', () => {
    expect(decodeDossier('f.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).encodingProblem!.message).toMatch(/pas un fichier texte/);
  });
});

describe('the fast reader’s fallback is visible with --debug', () => {
  it('prints why the full YAML reader runs, only with --debug', () => {
    const file = join(tempDir(), 'ancre.yaml');
    writeFileSync(file, 'version: 1\ness: &a\n  nom: Test\n');
    const withDebug = ess(['check', file, '--debug']);
    expect(withDebug.stderr).toMatch(/^lecture YAML complète \(raison : .+\)$/m);
    expect(ess(['check', file]).stderr).not.toContain('lecture YAML complète');
  });
});
