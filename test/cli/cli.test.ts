import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, ess, mutateSample, tempDir } from '../helpers/cli.js';

describe('ess check through the built binary', () => {
  it('exits 0 on the complete sample, with a French summary line', () => {
    const r = ess(['check', COMPLETE_SAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✔ 0 erreur.*aucune erreur pour le projet de santé/);
  });

  it('accepts --etape lettre on the early sample', () => {
    const r = ess(['check', LETTRE_SAMPLE, '--etape', 'lettre']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/pour la lettre d’intention/);
  });

  it('prints the JSON object of the contract', () => {
    const file = mutateSample([['"10043216737"', '"1004321673"']]);
    const r = ess(['check', file, '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    // A structure error does not stop the count: the contract object has every key, progress included.
    expect(Object.keys(json)).toEqual(['file', 'stage', 'results', 'summary', 'progress']);
    expect(json).toMatchObject({ file, stage: 'projet', summary: { errors: 1, warnings: 0, infos: 0 } });
    expect(json.results).toHaveLength(1);
    expect(Object.keys(json.results[0])).toEqual(['rule', 'severity', 'message', 'path', 'line', 'column']);
    expect(json.results[0]).toMatchObject({ rule: 'schema', severity: 'error', path: '/adherents/1/rpps' });
    expect(typeof json.results[0].line).toBe('number');
  });

  it('prints one stylish line per finding: fichier:ligne:colonne  sévérité  message  [id]', () => {
    const file = mutateSample([['departements: ["64", "40"]', 'departements: ["64", "75"]']]);
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('[schema]'))!;
    expect(line).toMatch(new RegExp(`^  ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  erreur  +.*« 75 ».*  \\[schema\\]$`));
    expect(r.stdout).toMatch(/✖ 1 erreur/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours only when asked (FORCE_COLOR) and never with NO_COLOR', () => {
    const file = mutateSample([['departements: ["64", "40"]', 'departements: ["64", "75"]']]);
    expect(ess(['check', file], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(ess(['check', file], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it.each([
    ['a missing file', ['check', 'nulle-part.yaml'], /Fichier introuvable : nulle-part\.yaml/],
    ['a folder', ['check', 'samples'], /est un répertoire/],
    ['an unknown stage', ['check', COMPLETE_SAMPLE, '--etape', 'final'], /Valeur « final » inconnue pour --etape/],
    ['an unknown format', ['check', COMPLETE_SAMPLE, '--format', 'xml'], /Valeur « xml » inconnue pour --format/],
    ['an unknown option', ['check', COMPLETE_SAMPLE, '--vite'], /Option inconnue « --vite »/],
    ['no file and no dossier-ess.yaml here', ['check'], /pas de dossier-ess\.yaml dans ce répertoire .*ess init/s],
    ['an unknown command', ['lancer'], /Commande inconnue « lancer »/],
  ])('exits 2 with one French message on %s', (_name, args, message) => {
    const r = ess(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('reports a file that is not UTF-8 as a finding with its line (exit 1)', () => {
    const dir = tempDir();
    const file = join(dir, 'windows.yaml');
    writeFileSync(file, Buffer.from('version: 1\ness:\n  nom: ESS Cardiologie Pays Basque\n  specialite: cardiologie\nreferent:\n  nom: Cl\xe9ment\n', 'latin1'));
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`windows\\.yaml:6:10 .*UTF-8`));
  });

  it('reads a path with spaces and accents', () => {
    const dir = join(tempDir(), 'Dossier ESS été');
    mkdirSync(dir);
    const file = join(dir, 'mon dossier.yaml');
    writeFileSync(file, 'version: 1\nss: x\n');
    const r = ess(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:2:1`);
  });

  it('has French help with an example for every command', () => {
    for (const cmd of ['init', 'check', 'render', 'effectifs']) {
      const r = ess([cmd, '--help']);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Utilisation : ess /);
      expect(r.stdout, cmd).toMatch(/Exemples? :\n  \$ ess /);
      expect(r.stdout, cmd).not.toMatch(/\(default:|Usage:/);
    }
    expect(ess(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
