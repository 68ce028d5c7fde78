import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPLETE_SAMPLE, ess, lineOf, mutateSample } from '../helpers/cli.js';
import { COLUMNS_52, ENTRY_NAME, extractText, rppsFrom, writeExtract, writeZip, type ExtractRow } from './helpers.js';

const sampleText = readFileSync(COMPLETE_SAMPLE, 'utf8');
const adherents = (parse(sampleText) as { adherents: Array<{ nom: string; prenom: string; rpps: string }> }).adherents;
const upper = (s: string) => s.toUpperCase();

/** Every adhérent of the sample as a sound cardiologue libéral in 64, then the planted discrepancies. */
function plantedRows(): ExtractRow[] {
  const rows: ExtractRow[] = [];
  adherents.forEach((a, i) => {
    const sound: ExtractRow = { id: a.rpps, nom: upper(a.nom), prenom: upper(a.prenom), profession: '10', sf: 'SM04', mode: 'L', commune: '64102', cp: '64100', dept: '64' };
    switch (i) {
      case 0: // two activities: salarié in Gironde, libéral in 64 → sound
        rows.push({ ...sound, mode: 'S', commune: '33063', dept: '33' }, sound);
        return;
      case 1: // not in the extract
        return;
      case 2:
        rows.push({ ...sound, profession: '60', sf: '' });
        return;
      case 3:
        rows.push({ ...sound, nom: 'HARAMBURU' });
        return;
      case 4: // Sébastien written without accent → sound
        rows.push({ ...sound, prenom: 'SEBASTIEN' });
        return;
      case 5: // Oyharçabal → OYHARCABAL: sound
        rows.push({ ...sound, nom: 'OYHARCABAL' });
        return;
      case 6:
        rows.push({ ...sound, sf: 'SM15' });
        return;
      case 7: // Saint-Martin Hélène → SAINT MARTIN HELENE: sound
        rows.push({ ...sound, nom: 'SAINT MARTIN', prenom: 'HELENE' });
        return;
      case 8:
        rows.push({ ...sound, mode: 'S' }, { ...sound, mode: 'B', commune: '40192' });
        return;
      case 9:
        rows.push({ ...sound, commune: '33063', cp: '33000', dept: '33' });
        return;
      case 10: // only a postal code, in the Landes → sound
        rows.push({ ...sound, commune: '', dept: '', cp: '40100' });
        return;
      case 11: // identification nationale instead of the RPPS → sound
        rows.push({ ...sound, identifiant: '8' + a.rpps });
        return;
      case 12:
        rows.push({ ...sound, prenom: 'XAVIER' });
        return;
      case 23: // its own `specialite: cardiologie` key
        rows.push({ ...sound, sf: 'SM16' });
        return;
      default:
        rows.push(i % 2 ? { ...sound, commune: '40192', cp: '40100', dept: '40' } : sound);
    }
  });
  return rows;
}

// Counted adhérents: 0, 3, 4, 5, 7, 10, 11, 12 and 13–22 → 18; 164 more cardiologues libéraux make 182.
function others(): ExtractRow[] {
  const rows: ExtractRow[] = [];
  for (let k = 0; k < 164; k++) {
    const id = rppsFrom(1_500_000_000 + k);
    rows.push({ id, nom: 'AUTRE', prenom: 'MEDECIN', sf: ['SM04', 'SM73', 'SM79'][k % 3], mode: 'L', commune: k % 2 ? '64445' : '40088' });
    if (k % 10 === 0) rows.push({ id, nom: 'AUTRE', prenom: 'MEDECIN', sf: 'SM04', mode: 'L', commune: k % 2 ? '40088' : '64445' }); // a second département
  }
  // Not counted: salariés, another specialty, another département, a nurse.
  rows.push({ id: rppsFrom(1_600_000_000), sf: 'SM04', mode: 'S', commune: '64445' });
  rows.push({ id: rppsFrom(1_600_000_001), sf: 'SM15', mode: 'L', commune: '64445' });
  rows.push({ id: rppsFrom(1_600_000_002), sf: 'SM04', mode: 'L', commune: '33063' });
  rows.push({ id: rppsFrom(1_600_000_003), profession: '60', mode: 'L', commune: '64445' });
  return rows;
}

const EXPECTED: Array<[string, string, string]> = [
  ['annuaire-rpps-inconnu', '/adherents/1/rpps', '10043216737'],
  ['annuaire-profession', '/adherents/2/rpps', '10001601219'],
  ['annuaire-identite', '/adherents/3/nom', '10090943837'],
  ['annuaire-specialite', '/adherents/6', '10082003723'],
  ['annuaire-non-liberal', '/adherents/8', '10041243931'],
  ['annuaire-hors-territoire', '/adherents/9', '10032946740'],
  ['annuaire-identite', '/adherents/12/prenom', '10058467076'],
  ['annuaire-specialite', '/adherents/23/specialite', '10026138627'],
];

interface JsonOut {
  results: Array<{ rule: string; severity: string; message: string; path: string; line: number; column: number }>;
  summary: { errors: number; warnings: number; infos: number };
}

function annuaireResults(out: JsonOut) {
  return out.results.filter((r) => r.rule.startsWith('annuaire-'));
}

describe('ess check --annuaire', () => {
  let txt: string;
  beforeAll(() => {
    txt = writeExtract([...plantedRows(), ...others()], { bom: true });
  });

  function expectPlanted(out: JsonOut) {
    const found = annuaireResults(out).filter((r) => r.rule !== 'annuaire-effectif');
    expect(found.map((r) => [r.rule, r.path])).toEqual(EXPECTED.map(([rule, path]) => [rule, path]));
    for (const [i, [, , rpps]] of EXPECTED.entries()) expect(found[i]!.line).toBe(lineOf(sampleText, rpps));
    expect(found.filter((r) => r.severity === 'error').map((r) => r.rule)).toEqual(['annuaire-rpps-inconnu', 'annuaire-profession']);
    const effectif = annuaireResults(out).find((r) => r.rule === 'annuaire-effectif')!;
    expect(effectif).toMatchObject({ severity: 'info', path: '/territoire/medecins_specialite', line: lineOf(sampleText, 'medecins_specialite:') });
    expect(effectif.message).toContain('182 médecins libéraux');
    // Findings in file order, summary recomputed.
    const lines = out.results.map((r) => r.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(out.summary.errors).toBe(out.results.filter((r) => r.severity === 'error').length);
    expect(out.summary.warnings).toBe(out.results.filter((r) => r.severity === 'warning').length);
  }

  it('reports each planted discrepancy at its adhérent, and nothing for sound ones (json)', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--annuaire', txt, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expectPlanted(JSON.parse(r.stdout) as JsonOut);
  });

  it('reads the 52-column header and the zip the same way', () => {
    const old = writeExtract([...plantedRows(), ...others()], { columns: COLUMNS_52 });
    const zip = writeZip([
      { name: 'PS_LibreAcces_Dipl_AutExerc_202611220000.txt', data: 'x|y|\n' },
      { name: ENTRY_NAME, data: extractText([...plantedRows(), ...others()]) },
    ]);
    for (const file of [old, zip]) {
      const r = ess(['check', COMPLETE_SAMPLE, '--annuaire', file, '--format', 'json']);
      expect(r.status, r.stderr).toBe(1);
      expectPlanted(JSON.parse(r.stdout) as JsonOut);
    }
  });

  it('prints the findings in the stylish output with their rule ids', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--annuaire', txt]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`ess-cardio-cote-basque\\.yaml:${lineOf(sampleText, '10043216737')}:\\d+ +erreur +.*introuvable.*\\[annuaire-rpps-inconnu\\]`));
    expect(r.stdout).toContain('[annuaire-effectif]');
    expect(r.stderr).toBe(''); // no progress when stderr is not a terminal
  });

  it('warns when the declared number differs by more than 10 %', () => {
    const warn = mutateSample([['medecins_specialite: 182', 'medecins_specialite: 165']]);
    const ok = mutateSample([['medecins_specialite: 182', 'medecins_specialite: 166']]);
    const effectif = (file: string) => annuaireResults(JSON.parse(ess(['check', file, '--annuaire', txt, '--format', 'json']).stdout) as JsonOut).find((f) => f.rule === 'annuaire-effectif')!;
    // |182 − 165| = 17 > 16.5 (10 % of 165); |182 − 166| = 16 ≤ 16.6 and ≤ 18.2.
    expect(effectif(warn).severity).toBe('warning');
    expect(effectif(warn).message).toContain('165');
    expect(effectif(ok).severity).toBe('info');
  });

  it('a sound dossier and extract: no error from the annuaire', () => {
    const rows = adherents.map((a): ExtractRow => ({ id: a.rpps, nom: a.nom, prenom: a.prenom, sf: 'SM04', mode: 'L', commune: '64102' }));
    const file = writeExtract(rows);
    const r = ess(['check', COMPLETE_SAMPLE, '--annuaire', file, '--format', 'json']);
    const found = annuaireResults(JSON.parse(r.stdout) as JsonOut);
    expect(found.map((f) => f.rule)).toEqual(['annuaire-effectif']);
    expect(found[0]!.severity).toBe('warning'); // 24 counted against 182 declared
    expect(found[0]!.message).toContain('24 médecins libéraux');
  });

  it('without --annuaire, nothing from the annuaire', () => {
    const r = ess(['check', COMPLETE_SAMPLE, '--format', 'json']);
    expect(annuaireResults(JSON.parse(r.stdout) as JsonOut)).toEqual([]);
  });

  it('does not compare a dossier whose structure is wrong', () => {
    const broken = mutateSample([['medecins_specialite: 182', 'medecins_specialite: beaucoup']]);
    const r = ess(['check', broken, '--annuaire', txt, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(annuaireResults(JSON.parse(r.stdout) as JsonOut)).toEqual([]);
  });

  it('exit 2 with a French message: missing path, a folder, a file that is not an extract', () => {
    let r = ess(['check', COMPLETE_SAMPLE, '--annuaire', '/nulle/part/annuaire.zip']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Extrait de l’Annuaire santé introuvable : /nulle/part/annuaire.zip');
    r = ess(['check', COMPLETE_SAMPLE, '--annuaire', '/tmp']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('est un répertoire');
    r = ess(['check', COMPLETE_SAMPLE, '--annuaire', COMPLETE_SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/n’est pas un extrait de l’Annuaire santé.*« Identifiant PP »/);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });
});
