// The DOCX importer takes its words and its tables' answers from the trame's definition (the
// schema's x-ess), not from names of its own: the question's `printed` words are those the
// projet's template prints, and a table's column holds the row's answer whose label has the
// header's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjet } from '../../src/import/docx/match.js';
import { planImport } from '../../src/import/docx/plan.js';
import { ANSWERS } from '../../src/import/docx/phrases.js';
import type { Paragraph, Table } from '../../src/import/docx/wordml.js';
import { questions } from '../../src/trame/index.js';
import { ROOT } from '../helpers/cli.js';

const para = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'p', text, list: false, bold: false, ...extra });
const table = (rows: string[][]): Table => ({ kind: 'table', rows: rows.map((row) => row.map((cell) => (cell === '' ? [] : [para(cell)]))) });

describe('the words of a question, written once', () => {
  const template = readFileSync(join(ROOT, 'src/documents/projet-de-sante/template.md.hbs'), 'utf8');

  it('the projet prints every question that has printed words by {{question}}, and the importer searches them', () => {
    const printed = questions.filter((q) => q.printed !== undefined);
    expect(printed.length).toBeGreaterThan(25);
    expect(printed.filter((q) => !template.includes(`{{question "${q.path}"}}`)).map((q) => q.path)).toEqual([]);
    expect(ANSWERS.map((a) => a.path)).toEqual(printed.map((q) => q.path));
    const etat = ANSWERS.find((a) => a.path === 'diagnostic.offre_de_soins')!;
    // The trame's typo as printed, then the variants of the definition.
    expect(etat.words).toEqual([questions.find((q) => q.path === etat.path)!.printed, ...questions.find((q) => q.path === etat.path)!.variants!]);
  });

  it('reads the question whose examples follow it on its line, and a list printed only when answered', () => {
    const autres = ANSWERS.find((a) => a.path === 'missions.fonctionnement.autres_activites')!;
    expect(autres.words[1]).toMatch(/^AUTRES ACTIVITÉS DÉVELOPPÉES : exemples : promotion/);
    expect(ANSWERS.filter((a) => a.ifAnswered).map((a) => a.path)).toEqual(['territoire.derogation.motif', 'indicateurs.complementaires']);
    expect(ANSWERS.filter((a) => a.list).map((a) => a.path)).toEqual(['indicateurs.complementaires']);
  });
});

describe('the trame tables: each column holds the answer of the definition whose label has its header words', () => {
  const reading = readProjet([
    para('Calendrier prévisionnel de déploiement des missions :', { bold: true }),
    table([
      ['', 'Travaux envisagés', 'Date prévisionnelle de mise en service'],
      ['Organisation permettant de donner une avis spécialisé ponctuel', 'Un planning partagé', '1er mars 2027'],
    ]),
    table([
      ['Lieu', 'Jour et nombre de vacations', 'Spécificité de la consultation'],
      ['Saint-Palais (64120) — MSP de Saint-Palais', '2 par mois', 'Écho'],
    ]),
    table([
      ['Structure', 'Coopérations envisagées ou mises en place', 'Niveau de formalisation'],
      ['CPTS Adour', 'Parcours partagé', 'Formalisée'],
    ]),
    table([
      ['', 'Indicateurs nationaux', 'Indicateurs complémentaires régionaux'],
      ['Amélioration du parcours', 'Proposer un indicateur qualitatif relatif à l’amélioration du parcours des patients :\nDélai médian', ''],
    ]),
  ]);

  it('reads the plan de déploiement, the places, the partners and the qualitative indicators into the definition’s answers', () => {
    expect(reading.deploiement).toEqual([
      {
        key: 'avis_specialise',
        cells: [
          { path: 'deploiement.missions.avis_specialise.travaux', text: 'Un planning partagé' },
          { path: 'deploiement.missions.avis_specialise.date', text: '1er mars 2027' },
        ],
      },
    ]);
    expect(reading.consultations).toEqual([{ lieu: 'Saint-Palais (64120) — MSP de Saint-Palais', answers: { vacations: '2 par mois', specificite: 'Écho' } }]);
    // « Coopérations envisagées », not « Niveau de formalisation des coopérations ».
    expect(reading.partenaires).toEqual([{ nom: 'CPTS Adour', answers: { cooperation: 'Parcours partagé' } }]);
    expect(reading.qualitatifs).toEqual(['Délai médian']);
  });

  it('plans them at the definition’s paths: a date read as a date, a place parsed', () => {
    const plan = planImport(reading, { partenaires: [{ nom: 'CPTS Adour', cooperation: 'Autre chose' }] });
    const byPath = Object.fromEntries(plan.entries.map((e) => [e.path, e]));
    expect(byPath['deploiement.missions.avis_specialise.travaux']).toMatchObject({ status: 'changed', value: 'Un planning partagé' });
    expect(byPath['deploiement.missions.avis_specialise.date']).toMatchObject({ status: 'changed', value: '2027-03-01' });
    expect(byPath['missions.consultations_avancees.lieux']).toMatchObject({
      status: 'changed',
      value: [{ commune: 'Saint-Palais', code_postal: '64120', structure: 'MSP de Saint-Palais', vacations: '2 par mois', specificite: 'Écho' }],
    });
    expect(byPath['indicateurs.qualitatifs']).toMatchObject({ status: 'changed', value: ['Délai médian'] });
    expect(plan.partenaires?.differences).toEqual(['« CPTS Adour » : la coopération écrite dans le DOCX diffère de celle du dossier']);
  });
});
