// Acceptance of the eligibility contract (../shared/spec/eligibility-rules.md), written apart from
// the rules' own table tests: each case edits the complete sample as data (not as text), runs the
// built CLI with --format json, and asserts the contract's id, path, severity and stage.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { COMPLETE_SAMPLE, ess, sampleText, tempDir } from '../helpers/cli.js';

type Dossier = Record<string, any>;
interface Result { rule: string; severity: string; message: string; path: string; line: number; column: number }

const base = (): Dossier => YAML.parse(sampleText(COMPLETE_SAMPLE));
const write = (d: Dossier, name = 'dossier.yaml') => {
  const file = join(tempDir('ess-accept-'), name);
  writeFileSync(file, YAML.stringify(d));
  return file;
};
const check = (d: Dossier, stage: 'lettre' | 'projet' = 'projet') => {
  const run = ess(['check', write(d), '--etape', stage, '--format', 'json']);
  expect([0, 1], run.stderr).toContain(run.status);
  return JSON.parse(run.stdout) as { results: Result[]; summary: { errors: number } };
};
const of = (d: Dossier, rule: string, stage: 'lettre' | 'projet' = 'projet') => check(d, stage).results.filter((r) => r.rule === rule);
const rpps = (n: number) => {
  // A valid RPPS (Luhn over 11 digits) built from a counter.
  const body = `1${String(n).padStart(9, '0')}`;
  for (let k = 0; k < 10; k++) {
    const s = body + k;
    let sum = 0;
    for (let i = 0; i < 11; i++) {
      let x = Number(s[10 - i]);
      if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('no key');
};
const adherents = (n: number, specialite?: string, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ nom: `Nom${from + i}`, prenom: `P${from + i}`, ...(specialite ? { specialite } : {}), rpps: rpps(900 + from + i) }));

describe('the count of adhérents (issue 12 §1)', () => {
  it('17 cardiologues and 2 pneumologues out of 182: the threshold is missed at projet', () => {
    const d = base();
    d.adherents = [...adherents(17), ...adherents(2, 'pneumologie', 100)];
    const f = of(d, 'seuil-adherents');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', path: '/adherents' });
    expect(f[0]!.message).toMatch(/17 adhérents/);
    expect(of(d, 'seuil-adherents', 'lettre')[0]?.severity).toBe('warning');
  });
  it('a duplicate RPPS never counts twice', () => {
    const d = base();
    const list = adherents(18);
    d.adherents = [...list, { ...list[0] }];
    expect(of(d, 'seuil-adherents')[0]?.message).toMatch(/18 adhérents/);
  });
  it('an adhérent of médecine générale is an error at its specialty', () => {
    const d = base();
    d.adherents[3].specialite = 'medecine-generale';
    expect(of(d, 'specialite-medecine-generale')).toEqual([expect.objectContaining({ severity: 'error', path: '/adherents/3/specialite' })]);
  });
  it('adherents-effectif: more counted adhérents than médecins', () => {
    const d = base();
    d.territoire.medecins_specialite = 20;
    expect(of(d, 'adherents-effectif')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(of(d, 'adherents-effectif', 'lettre')[0]?.severity).toBe('error');
  });
  it('dotation-dix-adherents: 9 counted adhérents for 60 médecins', () => {
    const d = base();
    d.adherents = adherents(9);
    d.territoire.medecins_specialite = 60;
    expect(of(d, 'dotation-dix-adherents')[0]?.severity).toBe('warning');
    expect(of(d, 'dotation-dix-adherents', 'lettre')[0]?.severity).toBe('info');
    expect(of(d, 'seuil-adherents')).toEqual([]);
  });
});

describe('figures and wording (§2)', () => {
  it('24 for 241 reads 9,96 %, never 10 %', () => {
    const d = base();
    d.territoire.medecins_specialite = 241;
    d.adherents = adherents(24);
    const text = JSON.stringify(check(d).results);
    expect(text).toContain('9,96 %');
    expect(text).not.toMatch(/\(10 %\)/);
  });
});

describe('missions (§3)', () => {
  for (const kept of ['consultation', 'teleexpertise']) {
    it(`appui d'expertise by ${kept} alone is enough at both stages`, () => {
      const d = base();
      d.missions.appui_expertise = { [kept]: d.missions.appui_expertise[kept] };
      for (const stage of ['lettre', 'projet'] as const) {
        const r = check(d, stage).results.filter((x) => x.path.startsWith('/missions/appui_expertise') || x.rule === 'mission-socle');
        expect(r, stage).toEqual([]);
      }
    });
  }
  it('a mission socle not described is only a warning at lettre (lettre→warning), an error at projet', () => {
    const d = base();
    delete d.missions.coordination_parcours;
    const lettre = check(d, 'lettre');
    expect(lettre.results.filter((x) => x.path === '/missions/coordination_parcours').map((x) => `${x.rule} ${x.severity}`)).toEqual(['mission-socle warning']);
    expect(lettre.summary.errors).toBe(0);
    expect(of(d, 'mission-socle').map((x) => x.severity)).toEqual(['error']);
  });
  it('neither is a mission-socle error', () => {
    const d = base();
    delete d.missions.appui_expertise;
    expect(of(d, 'mission-socle').map((x) => x.severity)).toEqual(['error']);
  });
});

describe('CPAM (§4)', () => {
  it('seat outside a multi-département territory: the seat caisse, named, with a warning', () => {
    const d = base();
    d.statut_juridique.siege = { adresse: '1 cours de l’Intendance', code_postal: '33000', commune: 'Bordeaux' };
    const f = of(d, 'cpam-rattachement');
    expect(f.some((x) => x.severity === 'info' && /Gironde/.test(x.message))).toBe(true);
    expect(f.some((x) => x.severity === 'warning')).toBe(true);
  });
  it('a département on the seat overrides the postal code', () => {
    const d = base();
    d.statut_juridique.siege = { adresse: '1 rue', code_postal: '33220', commune: 'Port-Sainte-Foy-et-Ponchapt', departement: '24' };
    d.territoire.departements = ['24', '33'];
    const f = of(d, 'cpam-rattachement');
    expect(f.find((x) => x.severity === 'info')?.message).toMatch(/Dordogne/);
  });
});

describe('new rules (§6)', () => {
  it('dates-coherence: projet dated before its lettre is an error; a signature on another day a warning', () => {
    const d = base();
    d.lettre_intention = { ...(d.lettre_intention ?? {}), date_depot: '2026-12-01' };
    d.ess.date = '2026-11-15';
    expect(of(d, 'dates-coherence').map((x) => x.severity)).toContain('error');
    const e = base();
    e.signature = { ...(e.signature ?? {}), date: '2026-11-20' };
    expect(of(e, 'dates-coherence')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });
  it('ess-meme-specialite: a partner ESS of the same specialty', () => {
    const d = base();
    d.partenaires.push({ nom: 'ESS Cardio Landes', type: 'ess', specialite: 'cardiologie', cooperation: 'x', formalisation: 'envisagee' });
    expect(of(d, 'ess-meme-specialite')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });
  it('statut-coherence: en création with a SIRET', () => {
    const d = base();
    d.statut_juridique.etat = 'en_creation';
    d.statut_juridique.date_depot_prefecture = '2026-10-01';
    expect(of(d, 'statut-coherence')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });
  it('lettre_intention.date_depot is required at both stages', () => {
    const d = base();
    delete d.lettre_intention;
    for (const stage of ['lettre', 'projet'] as const) {
      const f = of(d, 'a-completer', stage).filter((x) => x.path.startsWith('/lettre_intention'));
      expect(f.length, stage).toBeGreaterThan(0);
      expect(f[0]!.severity, stage).toBe('error');
    }
  });
});

describe('the lettre stage (§7)', () => {
  it('a placeholder with other words is still a placeholder', () => {
    const d = base();
    d.diagnostic.etat_sante = 'A completer : voir avec Marc';
    expect(of(d, 'a-completer').some((x) => x.path === '/diagnostic/etat_sante')).toBe(true);
  });
  it('indicateur-qualitatif is only an info at lettre', () => {
    const d = base();
    delete d.indicateurs.qualitatifs;
    expect(of(d, 'indicateur-qualitatif', 'lettre').map((x) => x.severity)).toEqual(['info']);
    expect(of(d, 'indicateur-qualitatif').map((x) => x.severity)).toEqual(['error']);
  });
  it('render of the lettre refuses the init skeleton without --brouillon', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier-ess.yaml');
    expect(ess(['init', file, '--non-interactif']).status).toBe(0);
    const run = ess(['render', file, '--document', 'lettre', '-o', dir]);
    expect(run.status).toBe(1);
    expect(ess(['render', file, '--document', 'lettre', '-o', dir, '--brouillon']).status).toBe(0);
  });
});

describe('what the texts require (§8)', () => {
  it('gouvernance.actualisation is required at projet', () => {
    const d = base();
    delete d.gouvernance.actualisation;
    expect(of(d, 'a-completer').find((x) => x.path === '/gouvernance/actualisation')?.severity).toBe('error');
  });
});

describe('progress (eligibility-rules.md, output contract)', () => {
  it('the skeleton of init says how many answers are written, in JSON and in the human output', () => {
    const dir = tempDir();
    const file = join(dir, 'dossier-ess.yaml');
    expect(ess(['init', file, '--non-interactif']).status).toBe(0);
    const json = JSON.parse(ess(['check', file, '--format', 'json']).stdout);
    expect(json.progress.answered).toBeLessThan(json.progress.total);
    expect(ess(['check', file]).stdout).toMatch(new RegExp(`${json.progress.answered} réponses? rédigées? sur ${json.progress.total} pour le projet de santé`));
  });
});

describe('specialties (§5)', () => {
  it('every specialty but médecine générale may found an ESS', () => {
    for (const id of ['endocrinologie', 'hematologie', 'medecine-vasculaire', 'maladies-infectieuses']) {
      const d = base();
      d.ess.specialite = id;
      d.adherents = d.adherents.map((a: Dossier) => ({ ...a, specialite: undefined }));
      const r = check(d).results.filter((x) => x.rule === 'schema' || x.rule === 'specialite-medecine-generale');
      expect(r, id).toEqual([]);
    }
  });
  it('a label typed where an id is expected gets a suggestion', () => {
    const d = base();
    d.ess.specialite = 'Cardiologue';
    const f = check(d).results.filter((x) => x.path === '/ess/specialite');
    expect(f[0]?.message).toMatch(/cardiologie/);
  });
});
