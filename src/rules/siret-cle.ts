import { siretValid } from '../core/checksums.js';
import type { Rule } from './rule.js';
import { answer } from './values.js';

export const siretCle: Rule = {
  id: 'siret-cle',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'format du numéro SIRET (14 chiffres, clé de Luhn ; exception de La Poste)',
  description: 'Le numéro SIRET de l’association a une clé de contrôle valide (Luhn sur les 14 chiffres ; pour La Poste, somme des chiffres multiple de 5).',
  check({ dossier }) {
    const siret = answer(dossier.statut_juridique?.siret);
    if (!siret || !/^[0-9]{14}$/.test(siret) || siretValid(siret)) return [];
    return [{
      path: '/statut_juridique/siret',
      message: `Le numéro SIRET ${siret} est invalide : sa clé de contrôle ne correspond pas. Recopiez-le depuis l’avis de situation au répertoire SIRENE (avis-situation-sirene.insee.fr) ou le récépissé de déclaration de l’association`,
    }];
  },
};
