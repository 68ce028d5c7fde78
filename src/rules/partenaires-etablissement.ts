import type { Rule } from './rule.js';
import { partnerTypes } from './partenaires.js';

export const partenairesEtablissement: Rule = {
  id: 'partenaires-etablissement',
  severity: { lettre: 'warning', projet: 'warning' },
  source: 'cahier des charges, §VI.A « intégration des professionnels hospitaliers »',
  description: 'Au moins un établissement de santé parmi les partenaires (articulation avec les professionnels hospitaliers).',
  check({ dossier }) {
    const types = partnerTypes(dossier);
    if (!types || types.has('etablissement_sante')) return [];
    return [{
      path: '/partenaires',
      message: 'Aucun établissement de santé parmi les partenaires : le cahier des charges demande une articulation avec les professionnels hospitaliers. Ajoutez le centre hospitalier ou la clinique du territoire (type : etablissement_sante)',
    }];
  },
};
