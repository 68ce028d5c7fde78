// The documents say what the texts say (issue 12, items 8 and 9): each wording item is checked in
// the DOCX itself, read back as a reviewer reads it, on the complete sample changed for the case.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/documents/build.js';
import { COMPLETE_SAMPLE, LETTRE_SAMPLE, sampleText, tempDir } from '../helpers/cli.js';
import { docxText, firstOutOfOrder, type DocxText } from './docx-text.js';

type Data = Record<string, unknown>;
const SAMPLE = parse(sampleText(COMPLETE_SAMPLE)) as Data;
const EARLY = parse(sampleText(LETTRE_SAMPLE)) as Data;

/** The sample with the answer at a dotted path (list items by index) set; `undefined`: removed. */
function withAnswer(path: string, value: unknown, base: Data = SAMPLE): Data {
  const data = structuredClone(base);
  const keys = path.split('.');
  let node: Record<string, unknown> = data;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[keys[keys.length - 1]!];
  else node[keys[keys.length - 1]!] = value;
  return data;
}

const dir = tempDir();
let n = 0;
async function render(kind: 'projet' | 'lettre', data: Data): Promise<DocxText> {
  const file = join(dir, `${kind}-${n++}.docx`);
  writeFileSync(file, await buildDocx(kind, data, { brouillon: false, today: '2026-12-01' }));
  return docxText(file);
}

/** The text between two markers (the first after the second's search start). */
const between = (text: string, from: string, to: string): string => {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThan(-1);
  const end = text.indexOf(to, start + from.length);
  expect(end, to).toBeGreaterThan(-1);
  return text.slice(start, end);
};

describe('the lettre d’intention', () => {
  it('says « la plupart des problématiques » (trame, cahier §II), not « l’ensemble »', async () => {
    const lettre = await render('lettre', SAMPLE);
    expect(lettre.text).toContain('L’ESS abordera la plupart des problématiques liées à la spécialité et ne circonscrira pas son action à une seule pathologie.');
    expect(lettre.text).not.toMatch(/l’ensemble des problématiques/);
  });

  it('tells the ARS about a dérogation asked, with its motif, « sous réserve de validation par la CPN »', async () => {
    const lettre = await render('lettre', withAnswer('territoire.derogation', { motif: 'Zone la plus en tension du département, 8 cardiologues seulement' }));
    const paragraph = lettre.paragraphs.find((p) => p.text.startsWith('Demande de dérogation.'))?.text;
    expect(paragraph).toBe(
      'Demande de dérogation. L’ESS demande, à titre dérogatoire, qu’il soit fait exception aux seuils minimaux ou au principe d’unicité de spécialité du cahier des charges, sous réserve de validation par la CPN. Motif : Zone la plus en tension du département, 8 cardiologues seulement.',
    );
    expect(firstOutOfOrder(lettre.text, ['Territoire.', 'Demande de dérogation.', 'Coopérations envisagées'])).toBeUndefined();
  });

  it('says nothing of a dérogation when none is asked (absent, or an empty motif)', async () => {
    for (const data of [SAMPLE, withAnswer('territoire.derogation', { motif: '' }), withAnswer('territoire.derogation', { motif: '  ' })]) {
      const lettre = await render('lettre', data);
      expect(lettre.text).not.toMatch(/dérogation|CPN/);
    }
  });

  it('tells the ARS about the other specialties, with their adhérents and médecins (singular and plural)', async () => {
    const data = withAnswer('territoire.autres_specialites', [
      { specialite: 'pneumologie', medecins: 7 },
      { specialite: 'medecine-vasculaire', medecins: 1 },
    ]);
    (data.adherents as Data[])[3]!.specialite = 'pneumologie';
    const lettre = await render('lettre', data);
    expect(firstOutOfOrder(lettre.text, [
      'Territoire.',
      'Autres spécialités. L’ESS associe aussi d’autres spécialités médicales :',
      'Pneumologie : 1 médecin adhérent, sur 7 médecins de la spécialité exerçant sur le territoire',
      ': 0 médecin adhérent, sur 1 médecin de la spécialité exerçant sur le territoire',
      'Coopérations envisagées',
    ])).toBeUndefined();
    const items = lettre.paragraphs.filter((p) => p.listItem && p.text.includes('médecin adhérent'));
    expect(items).toHaveLength(2);
    // Without a number of médecins, the line says only what is known.
    const unknown = await render('lettre', withAnswer('territoire.autres_specialites', [{ specialite: 'pneumologie' }]));
    expect(unknown.paragraphs.find((p) => p.text.startsWith('Pneumologie'))?.text).toBe('Pneumologie : 0 médecin adhérent');
  });

  it('has no « Autres spécialités » paragraph without other specialties (absent or an empty list)', async () => {
    for (const data of [SAMPLE, withAnswer('territoire.autres_specialites', [])]) {
      expect((await render('lettre', data)).text).not.toContain('Autres spécialités');
    }
  });

  it('gives the dates of the plan de déploiement that are known (cahier §VI.B.1 « dans des délais raisonnables »)', async () => {
    const lettre = await render('lettre', SAMPLE);
    expect(firstOutOfOrder(lettre.text, [
      'Actions envisagées pour la mission socle.',
      'Calendrier prévisionnel. Le plan de déploiement de l’ESS prévoit la mise en service de ses missions aux dates suivantes :',
      'Structuration de l’offre de 2nd recours (coordination des parcours) : 1er mars 2027',
      'Avis spécialisé ponctuel à la demande des médecins traitants (appui d’expertise) : 1er mai 2027',
      'Consultations avancées : 1er septembre 2027',
      'Nous sollicitons à ce titre',
    ])).toBeUndefined();
    // A row without a date (or still a placeholder) is left out; none known: no paragraph at all.
    const partial = await render('lettre', withAnswer('deploiement.missions.avis_specialise.date', 'À COMPLÉTER'));
    expect(partial.text).toContain('Structuration de l’offre de 2nd recours (coordination des parcours) : 1er mars 2027');
    expect(partial.text).not.toContain('Avis spécialisé ponctuel');
    const early = await render('lettre', EARLY);
    expect(early.text).not.toContain('Calendrier prévisionnel');
  });
});

/** A paragraph that reads broken: a dash or comma before nothing, empty brackets, doubled stops. */
const DANGLING = [/—\s*[.,:;]/, /\s\.(\s|$)/, /:\s*\./, /,\s*[.,)]/, /\(\s*\)/, /«\s*»/, /\*\*/, /(?<!\.)\.\.(?!\.)/, /^\s*[—:,.]/];

function expectNothingDangling(doc: DocxText, what: string): void {
  for (const p of doc.paragraphs) {
    for (const pattern of DANGLING) expect(p.text, `${what}: « ${p.text} » (${pattern})`).not.toMatch(pattern);
    if (p.listItem) expect(p.text.replace(/[☐☒\s]/g, ''), `${what}: an empty bullet`).not.toBe('');
  }
}

// Every optional answer of dossier-format.md, and the parts of an answer the documents print
// around it (qualité, courriel, structure…), left out and left empty.
const OPTIONAL: Array<[string, unknown]> = [
  ['diagnostic.autres', ''],
  ['deploiement.autres_actions', ''],
  ['missions.fonctionnement.autres_activites', ''],
  ['missions.consultations_avancees.lieux.0.specificite', ''],
  ['missions.consultations_avancees.lieux.0.structure', ''],
  ['missions.consultations_avancees.lieux.0.vacations', ''],
  ['missions.consultations_avancees.lieux', []],
  ['missions.consultations_avancees.modalites_adressage', ''],
  ['missions.consultations_avancees', {}],
  ['deploiement.missions.consultations_avancees', { travaux: '' }],
  ['deploiement.missions.avis_specialise.date', ''],
  ['territoire.derogation', { motif: '' }],
  ['territoire.autres_specialites', []],
  ['indicateurs.complementaires', []],
  ['indicateurs.qualitatifs', []],
  ['missions.appui_expertise.consultation', ''],
  ['missions.appui_expertise.teleexpertise', ''],
  ['statut_juridique.representant_legal.qualite', ''],
  ['statut_juridique.siege.adresse', ''],
  ['referent.profession', ''],
  ['referent.courriel', ''],
  ['referent.telephone', ''],
  ['partenaires.0.formalisation', ''],
  ['partenaires.0.cooperation', ''],
  ['partenaires.0.type', ''],
  ['lettre_intention.lieu', ''],
  ['signature.lieu', ''],
];

describe('an optional answer left out leaves no dangling « — . », empty bullet or orphan label', () => {
  it('holds for the complete sample and the early one', async () => {
    for (const [name, data] of [['sample', SAMPLE], ['early sample', EARLY]] as const) {
      for (const kind of ['projet', 'lettre'] as const) expectNothingDangling(await render(kind, data), `${name}, ${kind}`);
    }
  });

  it.each(OPTIONAL.flatMap(([path, empty]) => [[path, 'absent', undefined], [path, JSON.stringify(empty), empty]] as const))(
    '%s %s',
    async (path, how, value) => {
      const data = withAnswer(path, value);
      for (const kind of ['projet', 'lettre'] as const) expectNothingDangling(await render(kind, data), `${path} ${how}, ${kind}`);
    },
  );

  it('drops the label of an absent part: mission socle action, consultations avancées, ESS indicators', async () => {
    const lettre = await render('lettre', withAnswer('missions.appui_expertise.teleexpertise', ''));
    expect(lettre.text).toContain('Appui d’expertise, consultation :');
    expect(lettre.text).not.toContain('Appui d’expertise, télé-expertise et téléconsultation');
    const sansAvancees = await render('lettre', withAnswer('missions.consultations_avancees', undefined));
    expect(sansAvancees.text).not.toContain('Mission optionnelle');
    const projet = await render('projet', withAnswer('indicateurs.complementaires', []));
    expect(projet.text).not.toContain('Indicateurs spécifiques proposés par l’ESS :');
    // A partner without its formalisation: « cooperation. », not « cooperation — . ».
    const partner = await render('lettre', withAnswer('partenaires.0', { nom: 'MSP de Saint-Palais', type: 'msp', cooperation: 'Consultations avancées mensuelles.' }));
    expect(partner.text).toContain('MSP de Saint-Palais (Maison de santé pluriprofessionnelle, MSP) : Consultations avancées mensuelles.\n');
  });
});

describe('the lettre’s lines of a partner and of a place (the template reads each row’s answers by its index)', () => {
  it('joins cooperation and formalisation, and leaves out a partner with nothing the lettre prints', async () => {
    const data = withAnswer('partenaires', [
      { specialite: 'pneumologie' },
      { nom: 'CPTS Sud', type: 'cpts', cooperation: 'Parcours partagé.', formalisation: 'en_cours' },
    ]);
    const text = between((await render('lettre', data)).text, 'Coopérations envisagées', 'Gouvernance envisagée');
    expect(text.split('\n').filter((l) => l !== '')).toEqual([
      'Coopérations envisagées ou déjà mises en place.',
      'CPTS Sud (Communauté professionnelle territoriale de santé, CPTS) : Parcours partagé — formalisation en cours.',
    ]);
  });

  it('writes « lieu : vacations (spécificité) » with only the parts known, and no line for a place with only its département', async () => {
    const data = withAnswer('missions.consultations_avancees.lieux', [
      { commune: 'Saint-Palais', code_postal: '64120', vacations: '2 par mois', specificite: 'rythmologie' },
      { specificite: 'Insuffisance cardiaque' },
      { departement: '64' },
    ]);
    const text = between((await render('lettre', data)).text, 'Mission optionnelle', 'Calendrier');
    expect(text.split('\n').filter((l) => l !== '').slice(1)).toEqual(['Saint-Palais (64120) : 2 par mois (rythmologie)', '(Insuffisance cardiaque)']);
  });
});

/** The value at a dotted path. */
function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Data)[k] : undefined), data);
}

describe('the projet de santé', () => {
  it('prints the modalités d’actualisation (cahier §VI.B.3) in §4, after the instances', async () => {
    const projet = await render('projet', SAMPLE);
    const actualisation = String(at(SAMPLE, 'gouvernance.actualisation')).split('\n')[0]!;
    expect(firstOutOfOrder(projet.text, [
      '4. Partenariats et gouvernance de l’ESS',
      'Quelles sont les instances envisagées pour le suivi et l’actualisation du projet de santé (bureau / conseil d’administration / AG…) :',
      'Modalités d’actualisation du projet de santé en fonction des évolutions territoriales, du nombre de professionnels adhérents ou des missions et actions réalisées par l’ESS :',
      actualisation,
      '5.1. Missions socles',
    ])).toBeUndefined();
    const missing = await render('projet', withAnswer('gouvernance.actualisation', undefined));
    expect(between(missing.text, 'Modalités d’actualisation', '5.1.')).toMatch(/:\nNon renseigné\.\n$/);
  });

  it('keeps the trame’s sentence on esea-na.fr at the head of §6', async () => {
    const projet = await render('projet', SAMPLE);
    expect(between(projet.text, '6. Outillage numérique', 'Décrire les outils')).toBe(
      '6. Outillage numérique\nL’ESS peut intégrer les outils numériques régionaux consultables sur https://www.esea-na.fr/\n',
    );
  });

  it('keeps §7’s table as the trame has it, word for word, and lists the ESS’s own indicators after it', async () => {
    const complementaires = at(SAMPLE, 'indicateurs.complementaires') as string[];
    const qualitatifs = at(SAMPLE, 'indicateurs.qualitatifs') as string[];
    const projet = await render('projet', withAnswer('indicateurs.complementaires', [...complementaires, 'Nombre de RCP tenues avec les médecins traitants']));
    const table = between(projet.text, 'Indicateurs de résultat et d’impact :', 'Indicateurs spécifiques proposés par l’ESS :');
    // The trame (reference 000_…, §7), cell by cell: its words, its typos (« Nombre d’acte »,
    // « ayant bénéficiés », « demi-journée », the « ; »), empty cells where it has none.
    expect(table.split('\n')).toEqual([
      'Indicateurs de résultat et d’impact :',
      '',
      'Indicateurs nationaux',
      'Indicateurs complémentaires régionaux',
      'Composition de l’ESS et partenaires',
      '• Nombre de médecins de la spécialité adhérents et réalisant les missions de l’ESS',
      '• Liste des partenaires de l’ESS et des coopérations mises en œuvre',
      'File active de l’ESS',
      '• Le nombre de soignants adressant des patients à l’ESS et parmi eux, le nombre de médecins traitants\n• Le nombre de patients pris en charge via l’ESS',
      '',
      'Amélioration du recours à l’expertise',
      '• Le nombre de recours à la télé-expertise ;\n• Délai de réponse à la télé-expertise',
      '• Nombre d’acte de télé-expertise / téléconsultations\n• Nombre de patients ayant bénéficiés d’au moins une télé-expertise / téléconsultation',
      'Amélioration de l’accès aux consultations (et/ou examens)',
      '• Délai d’accès à une consultation non programmée (prise de rendez-vous)\n• Nombre de médecins de l’ESS proposant des consultations avancées (lieu avec nombre de demi-journée)\n• Nombre de consultations avancées réalisées',
      '',
      'Amélioration du parcours de santé',
      `Proposer un indicateur qualitatif relatif à l’amélioration du parcours des patients :\n• ${qualitatifs[0]}`,
      '',
      '',
      '',
    ].join('\n').split('\n'));
    // After the table, as the trame's introduction says: « complétés d’indicateurs spécifiques proposés par l’ESS ».
    const after = between(projet.text, 'Indicateurs spécifiques proposés par l’ESS :', '8. Plan de déploiement');
    expect(after.split('\n')).toEqual(['Indicateurs spécifiques proposés par l’ESS :', complementaires[0], 'Nombre de RCP tenues avec les médecins traitants', '']);
    const items = projet.paragraphs.filter((p) => p.listItem && complementaires.includes(p.text));
    expect(items).toHaveLength(1);
  });
});
