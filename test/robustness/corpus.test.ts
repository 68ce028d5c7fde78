import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ess, tempDir } from '../helpers/cli.js';

const corpus = (name: string) => join(ROOT, 'test/robustness/corpus', name);

/** Every bad input: the documented exit code, a French message naming the file, no stack trace, quickly. */
function expectCleanAnswer(args: string[], status: number, message: RegExp, options: { line?: number; file?: string } = {}) {
  const started = Date.now();
  const r = ess(args);
  const elapsed = Date.now() - started;
  expect(r.status).toBe(status);
  const out = r.stdout + r.stderr;
  expect(out).toMatch(message);
  expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(out).not.toMatch(/TypeError|ReferenceError|RangeError|Error:/);
  if (options.file) expect(out).toContain(options.file);
  if (options.line) expect(out).toContain(`${options.file}:${options.line}:`);
  expect(elapsed).toBeLessThan(10_000);
  return r;
}

describe('check: a corpus of broken and hostile inputs', () => {
  it('an empty file', () => {
    const f = corpus('vide.yaml');
    expectCleanAnswer(['check', f], 1, /Le fichier est vide/, { file: f, line: 1 });
  });

  it('binary garbage (an image)', () => {
    const f = corpus('image.png');
    expectCleanAnswer(['check', f], 1, /pas un fichier texte/, { file: f });
  });

  it('a Windows-1252 file: says it is not UTF-8, where, and how to fix it', () => {
    const f = corpus('windows-1252.yaml');
    expectCleanAnswer(['check', f], 1, /n’est pas encodé en UTF-8.*enregistrez-le « en UTF-8 »/, { file: f, line: 3 });
  });

  it('a list at the top level', () => {
    const f = corpus('liste.yaml');
    expectCleanAnswer(['check', f], 1, /une liste au lieu d’un dossier/, { file: f, line: 1 });
  });

  it('a scalar at the top level', () => {
    const f = corpus('scalaire.yaml');
    expectCleanAnswer(['check', f], 1, /une simple valeur/, { file: f, line: 1 });
  });

  it('duplicate keys', () => {
    const f = corpus('cles-en-double.yaml');
    expectCleanAnswer(['check', f], 1, /La clé « nom » apparaît deux fois/, { file: f, line: 5 });
  });

  it('an alias bomb, answered in well under a second of work', () => {
    const f = corpus('bombe-alias.yaml');
    expectCleanAnswer(['check', f], 1, /bombe d'alias/, { file: f, line: 3 });
  });

  it('a BOM and CRLF line endings are normal', () => {
    const r = ess(['check', corpus('bom-crlf.yaml'), '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.results.filter((f: { rule: string }) => f.rule === 'yaml' || f.rule === 'schema')).toEqual([]);
  });

  it('tabs used for indentation', () => {
    const f = corpus('tabulations.yaml');
    expectCleanAnswer(['check', f], 1, /tabulation/, { file: f, line: 3 });
  });

  it('very deep nesting (flow and block)', () => {
    const dir = tempDir();
    const flow = join(dir, 'profond-crochets.yaml');
    writeFileSync(flow, 'version: 1\nx: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n');
    expectCleanAnswer(['check', flow], 1, /imbriqué trop profondément/, { file: flow, line: 2 });
    const block = join(dir, 'profond-sections.yaml');
    writeFileSync(block, 'version: 1\n' + Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'a:\n').join('') + ' '.repeat(3000) + 'b\n');
    expectCleanAnswer(['check', block], 1, /imbriqué trop profondément/, { file: block });
  });

  it('a 20 MB answer is read (and judged) within seconds', () => {
    const f = join(tempDir(), 'enorme.yaml');
    writeFileSync(f, `version: 1\ndiagnostic:\n  autres: "${'x'.repeat(20_000_000)}"\nessai: 1\n`);
    expectCleanAnswer(['check', f], 1, /Clé inconnue « essai »/, { file: f, line: 4 });
  });

  it('a 20 MB answer: render refuses at once, and a draft cuts it', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = tempDir();
    const f = join(dir, 'enorme.yaml');
    const sample = readFileSync(join(ROOT, 'samples/ess-cardio-cote-basque.yaml'), 'utf8');
    writeFileSync(f, sample.replace("d'ici 2030.", `d'ici 2030. ${'Texte collé par erreur. '.repeat(850_000)}`));
    expectCleanAnswer(['render', f, '-o', join(dir, 'sortie')], 1, /compte 20 400 0\d\d caractères.*\[texte-trop-long\]/s, { file: f });
    const r = expectCleanAnswer(['render', f, '-o', join(dir, 'sortie'), '--brouillon', '--document', 'projet'], 0, /Projet de santé \(brouillon\)/);
    expect(r.stderr).toMatch(/brouillon/);
  });

  it('a path with spaces and accents', () => {
    const dir = join(tempDir(), 'Équipe de soins été 2026');
    mkdirSync(dir);
    const f = join(dir, 'dossier pédiatrie.yaml');
    writeFileSync(f, 'version: 1\ness:\n  nom: ESS Pédiatrie\n  specialite: pédiatrie\n');
    expectCleanAnswer(['check', f], 1, /Vouliez-vous dire « pediatrie »/, { file: f, line: 4 });
  });
});

describe('check: the hostile corpus of issue 13', () => {
  it.each([
    ['alias-recursif.yaml', /L’alias \*boucle est placé à l’intérieur de la valeur &boucle/, 4],
    ['alias-inconnu.yaml', /L’alias \*nom_inconnu ne renvoie à aucune ancre/, 3],
    ['utf16.yaml', /encodé en UTF-16, pas en UTF-8/, 1],
    ['proto.yaml', /Clé inconnue « __proto__ »/, 2],
    ['date-impossible.yaml', /le 30 février 2027 n’existe pas/, 6],
    ['hexadecimal.yaml', /« 0x1F » n’est pas écrit en chiffres décimaux/, 3],
  ])('%s: a finding at its line, exit 1', (name, message, line) => {
    const f = corpus(name);
    expectCleanAnswer(['check', f], 1, message, { file: f, line });
  });

  it('proto.yaml: constructor and prototype are unknown keys too; the impossible !!timestamp as well', () => {
    expect(ess(['check', corpus('proto.yaml')]).stdout).toMatch(/Clé inconnue « constructor ».*\n.*Clé inconnue « prototype »/);
    expect(ess(['check', corpus('date-impossible.yaml')]).stdout).toMatch(/:8:\d+ .*le 29 février 2026 n’existe pas/);
  });

  it('fins-de-ligne-cr.yaml: old-Mac line ends are read (the findings are those of a short dossier)', () => {
    const r = ess(['check', corpus('fins-de-ligne-cr.yaml'), '--format', 'json']);
    const json = JSON.parse(r.stdout) as { results: Array<{ rule: string }> };
    expect(json.results.filter((f) => f.rule === 'yaml' || f.rule === 'schema')).toEqual([]);
    expect(json.results.length).toBeGreaterThan(0);
  });

  it('controles.yaml: escaped on the terminal, valid JSON', () => {
    const r = ess(['check', corpus('controles.yaml')]);
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(r.stdout).toContain('\\u001b[31mcardio');
    expect(() => JSON.parse(ess(['check', corpus('controles.yaml'), '--format', 'json']).stdout)).not.toThrow();
  });
});
