// The rapport d'activité (cahier des charges §VI.E, trame §7), read back from the DOCX as the ARS
// reads it: what it says and in which order, on the complete sample's year 2027.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/documents/build.js';
import { indicateurs } from '../../src/referentiels/index.js';
import { sampleText, tempDir } from '../helpers/cli.js';
import { docxText, firstOutOfOrder, type DocxText } from './docx-text.js';

type Data = Record<string, unknown>;
const SAMPLE = parse(sampleText()) as Data;
const dir = tempDir();
let n = 0;

async function rapport(data: Data, annee = '2027'): Promise<DocxText> {
  const file = join(dir, `rapport-${n++}.docx`);
  writeFileSync(file, await buildDocx('rapport', data, { brouillon: false, today: '2028-02-01', annee }));
  return docxText(file);
}

const year = (data: Data) => (data.activite as Record<string, Data>)['2027']!;

describe('the rapport d’activité', () => {
  it('says, in this order: title and year, the ESS and its territory, the adhérents and targets, the missions, the indicators, the texts, the signature', async () => {
    const doc = await rapport(SAMPLE);
    expect(
      firstOutOfOrder(doc.text, [
        'Rapport d’activité 2027',
        'ESS Cardiologie Côte Basque et Sud Landes',
        'Année 2027, du 1er janvier au 31 décembre 2027',
        'Territoire couvert : Pyrénées-Atlantiques (64) et Landes (40)',
        'Projet de santé : du 15 novembre 2026, soit 1 an et 1 mois au 31 décembre 2027',
        'Au 31 décembre 2027, l’ESS compte 24 médecins de la spécialité adhérents, soit 13,2 % des 182 médecins',
        'Nombre de médecins adhérents réalisant les missions de l\'ESS : 22',
        'cible intermédiaire (30 %)', '55', 'encore 31 à convaincre',
        'cible au terme de 5 ans (50 %), le 15 novembre 2031', '91', 'encore 67 à convaincre',
        '3. Déploiement des missions',
        'Structuration de l’offre de 2nd recours', 'Déployée', '1er mars 2027', 'Quatre coordinateurs de bassin',
        'Organisation permettant de donner une avis spécialisé', 'Déployée', '1er juin 2027',
        'Organisation de consultations avancées', 'En cours de déploiement', 'Consultations avancées ouvertes',
        '4. Indicateurs de suivi et d’évaluation',
        'Indicateurs nationaux',
        'Indicateurs complémentaires régionaux',
        'Indicateurs spécifiques proposés par l’ESS',
        'Part des patients vus dans les deux mois', '71 % (208 patients sur 293)',
        'indicateur(s) qualitatif(s)',
        'Satisfaction des médecins traitants', '91 % de médecins traitants satisfaits',
        '5. Faits marquants de l’année', 'Installation du comité des partenaires',
        '6. Difficultés rencontrées', 'Recrutement d\'un secrétariat partagé',
        '7. Perspectives', 'Ouvrir les consultations avancées',
        'Rapport d’activité 2027 de l’ESS Cardiologie Côte Basque et Sud Landes',
        'Fait à Bayonne, le',
        'Signature du représentant légal', 'Maite Etcheverry, Présidente',
      ]),
    ).toBeUndefined();
    expect(doc.header).toContain('Rapport d’activité');
  });

  it('prints every national indicator of the trame with its value, then the regional ones', async () => {
    const doc = await rapport(SAMPLE);
    const nationaux = between(doc.text, 'Indicateurs nationaux', 'Indicateurs complémentaires régionaux :');
    const expected: Array<[string, string]> = [
      ['Nombre de médecins de la spécialité adhérents et réalisant les missions de l’ESS', '22'],
      ['Le nombre de soignants adressant des patients à l’ESS et parmi eux, le nombre de médecins traitants', '140, dont 95 médecins traitants'],
      ['Le nombre de patients pris en charge via l’ESS', '612'],
      ['Le nombre de recours à la télé-expertise ;', '387'],
      ['Délai de réponse à la télé-expertise', '48 heures'],
      ['Délai d’accès à une consultation non programmée (prise de rendez-vous)', '5 jours'],
      ['Nombre de médecins de l’ESS proposant des consultations avancées (lieu avec nombre de demi-journée)', '4'],
      ['Nombre de consultations avancées réalisées', '213'],
    ];
    // The referential's list, none left out: the words are the trame's.
    expect(expected.map(([label]) => label)).toEqual(indicateurs.themes.flatMap((t) => t.nationaux.map((i) => i.libelle)));
    for (const [label, value] of expected) expect(nationaux, label).toContain(`${label}\n${value}`);
    const regionaux = between(doc.text, 'Indicateurs complémentaires régionaux :', 'Indicateurs spécifiques');
    expect(regionaux).toContain('Nombre d’acte de télé-expertise / téléconsultations\n421');
    expect(regionaux).toContain('Nombre de patients ayant bénéficiés d’au moins une télé-expertise / téléconsultation\n356');
    expect(regionaux).toMatch(/Liste des partenaires de l’ESS et des coopérations mises en œuvre\n8 partenaires ; coopérations : 3 formalisées, 2 en cours de formalisation, 3 envisagées \(liste ci-dessous\)/);
    expect(regionaux).toContain('MSP de Saint-Palais');
  });

  it('says « non renseigné » for a figure not given, never « undefined » nor an empty cell', async () => {
    const data = structuredClone(SAMPLE);
    delete (year(data).indicateurs as Data).teleexpertises;
    delete year(data).regionaux;
    const doc = await rapport(data);
    expect(doc.text).toContain('Le nombre de recours à la télé-expertise ;\nnon renseigné');
    expect(doc.text).toContain('Nombre d’acte de télé-expertise / téléconsultations\nnon renseigné');
    expect(doc.text).not.toMatch(/undefined|NaN|\{indicateurs/);
  });

  it('counts the adhérents signed by 31 December and says how many more than a year before', async () => {
    const data = structuredClone(SAMPLE);
    const adherents = data.adherents as Data[];
    adherents[23]!.adhesion = '2028-01-10';
    adherents[22]!.adhesion = '2027-03-15';
    const doc = await rapport(data);
    expect(doc.text).toContain('Au 31 décembre 2027, l’ESS compte 23 médecins de la spécialité adhérents, soit 12,6 % des 182 médecins libéraux de la spécialité exerçant sur le territoire (22 au 31 décembre 2026, soit 1 de plus).');
  });

  it('reports a promised indicator without value as « non renseigné », and leaves out the optional mission the projet does not have', async () => {
    const data = structuredClone(SAMPLE);
    delete year(data).qualitatifs;
    delete (data.deploiement as Data & { missions: Data }).missions.consultations_avancees;
    delete (data.missions as Data).consultations_avancees;
    delete (year(data).missions as Data).consultations_avancees;
    const doc = await rapport(data);
    expect(doc.text).toContain('Satisfaction des médecins traitants sur le délai et la qualité des avis (enquête annuelle)\nnon renseigné');
    expect(between(doc.text, '3. Déploiement des missions', '4. Indicateurs')).not.toContain('consultations avancées');
  });

  it('a draft for a year without its section is total: every figure « non renseigné », the texts « Non renseigné. »', async () => {
    const doc = await rapport(SAMPLE, '2030');
    expect(doc.text).toContain('Rapport d’activité 2030');
    expect(doc.text).toContain('Délai de réponse à la télé-expertise\nnon renseigné');
    expect(between(doc.text, '5. Faits marquants', '6. Difficultés')).toContain('Non renseigné.');
  });
});

function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThan(-1);
  const end = text.indexOf(to, start + from.length);
  expect(end, to).toBeGreaterThan(-1);
  return text.slice(start, end);
}
