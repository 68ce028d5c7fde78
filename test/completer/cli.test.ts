// `ess completer` as a user runs it, on the built binary (run `npm run build` first).
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, LETTRE_SAMPLE, tempDir } from '../helpers/cli.js';

describe('ess completer (CLI)', () => {
  it('without a terminal: exit 2, a French message, nothing changed', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier-ess.yaml');
    copyFileSync(LETTRE_SAMPLE, file);
    const run = ess(['completer', file], { input: 'une réponse\n\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('n’est pas un terminal');
    expect(run.stderr).toContain('le dossier n’est pas modifié');
    expect(run.stderr).not.toMatch(/\bat .*\.(c|m)?js/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(LETTRE_SAMPLE, 'utf8'));
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('reads dossier-ess.yaml of the current folder, and says how to start when there is none', () => {
    const dir = tempDir();
    const none = ess(['completer'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('ess init');
    copyFileSync(LETTRE_SAMPLE, join(dir, 'dossier-ess.yaml'));
    expect(ess(['completer'], { cwd: dir }).stderr).toContain('n’est pas un terminal');
  });

  it('refuses an unknown stage, and documents itself', () => {
    const bad = ess(['completer', LETTRE_SAMPLE, '--etape', 'rapport-final']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--etape');
    const help = ess(['completer', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Entrée sur une ligne');
    expect(help.stdout).toContain('$ ess completer');
  });
});

describe('ess completer --etape rapport (CLI)', () => {
  const copy = () => {
    const file = join(tempDir(), 'dossier-ess.yaml');
    copyFileSync(COMPLETE_SAMPLE, file);
    return file;
  };

  it('needs its year, as check does: exit 2 with a French message, nothing changed', () => {
    const file = copy();
    const run = ess(['completer', file, '--etape', 'rapport']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('porte sur une année : ajoutez --annee AAAA');
    expect(run.stderr).not.toMatch(/\bat .*\.(c|m)?js/);
    const bad = ess(['completer', file, '--etape', 'rapport', '--annee', '28']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('4 chiffres');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(COMPLETE_SAMPLE, 'utf8'));
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('refuses --annee with another stage, as check does', () => {
    for (const args of [['--annee', '2028'], ['--etape', 'projet', '--annee', '2028']]) {
      const run = ess(['completer', copy(), ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--annee ne sert qu’au rapport d’activité');
    }
  });

  it('without a terminal: exit 2, the command to run says the stage and the year', () => {
    const file = copy();
    const run = ess(['completer', file, '--etape', 'rapport', '--annee', '2028'], { input: '22\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('n’est pas un terminal');
    expect(run.stderr).toContain('--etape rapport --annee 2028');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(COMPLETE_SAMPLE, 'utf8'));
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('documents itself', () => {
    expect(ess(['completer', '--help']).stdout).toContain('--etape rapport --annee');
  });
});
