// The words under which the importer looks for each answer come from the trame's definition
// (src/trame, the schema's x-ess): a question the projet de santé prints under its own words has
// them as `printed` (what `ess render` prints, by `{{question}}` in the template), its `examples`
// when the trame prints some on the same line, and its `variants`: the trame type's typos and older
// wordings (shared/reference/000_…: « Etat de lieux », « le cas échant »…) and what a person
// usually types (« État des lieux », « Télé-expertise »). The label of the question is added to
// them at run time (match.ts). Folding (fold.ts) already ignores case, accents, spaces and
// punctuation. This file keeps the rest of the trame's layout: its markers and section titles.
import { questions } from '../../trame/index.js';

export interface AnswerPhrases {
  /** Dotted path of an answer the projet prints under its own words (a free text, or a list of lines). */
  path: string;
  words: readonly string[];
  /** A list of lines (the ESS's own indicators), not a free text. */
  list?: true;
  /** Printed only when answered: not reported missing when the dossier has no answer either. */
  ifAnswered?: true;
}

/** Every question with `printed` words, in the trame's order. */
export const ANSWERS: readonly AnswerPhrases[] = questions.flatMap((q) =>
  q.printed === undefined
    ? []
    : [
        {
          path: q.path,
          words: [q.printed, ...(q.examples ? [`${q.printed} : ${q.examples}`] : []), ...(q.variants ?? [])],
          ...(q.kind === 'liste' ? { list: true as const } : {}),
          ...(q.printedIfAnswered ? { ifAnswered: true as const } : {}),
        },
      ],
);

export interface Marker {
  words: string;
  /** What follows is the trame's own text or a part read elsewhere (tables): not reported as unplaced. */
  silent?: true;
  /** Any text may follow the words on their line (« Projet de santé de l’ESS X »); else only « : ». */
  prefix?: true;
}

/**
 * Words of the trame that are not a free-text question: they end the answer before them. What
 * follows a marker that is not silent, up to the next question, is reported as a part that could
 * not be placed (for example a text written under « APPUI D’EXPERTISE » instead of under its two
 * sub-questions).
 */
export const MARKERS: readonly Marker[] = [
  { words: 'Nom de l’ESS', silent: true },
  { words: 'Contact du référent de l’ESS', silent: true },
  { words: 'Liste des partenaires du projet (type de structure, coopérations envisagées, niveau de formalisation des coopérations)' },
  { words: '1er recours notamment les médecins traitants', prefix: true },
  { words: 'Dispositifs de coordination (Dispositif d’Appui à la Coordination DAC', prefix: true },
  { words: 'Etablissements et services de santé' },
  { words: 'Structures médico-sociales' },
  { words: 'Autres structures' },
  { words: 'Aucun partenaire de ce type à ce stade', silent: true },
  { words: 'Dans le cas particulier où la tension démographique ne permet pas de constituer une ESS mono-spécialisée', silent: true, prefix: true },
  {
    words:
      'APPUI D’EXPERTISE : Organisation permettant de donner un avis spécialisé ponctuel auprès des médecins traitants et soignants du territoire dans un délai réduit sous forme de consultation ou de téléexpertise (préciser les jours/horaires/délais d’accès)',
  },
  {
    words:
      'CONSULTATION AVANCÉE : Organisation permettant d’assurer des consultations dites « avancées » c’est-à-dire dans les territoires en tension (notamment les ZIP) où les médecins spécialistes n’exercent pas habituellement',
  },
  { words: 'L’ESS ne prévoit pas de consultations avancées à ce stade', silent: true, prefix: true },
  { words: 'L’ESS peut intégrer les outils numériques régionaux', silent: true, prefix: true },
  { words: 'L’évaluation du dispositif devra être présentée au sein d’un rapport d’activité annuel', silent: true, prefix: true },
  { words: 'Indicateurs de résultat et d’impact', silent: true },
  { words: 'Calendrier prévisionnel de déploiement des missions', silent: true },
  { words: 'Projet de santé de l’ESS', silent: true, prefix: true },
  { words: 'Etabli en date du', silent: true, prefix: true },
];

/** The section headings of the trame: with or without a heading style, they end an answer. */
export const SECTION_TITLES: readonly string[] = [
  'Identification de l’ESS',
  'Diagnostic territorial',
  'Composition de l’ESS',
  'Partenariats et gouvernance de l’ESS',
  'Missions socles',
  'Mission optionnelle',
  'Description approfondie du fonctionnement de l’ESS',
  'Outillage numérique',
  'Indicateurs de suivi et d’évaluation',
  'Plan de déploiement de l’ESS',
  'Annexe 1',
];
