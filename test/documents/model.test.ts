import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frenchDate, frenchList, frenchSize, theAssociation } from '../../src/facts/index.js';
import { documentMarkdown } from '../../src/documents/build.js';
import { lettreCaisses, view as buildLettreView } from '../../src/documents/lettre-intention/view.js';
import { view as buildProjetView } from '../../src/documents/projet-de-sante/view.js';
import { DOCUMENTS } from '../../src/documents/registry.js';
import { slugify } from '../../src/documents/slug.js';
import { COMPLETE_SAMPLE } from '../helpers/cli.js';

const sample = parse(readFileSync(COMPLETE_SAMPLE, 'utf8'));
const OPTIONS = { brouillon: false, today: '2026-06-01' };

describe('French formatting', () => {
  it.each([
    ['2026-10-15', '15 octobre 2026'],
    ['2027-03-01', '1er mars 2027'],
    ['2026-08-31', '31 août 2026'],
    ['À COMPLÉTER', 'À COMPLÉTER'],
    ['', ''],
    ['2026-13-01', '2026-13-01'],
  ])('frenchDate(%j) = %j', (iso, fr) => expect(frenchDate(iso)).toBe(fr));

  it('lists and sizes', () => {
    expect(frenchList(['Landes'])).toBe('Landes');
    expect(frenchList(['A', 'B', 'C'])).toBe('A, B et C');
    expect(frenchSize(21210)).toBe('20,7 Ko');
    expect(frenchSize(512)).toBe('512 octets');
  });

  it.each([
    ['ESS Cardio Côte Basque', 'l’association ESS Cardio Côte Basque'],
    ['Association des cardiologues du Pays basque', 'l’Association des cardiologues du Pays basque'],
    ['association Cœur Landes', 'l’association Cœur Landes'],
    ['L’association des pneumologues', 'L’association des pneumologues'],
    ['Associations réunies', 'l’association Associations réunies'],
  ])('theAssociation(%j) = %j', (name, text) => expect(theAssociation(name)).toBe(text));
});

describe('slugify (cli.md)', () => {
  it.each([
    ['ESS Cardiologie Côte Basque et Sud Landes', 'ess-cardiologie-cote-basque-et-sud-landes'],
    ['ESS Dermatologie Limousin', 'ess-dermatologie-limousin'],
    ['ESS Cœur – Béarn & Soule', 'ess-coeur-bearn-soule'],
    ['  ÉQUIPE  pédiatrie 33 ', 'equipe-pediatrie-33'],
    ['***', 'ess'],
  ])('%j → %j', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('CPAM de rattachement of the letter (decided as the cpam-rattachement rule decides)', () => {
  const names = (departements: string[], siege?: { code_postal?: string; commune?: string }) =>
    lettreCaisses({ territoire: { departements }, statut_juridique: { siege } }).map((x) => x.nom);
  it('one département: its caisse', () => {
    expect(names(['33'], { code_postal: '33000', commune: 'Bordeaux' })).toEqual(['CPAM de la Gironde']);
    expect(names(['33'])).toEqual(['CPAM de la Gironde']);
  });
  it('several départements: the caisse of the seat', () => {
    expect(names(['87', '19', '23'], { code_postal: '19100', commune: 'Brive' })).toEqual(['CPAM de la Corrèze']);
    expect(names(['87', '19'], { code_postal: '87000' })).toEqual(['CPAM de la Haute-Vienne']);
  });
  it('Pyrénées-Atlantiques has two caisses: the seat’s postal code chooses, or both are named', () => {
    expect(names(['64', '40'], { code_postal: '64100', commune: 'Bayonne' })).toEqual(['CPAM de Bayonne']);
    expect(names(['64', '40'], { code_postal: '64200', commune: 'Biarritz' })).toEqual(['CPAM de Bayonne']);
    expect(names(['64'], { code_postal: '64000', commune: 'Pau' })).toEqual(['CPAM de Pau-Pyrénées']);
    expect(names(['64'], { code_postal: '64400', commune: 'Oloron-Sainte-Marie' })).toEqual(['CPAM de Pau-Pyrénées']);
    expect(names(['64', '40'], { code_postal: '64120', commune: 'Saint-Palais' })).toEqual(['CPAM de Bayonne', 'CPAM de Pau-Pyrénées']);
    expect(names(['64'])).toEqual(['CPAM de Bayonne', 'CPAM de Pau-Pyrénées']);
  });
  it('several départements and no seat: undecided', () => {
    expect(names(['16', '17'])).toEqual([]);
  });
  it('several départements and a seat outside the territory: the seat’s caisse all the same (check warns)', () => {
    expect(names(['16', '17'], { code_postal: '33000' })).toEqual(['CPAM de la Gironde']);
  });
  it('the département written on the seat wins over its postal code', () => {
    const withDepartement = lettreCaisses({ territoire: { departements: ['24', '47'] }, statut_juridique: { siege: { code_postal: '33220', departement: '24' } } });
    expect(withDepartement.map((x) => x.nom)).toEqual(['CPAM de la Dordogne']);
    expect(names(['24', '47'], { code_postal: '33220' })).toEqual(['CPAM de la Gironde']);
  });
  it('survives a draft of any shape', () => {
    expect(lettreCaisses({ territoire: { departements: 'Gironde' }, statut_juridique: 3 })).toEqual([]);
    expect(lettreCaisses(undefined)).toEqual([]);
  });
});

describe('view model', () => {
  it('§3 counts as check counts: distinct RPPS of the specialty; another specialty gets its own row even undeclared', () => {
    const d = {
      ...sample,
      territoire: { ...sample.territoire, medecins_specialite: 40 },
      adherents: [...sample.adherents.slice(0, 3), sample.adherents[0], { nom: 'Souffle', prenom: 'Ana', specialite: 'pneumologie', rpps: '10000013994' }, { nom: 'Géné', prenom: 'Ral', specialite: 'medecine-generale', rpps: '10001601219' }],
    };
    const v = buildProjetView(d, OPTIONS);
    expect(v.composition.principale.adherents).toBe('3');
    expect(v.composition.autres).toEqual([{ specialite: 'Pneumologie', adherents: '1', medecins: '', adherentsNombre: 1, medecinsNombre: undefined }]);
    expect(v.composition.part).toBe('7,5 %');
    expect(buildLettreView(d, { brouillon: false, today: '2026-06-01' }).adherents).toBe('3');
  });


  it('computes §3 from the adhérents, per specialty, and the share', () => {
    const d = {
      ...sample,
      territoire: { ...sample.territoire, medecins_specialite: 40, autres_specialites: [{ specialite: 'pneumologie', medecins: 7 }] },
      adherents: [...sample.adherents.slice(0, 3), { nom: 'Souffle', prenom: 'Ana', specialite: 'pneumologie', rpps: '10000013994' }],
    };
    const v = buildProjetView(d, OPTIONS);
    expect(v.composition.principale).toEqual({ specialite: 'Cardiologie et maladies vasculaires', adherents: '3', medecins: '40' });
    expect(v.composition.autres).toEqual([{ specialite: 'Pneumologie', adherents: '1', medecins: '7', adherentsNombre: 1, medecinsNombre: 7 }]);
    expect(v.composition.part).toBe('7,5 %');
    expect(v.adherents[3]).toEqual({ n: 4, nomPrenom: 'Souffle, Ana', specialite: 'Pneumologie', rpps: '10000013994' });
  });

  it('groups partners under the five headings of §4, in the referential’s order', () => {
    const v = buildProjetView(sample, OPTIONS);
    expect(v.partenaires.rubriques.map((r) => r.partenaires.map((p) => p.nom))).toEqual([
      ['MSP de Saint-Palais', 'Centre de santé de Mauléon'],
      ['CPTS Pays Basque Intérieur', 'CPTS Chalosse-Tursan', 'DAC 64 Pays Basque'],
      ['Centre hospitalier de la Côte Basque'],
      ['EHPAD Les Genêts (Hasparren)'],
      ['Association France Cœur Pays Basque'],
    ]);
  });

  it('checks exactly the départements of the territory, in the trame’s order', () => {
    const v = buildProjetView(sample, OPTIONS);
    expect(v.territoire.liste.filter((d) => d.coche).map((d) => d.code)).toEqual(['40', '64']);
    expect(v.territoire.liste).toHaveLength(12);
  });

  it('dates the letter with the filing date, else today (its place: the lettre’s, else the seat’s)', async () => {
    const dateLine = async (data: unknown) =>
      (await documentMarkdown('lettre', data, { brouillon: false, today: '2026-01-02' }, { escaped: true })).markdown.split('\n').find((l) => /^(.+, le|Le) \d/.test(l));
    expect(await dateLine(sample)).toBe(`${sample.statut_juridique.siege.commune}, le 15 juin 2026`);
    expect(await dateLine({ ...sample, lettre_intention: { ...sample.lettre_intention, lieu: 'Biarritz' } })).toBe('Biarritz, le 15 juin 2026');
    expect(await dateLine({ ...sample, lettre_intention: {} })).toBe(`${sample.statut_juridique.siege.commune}, le 2 janvier 2026`);
    expect(await dateLine({ ...sample, lettre_intention: {}, statut_juridique: { ...sample.statut_juridique, siege: {} } })).toBe('Le 2 janvier 2026');
  });

  it('is total: an empty or malformed draft still renders every template (strict Handlebars)', async () => {
    const odd = { ess: 'pas un objet', territoire: { departements: 64, medecins_specialite: 'beaucoup' }, adherents: [null, 3, { nom: ['x'] }], partenaires: 'aucun' };
    for (const data of [{}, null, odd, sample]) {
      for (const document of DOCUMENTS) {
        await expect(documentMarkdown(document, data, { brouillon: true, today: '2026-01-02' })).resolves.toBeDefined();
      }
    }
  });
});
