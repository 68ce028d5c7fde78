// `ess completer` as a user runs it, on the built binary (run `npm run build` first).
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ess, LETTRE_SAMPLE, tempDir } from '../helpers/cli.js';

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
