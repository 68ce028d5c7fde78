// `ess render --document adhesion` as a user runs it (cli.md): one file, formulaires-adhesion-<slug>.docx,
// after the checks of the lettre stage; never written by `tous`.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, ess, mutateSample, tempDir } from '../helpers/cli.js';
import { docxText } from '../documents/docx-text.js';

const SLUG = 'ess-cardiologie-cote-basque-et-sud-landes';
const FORMS = `formulaires-adhesion-${SLUG}.docx`;

describe('ess render --document adhesion', () => {
  it('writes only formulaires-adhesion-<slug>.docx and prints its path and size', async () => {
    const dir = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'adhesion']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual([FORMS]);
    expect(r.stdout).toMatch(new RegExp(`^Formulaires d’adhésion : .*${FORMS} \\(\\d+(,\\d)? Ko\\)\\n$`));
    const d = await docxText(join(dir, FORMS));
    expect(d.text).toContain('Etcheverry');
    expect(d.text).toContain('10071968035');
    expect(d.text).toContain('Il s’engage à répondre aux différentes missions de l’ESS');
    expect(d.header).toBe('ESS Cardiologie Côte Basque et Sud Landes — Formulaire d’adhésion');
  });

  it('is not part of tous, nor of the default', () => {
    for (const args of [['--document', 'tous'], []]) {
      const dir = tempDir();
      const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, ...args]);
      expect(r.status).toBe(0);
      expect(readdirSync(dir).sort()).toEqual([`lettre-intention-${SLUG}.docx`, `projet-de-sante-${SLUG}.docx`]);
      expect(r.stdout).not.toContain('adhésion');
    }
  });

  it('prints the forms of a dossier ready for its lettre d’intention, whose projet de santé is not written yet', () => {
    const dir = tempDir();
    expect(ess(['render', LETTRE_SAMPLE, '-o', dir, '--document', 'projet']).status).toBe(1);
    // As a French user types it, accent and all.
    const r = ess(['render', LETTRE_SAMPLE, '-o', dir, '--document', 'Adhésion']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['formulaires-adhesion-ess-dermatologie-limousin.docx']);
  });

  it('refuses a dossier with an error of the lettre stage: exit 1, findings printed, nothing written', () => {
    // An RPPS whose key is wrong would print a wrong number on the form.
    const file = mutateSample([['rpps: "10071968035"', 'rpps: "10071968036"']]);
    const dir = join(tempDir(), 'out');
    const r = ess(['render', file, '-o', dir, '--document', 'adhesion']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/dossier\.yaml:\d+:\d+\s+erreur .*\[rpps-cle\]/);
    expect(r.stdout).toContain('« lettre d’intention »');
    expect(r.stderr).toContain('aucun document écrit');
    expect(existsSync(dir)).toBe(false);
  });

  it('--brouillon writes them anyway, every page marked BROUILLON', async () => {
    const file = mutateSample([['rpps: "10071968035"', 'rpps: "10071968036"']]);
    const dir = tempDir();
    const r = ess(['render', file, '-o', dir, '--document', 'adhesion', '--brouillon']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Formulaires d’adhésion (brouillon) :');
    expect(r.stderr).toContain('brouillon : 1 erreur pour l’étape « lettre d’intention » (voir ess check --etape lettre)');
    const d = await docxText(join(dir, 'formulaires-adhesion-ess-cardiologie-cote-basque-et-sud-landes.docx'));
    expect(d.header).toContain('BROUILLON');
  });

  it('lists adhesion among the choices of --document in the help, and tells what tous writes', () => {
    const r = ess(['render', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/projet, lettre, adhesion,\s+rapport ou tous \(tous : projet et lettre\)/);
    expect(r.stdout).toContain('--document adhesion');
  });
});
