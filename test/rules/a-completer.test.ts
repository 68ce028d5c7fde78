import { ruleTable, mutate, SAMPLE, LETTRE } from './table.js';

const DEROGATION_FREE = SAMPLE;
ruleTable('a-completer', {
  valid: [
    { name: 'complete sample', text: DEROGATION_FREE },
    { name: 'lettre sample at the lettre stage (projet answers still À COMPLÉTER)', text: LETTRE, stages: ['lettre'] },
    { name: 'optional answer left empty', text: mutate([['  autres: |\n    Le départ en retraite de 23 cardiologues est attendu d\'ici 2030.\n', '  autres: ""\n']]) },
    { name: 'missing SIRET is reported by statut-siret only', text: mutate([['  siret: "88432176500015"\n', '']]) },
    { name: 'empty coordination_parcours is reported by mission-socle only', text: mutate([[/  coordination_parcours: \|\n(    .*\n)+/, '  coordination_parcours: ""\n']]) },
    { name: 'no consultation avancée at all (optional mission)', text: mutate([[/  consultations_avancees:\n    lieux:\n[\s\S]*?(?=  fonctionnement:)/, '']]) },
  ],
  invalid: [
    {
      name: 'placeholder left in the referent’s name',
      text: mutate([['  nom: Lacoste', '  nom: À COMPLÉTER']]),
      path: '/referent/nom',
      line: 'nom: À COMPLÉTER',
      severity: { lettre: 'warning', projet: 'error' },
      message: ['« NOM » (referent › nom) vaut encore « À COMPLÉTER »', 'remplacez-le'],
    },
    {
      name: 'answer of the projet missing: reported at its parent, projet only',
      text: mutate([[/  etat_sante: \|\n(    .*\n)+/, '']]),
      path: '/diagnostic/etat_sante',
      line: 'diagnostic:',
      severity: { lettre: null, projet: 'error' },
      message: ['« Etat de santé de la population et besoins » (diagnostic › etat_sante) manque', 'requise pour le projet de santé'],
    },
    {
      name: 'whitespace-only answer is empty, at both stages',
      text: mutate([['  nom: ESS Cardiologie Côte Basque et Sud Landes', '  nom: "   "']]),
      path: '/ess/nom',
      line: 'nom: "   "',
      severity: { lettre: 'warning', projet: 'error' },
      message: ['est vide', 'cette réponse est requise'],
    },
    {
      name: 'a whole section missing is one finding listing its answers',
      text: mutate([[/referent:\n(  .*\n)+/, '']]),
      path: '/referent',
      line: 1,
      severity: { lettre: 'warning', projet: 'error' },
      message: ['« Contact du référent de l\'ESS » (referent) manque', 'nom, prenom, profession, courriel, telephone'],
    },
    {
      name: 'a partner without its cooperation, reported at the partner',
      text: mutate([['    cooperation: Adressage prioritaire des patients insuffisants cardiaques.\n', '']]),
      path: '/partenaires/1/cooperation',
      line: '- nom: Centre de santé de Mauléon',
      severity: { lettre: 'warning', projet: 'error' },
      message: ['partenaires › n° 2 › cooperation'],
    },
    {
      name: 'placeholder in an optional answer: projet only, may be removed',
      text: mutate([['  autres_actions: ""', '  autres_actions: À COMPLÉTER']]),
      path: '/deploiement/autres_actions',
      line: 'autres_actions: À COMPLÉTER',
      severity: { lettre: null, projet: 'error' },
      message: ['retirez la ligne (réponse facultative)'],
    },
    {
      name: 'consultations avancées listed without their modalités d’adressage',
      text: mutate([[/    modalites_adressage: \|\n(      .*\n)+/, '']]),
      path: '/missions/consultations_avancees/modalites_adressage',
      line: '  consultations_avancees:',
      severity: { lettre: null, projet: 'error' },
    },
    {
      name: 'placeholder RPPS (reported here, not by rpps-cle)',
      text: mutate([['rpps: "10082003723"', 'rpps: "À COMPLÉTER"']]),
      path: '/adherents/6/rpps',
      line: 'rpps: "À COMPLÉTER"',
      severity: { lettre: 'warning', projet: 'error' },
    },
  ],
});
