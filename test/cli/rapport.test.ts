// The rapport d'activité from the command line (cli.md): `check --etape rapport --annee AAAA` and
// `render --document rapport --annee AAAA`, run as a user runs them (the built binary).
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SAMPLE, ess, mutateSample, tempDir } from '../helpers/cli.js';

const SLUG = 'ess-cardiologie-cote-basque-et-sud-landes';
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .*\.(c?js|ts):\d+/);

describe('ess check --etape rapport --annee AAAA', () => {
  it('a complete year checks clean: exit 0, stage "rapport" in the JSON, the year’s answers counted', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--etape', 'rapport', '--annee', '2027', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { stage: string; summary: { errors: number; warnings: number }; progress: { answered: number; total: number }; results: Array<{ rule: string }> };
    expect(json.stage).toBe('rapport');
    expect(json.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(json.progress).toEqual({ answered: 20, total: 20 });
    expect(json.results.map((f) => f.rule)).toContain('seuil-adherents-cible');
  });

  it('a year without its section: exit 1, a-completer at /activite', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--etape', 'rapport', '--annee', '2028', '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { results: Array<{ rule: string; path: string; severity: string }> };
    expect(json.results.filter((f) => f.severity === 'error')).toMatchObject([{ rule: 'a-completer', path: '/activite' }]);
  });

  it('incoherent figures: exit 1, rapport-coherence, in the human output with the line', () => {
    const file = mutateSample([['medecins_traitants_adressants: 95', 'medecins_traitants_adressants: 160']]);
    const r = ess(['check', file, '--etape', 'rapport', '--annee', '2027']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/dossier\.yaml:\d+:\d+ +erreur +160 médecins traitants adressants.*\[rapport-coherence\]/);
    expect(r.stdout).toContain('« rapport d’activité »');
  });

  it('a year written wrongly: French messages naming the year, the key expected and the values possible', () => {
    const file = mutateSample([
      ['medecins_actifs: 22', 'medecins_actifs: -3'],
      ['etat: en_cours', 'etat: fini'],
      ['    faits_marquants:', '    fait_marquants:'],
    ]);
    const r = ess(['check', file, '--etape', 'rapport', '--annee', '2027']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('(activite › 2027 › medecins_actifs) : -3 ne convient pas : écrivez un nombre entier positif ou nul');
    expect(r.stdout).toContain('« fini » n’est pas une valeur possible. Valeurs possibles : deployee, en_cours, non_commencee.');
    expect(r.stdout).toContain('Clé inconnue « fait_marquants » dans « Rapport d\'activité de l\'année » (activite › 2027). Vouliez-vous dire « faits_marquants » ?');
    const year = ess(['check', mutateSample([['  "2027":', '  "27":']]), '--etape', 'rapport', '--annee', '2027']);
    expect(year.stdout).toContain('Clé « 27 » dans « Rapport d\'activité annuel » (activite) : une année sur 4 chiffres est attendue, entre guillemets ("2027")');
  });

  it('the stage rapport needs --annee: exit 2 and a French message, nothing checked', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--etape', 'rapport']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ess : L’étape rapport \(rapport d’activité\) porte sur une année : ajoutez --annee AAAA/);
    noStack(r.stderr);
  });

  it('refuses a year that is not 4 digits, and --annee at another stage', () => {
    for (const bad of ['27', '2O27', '20275']) {
      const r = ess(['check', COMPLETE_SAMPLE, '--etape', 'rapport', '--annee', bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain(`Année « ${bad} » invalide pour --annee : écrivez l’année sur 4 chiffres`);
    }
    const r = ess(['check', COMPLETE_SAMPLE, '--annee', '2027']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--annee ne sert qu’au rapport d’activité : ajoutez --etape rapport');
  });

  it('the projet and lettre stages are unchanged by the report (the sample stays clean)', () => {
    for (const etape of ['lettre', 'projet']) {
      const r = ess(['check', COMPLETE_SAMPLE, '--etape', etape, '--format', 'json']);
      expect(r.status, etape).toBe(0);
      expect((JSON.parse(r.stdout) as { summary: { warnings: number } }).summary.warnings).toBe(0);
    }
  });
});

describe('ess render --document rapport --annee AAAA', () => {
  it('writes only rapport-activite-AAAA-<slug>.docx; `tous` never writes it', () => {
    const dir = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'rapport', '--annee', '2027']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual([`rapport-activite-2027-${SLUG}.docx`]);
    expect(r.stdout).toMatch(/^Rapport d’activité : .*rapport-activite-2027-.*\.docx \(\d+,\d Ko\)\n$/);
    const all = tempDir();
    expect(ess(['render', COMPLETE_SAMPLE, '-o', all]).status).toBe(0);
    expect(readdirSync(all).sort()).toEqual([`lettre-intention-${SLUG}.docx`, `projet-de-sante-${SLUG}.docx`]);
  });

  it('refused on the year’s errors (exit 1, findings printed, nothing written), written as a draft with --brouillon', () => {
    const file = mutateSample([['medecins_actifs: 22', 'medecins_actifs: 30']]);
    const out = `${dirname(file)}/sortie`;
    const refused = ess(['render', file, '-o', out, '--document', 'rapport', '--annee', '2027']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('[rapport-coherence]');
    expect(refused.stderr).toContain('aucun document écrit');
    expect(() => readdirSync(out)).toThrow();
    const draft = ess(['render', file, '-o', out, '--document', 'rapport', '--annee', '2027', '--brouillon']);
    expect(draft.status, draft.stderr).toBe(0);
    expect(draft.stderr).toContain('(voir ess check --etape rapport --annee 2027)');
    expect(readdirSync(out)).toEqual([`rapport-activite-2027-${SLUG}.docx`]);
  });

  it('needs --annee: exit 2, a French message, nothing written', () => {
    const dir = tempDir();
    const r = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'rapport']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ess : Le rapport d’activité porte sur une année : ajoutez --annee AAAA/);
    expect(readdirSync(dir)).toEqual([]);
    noStack(r.stderr);
    const other = ess(['render', COMPLETE_SAMPLE, '-o', dir, '--document', 'projet', '--annee', '2027']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('ajoutez --document rapport');
  });
});
