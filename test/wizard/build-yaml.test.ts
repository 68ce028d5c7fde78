import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDossierYaml } from '../../src/wizard/build-yaml.js';
import { A_COMPLETER, mergeAnswers, skeleton, type InitAnswers } from '../../src/wizard/skeleton.js';
import { dossierOf, RPPS, structuralFindings } from './helpers.js';

const ref = '../schemas/dossier.schema.json';

/** The data read back, without the final line end a free-text block (« | ») gives its text. */
const unblocked = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/\n$/, '')
    : Array.isArray(value)
      ? value.map(unblocked)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unblocked(v)]))
        : value;

const full: InitAnswers = {
  ess: { nom: 'ESS Cardiologie Test', specialite: 'cardiologie', date: '2026-11-15' },
  territoire: { departements: ['64', '40'], medecins_specialite: 182 },
  statut_juridique: {
    etat: 'constituee',
    nom_association: 'Association test',
    siret: '88432176500015',
    representant_legal: { nom: 'Etcheverry', prenom: 'Maite', qualite: 'Présidente', courriel: 'p@example.fr', telephone: '0559001122' },
    siege: { adresse: '12 allée des Platanes', code_postal: '06000', commune: 'Nice' },
  },
  diagnostic: { etat_sante: 'Ligne un\nligne deux\n' },
  partenaires: [{ nom: 'MSP de Saint-Palais', type: 'msp', cooperation: 'Consultations avancées.', formalisation: 'formalisee' }],
  adherents: RPPS.map((rpps, i) => ({ nom: `Nom${i}`, prenom: `Prénom${i}`, rpps })),
};

describe('buildDossierYaml', () => {
  it('writes the skeleton: modeline first, every required answer « À COMPLÉTER », valid for the schema', () => {
    const text = buildDossierYaml({}, { schemaRef: ref });
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${ref}`);
    expect(structuralFindings(text)).toEqual([]);
    expect(structuralFindings(text, 'lettre')).toEqual([]);
    const data = unblocked(parse(text)) as ReturnType<typeof skeleton>;
    expect(data).toEqual(skeleton());
    expect(data.ess?.nom).toBe(A_COMPLETER);
    expect(data.diagnostic?.autres).toBe('');
  });

  it('puts the trame’s heading and question in a comment before each section', () => {
    const text = buildDossierYaml({}, { schemaRef: ref });
    const before = (key: string) => {
      const lines = text.split('\n');
      const i = lines.findIndex((l) => l.startsWith(`${key}:`) || l.trimStart().startsWith(`${key}:`));
      const comments: string[] = [];
      for (let j = i - 1; j >= 0 && lines[j]!.trimStart().startsWith('#'); j--) comments.unshift(lines[j]!.trim());
      return comments.join('\n');
    };
    expect(before('ess')).toContain("# 1. Identification de l'ESS");
    expect(before('diagnostic')).toContain('# 2. Diagnostic territorial');
    expect(before('etat_sante')).toContain("# Etat de santé de la population et besoins, en termes d'accès aux soins");
    expect(before('partenaires')).toContain('# 4. Liste des partenaires du projet');
    expect(before('outils_numeriques')).toContain('# 6. Outillage numérique');
    expect(before('deploiement')).toContain('# 8. Plan de déploiement');
    expect(before('adherents')).toContain('# Annexe 1 : Liste des médecins de la spécialité concernée adhérents');
    expect(text).not.toMatch(/^#\S/m);
  });

  it('writes the answers, quotes digit strings, keeps multi-line text as a block', () => {
    const text = buildDossierYaml(full, { schemaRef: ref });
    expect(structuralFindings(text)).toEqual([]);
    expect(text).toContain('siret: "88432176500015"');
    expect(text).toContain('code_postal: "06000"');
    expect(text).toContain('telephone: "0559001122"');
    expect(text).toContain('departements: [ "64", "40" ]');
    expect(text).toContain(`{ nom: Nom0, prenom: Prénom0, rpps: "${RPPS[0]}" }`);
    expect(text).toMatch(/etat_sante: \|\n {4}Ligne un\n {4}ligne deux\n/);
    const dossier = dossierOf(text)!;
    expect(dossier.statut_juridique?.siege?.code_postal).toBe('06000');
    expect(dossier.adherents?.map((a) => a.rpps)).toEqual([...RPPS]);
    expect(dossier.diagnostic?.offre_de_soins).toBe(`${A_COMPLETER}\n`);
  });

  it('asks for the SIRET or the date de dépôt, as the statut says', () => {
    expect(mergeAnswers({ statut_juridique: { etat: 'constituee' } }).statut_juridique).not.toHaveProperty('date_depot_prefecture');
    const enCreation = mergeAnswers({ statut_juridique: { etat: 'en_creation', date_depot_prefecture: '2026-09-02' } }).statut_juridique;
    expect(enCreation).not.toHaveProperty('siret');
    expect(enCreation?.date_depot_prefecture).toBe('2026-09-02');
    expect(mergeAnswers({}).statut_juridique).toMatchObject({ siret: A_COMPLETER, date_depot_prefecture: A_COMPLETER });
  });

  it('keeps answers the skeleton does not have (a dérogation), after the skeleton’s keys', () => {
    const text = buildDossierYaml({ territoire: { medecins_specialite: 8, derogation: { motif: 'Zone en tension' } } }, { schemaRef: ref });
    expect(structuralFindings(text)).toEqual([]);
    expect(parse(text).territoire).toEqual({ departements: [A_COMPLETER], medecins_specialite: 8, derogation: { motif: 'Zone en tension\n' } });
  });

  it('escapes text that YAML would misread', () => {
    const tricky = ['- pas une liste', 'a: b', '# pas un commentaire', 'yes', '12', '"entre guillemets"', "l'apostrophe", '@arobase', 'À COMPLÉTER plus tard'];
    for (const value of tricky) {
      const text = buildDossierYaml({ ess: { nom: value }, gouvernance: { instances: `${value}\n${value}` } }, { schemaRef: ref });
      expect(structuralFindings(text)).toEqual([]);
      expect(parse(text).ess.nom).toBe(value);
      expect(parse(text).gouvernance.instances).toBe(`${value}\n${value}\n`);
    }
  });
});
