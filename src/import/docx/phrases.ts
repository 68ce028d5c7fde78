// The words under which the importer looks for each answer: as `ess render` prints the question
// (src/documents/projet-de-sante/template.md.hbs), as the trame type of the ARS has it
// (shared/reference/000_…: « Etat de lieux », « dans un logique », « le cas échant »…), and the
// usual variants a person types (accents, « État des lieux », « Télé-expertise »). The label of the
// trame definition (src/trame, the schema's title) is added to each at run time (match.ts).
// Folding (fold.ts) already ignores case, accents, spaces and punctuation: only different words
// need a line here.

export interface AnswerPhrases {
  /** Dotted path of a free-text answer (texte-long) of the dossier. */
  path: string;
  words: readonly string[];
  /** A list of lines (the ESS's own indicators), not a free text. */
  list?: true;
}

export const ANSWERS: readonly AnswerPhrases[] = [
  { path: 'territoire.derogation.motif', words: ['Demande de dérogation', 'Motif de la demande de dérogation'] },
  {
    path: 'diagnostic.etat_sante',
    words: ['Etat de santé de la population et besoins, en termes d’accès aux soins, pour la spécialité médicale ciblée'],
  },
  {
    path: 'diagnostic.offre_de_soins',
    words: [
      'Etat de lieux de l’offre de soins de spécialité médicale sur le territoire envisagé',
      'Etat des lieux de l’offre de soins de spécialité médicale sur le territoire envisagé',
      'Etat des lieux de l’offre de soins',
    ],
  },
  {
    path: 'diagnostic.besoins_cpts',
    words: ['Besoins exprimés par les CPTS, en particulier les médecins traitants et le cas échéant les structures médico-sociales'],
  },
  {
    path: 'diagnostic.fragilites_parcours',
    words: [
      'Fragilités observées au niveau des parcours de soins (délais de rendez-vous, accès au dépistage et aux examens de suivi, articulation entre le 1er et le 2nd recours…)',
      'Fragilités observées au niveau des parcours de soins (délais de rendez-vous, accès au dépistage et aux examens de suivi, articulation entre le 1er et le 2nd recours)',
    ],
  },
  { path: 'diagnostic.autres', words: ['Autres éléments de diagnostic'] },
  {
    path: 'gouvernance.articulation',
    words: ['Schéma de l’articulation entre les acteurs et de la gradation de soins', 'Schéma de l’articulation entre les acteurs et de la gradation des soins'],
  },
  {
    path: 'gouvernance.instances',
    words: [
      'Quelles sont les instances envisagées pour le suivi et l’actualisation du projet de santé (bureau / conseil d’administration / AG…)',
      'Quelles sont les instances envisagées pour le suivi et l’actualisation du projet de santé',
    ],
  },
  {
    path: 'gouvernance.actualisation',
    words: [
      'Modalités d’actualisation du projet de santé en fonction des évolutions territoriales, du nombre de professionnels adhérents ou des missions et actions réalisées par l’ESS',
    ],
  },
  {
    path: 'missions.coordination_parcours',
    words: [
      'COORDINATION DES PARCOURS : Organisation retenue permettant de faciliter la collaboration entre les acteurs du 1er recours, du 2nd recours et du 3ème recours',
      'Coordination des parcours',
    ],
  },
  {
    path: 'missions.appui_expertise.consultation',
    words: ['Consultation (précisez les professionnels de santé impliqués et les bénéficiaires)', 'Consultations (précisez les professionnels de santé impliqués et les bénéficiaires)'],
  },
  {
    path: 'missions.appui_expertise.teleexpertise',
    words: [
      'Téléconsultations / téléexpertise (précisez les professionnels de santé impliqués et les bénéficiaires)',
      'Téléconsultation / télé-expertise (précisez les professionnels de santé impliqués et les bénéficiaires)',
      'Téléconsultations / télé-expertise',
      'Téléexpertise',
    ],
  },
  {
    path: 'missions.consultations_avancees.modalites_adressage',
    words: ['Modalités d’adressage des patients vers ces consultations avancées', 'Modalités d’adressage des patients vers les consultations avancées'],
  },
  {
    path: 'missions.fonctionnement.exercice_pluripro',
    words: [
      'EXERCICE PLURIPRO : L’organisation mise en place intègre-t-elle une organisation pluriprofessionnelle coordonnée entre les médecins spécialistes de l’ESS et les professionnels de santé de 1er recours et/ou paramédicaux (RCP, protocoles de coopération, Infirmière de Pratique Avancée …) ?',
      'Exercice pluriprofessionnel',
    ],
  },
  {
    path: 'missions.fonctionnement.acces_examens',
    words: [
      'ACCÈS AUX EXAMENS : Une organisation est-elle mise en place pour faciliter l’accès aux examens de diagnostic et de suivi dans le cadre de l’ESS et le cas échant en lien avec les professionnels du 1er recours et les établissements de santé ?',
      'ACCÈS AUX EXAMENS : Une organisation est-elle mise en place pour faciliter l’accès aux examens de diagnostic et de suivi dans le cadre de l’ESS et le cas échéant en lien avec les professionnels du 1er recours et les établissements de santé ?',
    ],
  },
  {
    path: 'missions.fonctionnement.soins_non_programmes',
    words: [
      'SOINS NON-PROGRAMMES : Une organisation est-elle mise en place pour faciliter l’accès à des consultations de soins non programmées en lien avec les médecins traitants (partenariat CPTS) et le cas échéant avec la régulation du Service d’Accès aux Soins (SAS) du département (préciser les jours / horaires / délais d’accès / modalités d’accès)',
      'Soins non programmés',
    ],
  },
  {
    path: 'missions.fonctionnement.telemedecine',
    words: ['TELEMEDECINE : Une organisation est-elle mise en place pour faciliter l’accès aux soins via l’usage de la télémédecine ?'],
  },
  {
    path: 'missions.fonctionnement.autres_activites',
    words: [
      'AUTRES ACTIVITÉS DÉVELOPPÉES : exemples : promotion de l’éducation thérapeutique du patient, formation des professionnels, incitation à l’accueil d’internes par les médecins adhérents, télésurveillance, parcours coordonné renforcé…',
      'AUTRES ACTIVITÉS DÉVELOPPÉES',
    ],
  },
  {
    path: 'outils_numeriques.entre_adherents',
    words: ['Décrire les outils numériques envisagés pour la coordination entre les adhérents de l’ESS'],
  },
  {
    path: 'outils_numeriques.premier_recours',
    words: [
      'Décrire les outils numériques envisagés pour la coordination de soins et de parcours entre l’ESS et les professionnels du 1er recours, notamment les médecins traitants',
    ],
  },
  {
    path: 'outils_numeriques.troisieme_recours',
    words: [
      'Décrire les outils numériques envisagés pour la coordination entre l’ESS et les professionnels du 3ème recours, notamment les établissements de santé',
      'Décrire les outils numériques envisagés pour la coordination entre l’ESS et les professionnels du 3e recours, notamment les établissements de santé',
    ],
  },
  { path: 'indicateurs.complementaires', words: ['Indicateurs spécifiques proposés par l’ESS', 'Indicateurs complémentaires proposés par l’ESS'], list: true },
  { path: 'deploiement.calendrier_gouvernance', words: ['Calendrier prévisionnel de mise en place de la gouvernance'] },
  {
    path: 'deploiement.communication',
    words: [
      'Actions de communication prévues auprès des médecins généralistes et plus largement auprès des professionnels de santé du 1er recours, des établissements de santé et du 3ème recours',
    ],
  },
  {
    path: 'deploiement.augmentation_adherents',
    words: ['Actions prévues en vue d’augmenter le nombre de médecins adhérents de la spécialité concernée'],
  },
  { path: 'deploiement.cooperations', words: ['Actions prévues en vue de développer les coopérations avec les partenaires'] },
  { path: 'deploiement.autres_actions', words: ['Autres actions prévues'] },
];

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
