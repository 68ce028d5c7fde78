// The habits of cli.md: `ess` alone, a mistyped command, -v, option values in any case, and
// dossier-ess.yaml of the current folder when no file is given. Through the built binary.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { writeExtract, rppsFrom } from '../annuaire/helpers.js';
import { COMPLETE_SAMPLE, ess, tempDir } from '../helpers/cli.js';

describe('habits people have', () => {
  it('`ess` alone prints the help and how to start, exit 0', () => {
    const r = ess([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Utilisation : ess /);
    expect(r.stdout).toMatch(/Pour commencer.*\n\s+\$ ess init /);
    expect(r.stderr).toBe('');
  });

  it.each([[[]], [['init', '--help']], [['check', '--help']], [['completer', '--help']], [['render', '--help']], [['importer', '--help']]])(
    'the help of %j fits an 80-column terminal: descriptions wrapped at words, never cut by the terminal',
    (args) => {
      const r = ess(args, { env: { COLUMNS: '80' } });
      expect(r.status).toBe(0);
      const long = r.stdout.split('\n').filter((line) => [...line].length > 80);
      expect(long).toEqual([]);
    },
  );

  it.each([
    [['chek'], /^ess : Commande inconnue « chek » : vouliez-vous dire « check » \? Commandes possibles : init, check, completer, render, (?:.+, )?effectifs/],
    [['rendre'], /vouliez-vous dire « render » \?/],
    [['check', '--fomat', 'json'], /^ess : Option inconnue « --fomat » : vouliez-vous dire « --format » \?/],
  ])('a mistyped %j gets a French suggestion, exit 2', (args, message) => {
    const r = ess(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/Did you mean/);
  });

  it.each([['-v'], ['--version']])('%s prints the version of the package', (flag) => {
    const r = ess([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(packageJson.version);
  });

  it('`ess help check` shows the help of check, as `ess aide check` does', () => {
    const help = ess(['help', 'check']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(ess(['aide', 'check']).stdout);
    expect(help.stdout).toMatch(/^Utilisation : ess check/);
  });

  it('an unknown option value names the option and its values, in French', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Valeur « xml » inconnue pour --format : valeurs possibles stylish, json.');
  });

  it('reads option values without regard to case', () => {
    const json = ess(['check', COMPLETE_SAMPLE, '--format', 'JSON', '--etape', 'PROJET']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).stage).toBe('projet');
    const out = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', out, '--document', 'Lettre']);
    expect(r.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toEqual([expect.stringMatching(/^lettre-intention-/)]);
    const annuaire = writeExtract([{ id: rppsFrom(1000000001), sf: 'SM04', commune: '64445' }]);
    const counted = ess(['effectifs', '--annuaire', annuaire, '--specialite', 'Cardiologie', '--departements', '64', '--format', 'Json']);
    expect(counted.stderr).toBe('');
    expect(JSON.parse(counted.stdout)).toEqual({ specialite: 'cardiologie', departements: { '64': 1 }, total: 1 });
  });

  it('check and render read dossier-ess.yaml of the current folder when no file is given', () => {
    const dir = tempDir();
    copyFileSync(COMPLETE_SAMPLE, join(dir, 'dossier-ess.yaml'));
    const checked = ess(['check', '--format', 'json'], { cwd: dir });
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout).file).toBe('dossier-ess.yaml');
    const rendered = ess(['render', '--document', 'lettre'], { cwd: dir });
    expect(rendered.status).toBe(0);
    expect(readdirSync(dir).some((f) => f.startsWith('lettre-intention-') && f.endsWith('.docx'))).toBe(true);
  });

  it.each([['check'], ['render']])('%s without a file, in a folder without dossier-ess.yaml, says to run ess init (exit 2)', (command) => {
    const dir = tempDir();
    const r = ess([command], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pas de dossier-ess.yaml dans ce répertoire');
    expect(r.stderr).toContain('« ess init »');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'dossier-ess.yaml'))).toBe(false);
  });

  it('French aliases run the same commands', () => {
    for (const alias of ['verifier', 'vérifier']) expect(ess([alias, COMPLETE_SAMPLE]).status, alias).toBe(0);
    const out = tempDir();
    expect(ess(['documents', COMPLETE_SAMPLE, '-o', out, '--document', 'projet']).status).toBe(0);
    expect(ess(['--help']).stdout).toMatch(/check\|verifier .*\n[\s\S]*render\|documents /);
  });
});
