// Every code of a specialty counts, the 2017-reform titles (SM62, SM71…) as much as the older ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPLETE_SAMPLE, ess, mutateSample } from '../helpers/cli.js';
import { rppsFrom, writeExtract, type ExtractRow } from './helpers.js';

const adherents = (parse(readFileSync(COMPLETE_SAMPLE, 'utf8')) as { adherents: Array<{ nom: string; prenom: string; rpps: string }> }).adherents;
const id = (k: number) => rppsFrom(1_200_000_000 + k);

describe('ess effectifs: all the codes of the specialty', () => {
  const rows: ExtractRow[] = [
    { id: id(1), sf: 'SM16', commune: '64445' }, // endocrinologie et métabolisme (before 2017)
    { id: id(2), sf: 'SM62', commune: '64445' }, // endocrinologie, diabétologie, nutrition (2017)
    { id: id(3), sf: 'SM62', commune: '40192' },
    { id: id(4), sf: 'SM21', commune: '64445' }, // hématologie
    { id: id(5), sf: 'SM22', commune: '64445' }, // hématologie, option maladie du sang
    { id: id(6), sf: 'SM23', commune: '40192' }, // hématologie, option onco-hématologie
    { id: id(7), sf: 'SM71', commune: '64445' }, // hématologie (2017)
    { id: id(8), sf: 'SM35', commune: '64445' }, // oncologie, option onco-hématologie: not hématologie
    { id: id(9), sf: 'SM61', commune: '64445' }, // médecine vasculaire: not cardiologie
    { id: id(10), sf: 'SM58', commune: '40192' }, // maladies infectieuses
    { id: id(11), sf: 'SM74', commune: '40192' }, // radiologie (2017)
    { id: id(11), sf: 'SM44', commune: '64445' }, // the same radiologue, an older title in 64: one person
  ];
  const file = writeExtract(rows);
  const count = (specialite: string) => {
    const r = ess(['effectifs', '--annuaire', file, '--specialite', specialite, '--departements', '64,40', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as { specialite: string; departements: Record<string, number>; total: number };
  };

  it.each([
    ['endocrinologie', { '64': 2, '40': 1 }, 3],
    ['hematologie', { '64': 3, '40': 1 }, 4],
    ['oncologie', { '64': 1, '40': 0 }, 1],
    ['medecine-vasculaire', { '64': 1, '40': 0 }, 1],
    ['cardiologie', { '64': 0, '40': 0 }, 0],
    ['maladies-infectieuses', { '64': 0, '40': 1 }, 1],
    ['radiologie', { '64': 1, '40': 1 }, 1],
  ])('%s', (specialite, departements, total) => {
    expect(count(specialite)).toStrictEqual({ specialite, departements, total });
  });

  it('accepts the label, a usual name or a code, and answers with the id', () => {
    for (const name of ['Endocrinologue', 'endocrino', 'Endocrinologie, diabétologie, nutrition', 'SM62', 'diabétologue']) {
      expect(count(name), name).toStrictEqual({ specialite: 'endocrinologie', departements: { '64': 2, '40': 1 }, total: 3 });
    }
    expect(count('Hématologie').specialite).toBe('hematologie');
    expect(count('ORL').specialite).toBe('orl');
  });

  it('names every code it counts', () => {
    const r = ess(['effectifs', '--annuaire', file, '--specialite', 'hématologue', '--departements', '64']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Médecins libéraux en Hématologie (SM21, SM22, SM23, SM71)');
    expect(r.stdout).toContain('territoire.medecins_specialite: 3');
  });

  it('an ambiguous or unknown name: exit 2, the ids it may mean', () => {
    let r = ess(['effectifs', '--annuaire', file, '--specialite', 'gynécologue', '--departements', '64']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Spécialité « gynécologue » inconnue : vouliez-vous dire « gynecologie-medicale » ou « gynecologie-obstetrique » ?');
    r = ess(['effectifs', '--annuaire', file, '--specialite', 'endocrinolgie', '--departements', '64']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('vouliez-vous dire « endocrinologie » ?');
    r = ess(['effectifs', '--annuaire', file, '--specialite', 'astrologie', '--departements', '64']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Spécialité « astrologie » inconnue. Spécialités possibles : allergologie,');
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });
});

describe('ess check --annuaire: all the codes of the ESS\'s specialty', () => {
  interface Out {
    results: Array<{ rule: string; severity: string; message: string; path: string }>;
  }
  const annuaire = (dossier: string, extract: string) =>
    (JSON.parse(ess(['check', dossier, '--annuaire', extract, '--format', 'json']).stdout) as Out).results.filter((r) => r.rule.startsWith('annuaire-'));

  it.each([
    ['endocrinologie', ['SM62', 'SM16']],
    ['hematologie', ['SM71', 'SM21', 'SM22', 'SM23']],
  ])('%s: adhérents of any of its codes are of the specialty, and every code is counted', (specialite, codes) => {
    const dossier = mutateSample([[/specialite: cardiologie/g, `specialite: ${specialite}`]]);
    // The 24 adhérents and 158 other médecins libéraux of the specialty in 64 and 40: 182, as declared.
    const rows: ExtractRow[] = adherents.map((a, i) => ({ id: a.rpps, nom: a.nom, prenom: a.prenom, sf: codes[i % codes.length]!, mode: 'L', commune: '64102' }));
    for (let k = 0; k < 158; k++) rows.push({ id: id(100 + k), sf: codes[k % codes.length]!, mode: 'L', commune: k % 2 ? '64445' : '40192' });
    rows.push({ id: id(500), sf: 'SM04', mode: 'L', commune: '64445' }); // a cardiologue: not counted
    const found = annuaire(dossier, writeExtract(rows));
    expect(found.map((f) => f.rule)).toEqual(['annuaire-effectif']);
    expect(found[0]).toMatchObject({ severity: 'info' });
    expect(found[0]!.message).toContain('182 médecins libéraux');
  });

  it('an adhérent of the ESS\'s specialty in the Annuaire under none of its codes is still reported', () => {
    const dossier = mutateSample([[/specialite: cardiologie/g, 'specialite: endocrinologie']]);
    const rows: ExtractRow[] = adherents.map((a, i) => ({ id: a.rpps, nom: a.nom, prenom: a.prenom, sf: i === 4 ? 'SM04' : 'SM62', mode: 'L', commune: '64102' }));
    const found = annuaire(dossier, writeExtract(rows)).filter((f) => f.rule === 'annuaire-specialite');
    expect(found.map((f) => f.path)).toEqual(['/adherents/4']);
    expect(found[0]!.message).toContain('Endocrinologie, diabétologie, nutrition (SM16, SM62)');
  });
});
