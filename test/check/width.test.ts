// `check` for a person (issue 16): the skeleton of `init` fits a 100-column terminal and one
// screen; a dossier with a few errors keeps one readable entry per finding at any width.
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, mutateSample, tempDir } from '../helpers/cli.js';

const columns = (line: string) => [...line].length;

describe('check at the terminal’s width', () => {
  const dir = tempDir();
  const init = ess(['init', '--non-interactif'], { cwd: dir });

  it.each(['projet', 'lettre'])('the skeleton at %s: progress, under 40 lines of at most 100 columns, then ess completer', (etape) => {
    expect(init.status, init.stderr).toBe(0);
    const r = ess(['check', '--etape', etape], { cwd: dir, env: { COLUMNS: '100' } });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length, r.stdout).toBeLessThan(40);
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(100);
    const words = etape === 'projet' ? 'le projet de santé' : 'la lettre d’intention';
    expect(r.stdout).toMatch(new RegExp(`^0 réponse rédigée sur \\d+ pour ${words}\\.$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`endroits du fichier à compléter pour ${words}`));
    expect(lines.at(-1)).toBe(`Ensuite : ess completer dossier-ess.yaml${etape === 'lettre' ? ' --etape lettre' : ''}`);
  });

  it('without COLUMNS nor a terminal: 80 columns', () => {
    const r = ess(['check'], { cwd: dir, env: { COLUMNS: undefined } });
    for (const line of r.stdout.split('\n')) expect(columns(line), line).toBeLessThanOrEqual(80);
  });

  it('a few errors: each finding still starts with fichier:ligne:colonne  sévérité, its id last, wrapped with a hanging indent', () => {
    const file = mutateSample([
      ['medecins_specialite: 182', 'medecins_specialite: 12'],
      ['rpps: "10071968035"', 'rpps: "10071968036"'],
    ]);
    const wide = ess(['check', file]);
    const narrow = ess(['check', file], { env: { COLUMNS: '100' } });
    expect(narrow.status).toBe(1);
    const findings = wide.stdout.split('\n').filter((l) => l.startsWith(`  ${file}:`));
    expect(findings.length).toBeGreaterThan(1);
    const lines = narrow.stdout.split('\n');
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(100);
    expect(lines.some((l) => /^ {6,}\S/.test(l))).toBe(true);
    // The same findings in the same order, each on its first line, then indented continuation lines.
    expect(lines.filter((l) => l.startsWith(`  ${file}:`)).map((l) => l.split(/\s+/).slice(1, 3).join(' '))).toEqual(findings.map((l) => l.split(/\s+/).slice(1, 3).join(' ')));
    const ids = [...wide.stdout.matchAll(/\[([a-z-]+)\]$/gm)].map((m) => m[1]);
    expect([...narrow.stdout.matchAll(/\[([a-z-]+)\]$/gm)].map((m) => m[1])).toEqual(ids);
    expect(narrow.stdout.replace(/\s+/g, ' ')).toContain(wide.stdout.split('\n').find((l) => l.includes('[rpps-cle]'))!.replace(/^.*?(erreur|avertissement)\s+/, '').replace(/\s+\[rpps-cle\]$/, '').replace(/\s+/g, ' '));
  });

  it('the sample: ready, the last line names ess render', () => {
    const r = ess(['check', COMPLETE_SAMPLE], { env: { COLUMNS: '100' } });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`Ensuite : ess render ${COMPLETE_SAMPLE}`);
  });
});
