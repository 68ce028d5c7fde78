import type { Rule } from './rule.js';
import { partnerTypes } from './partenaires.js';

/** Partners of the 1er recours or CPTS (rule table of eligibility-rules.md). */
const FIRST_LINE = ['msp', 'cds', 'esp', 'cpts'];

export const partenairesPremierRecours: Rule = {
  id: 'partenaires-premier-recours',
  severity: { lettre: 'warning', projet: 'warning' },
  source: 'cahier des charges, §III et §VI.A « articulation avec les structures existantes »',
  description: 'Au moins un partenaire du 1er recours ou une CPTS (type msp, cds, esp ou cpts).',
  check({ dossier }) {
    const types = partnerTypes(dossier);
    if (!types || FIRST_LINE.some((t) => types.has(t))) return [];
    return [{
      path: '/partenaires',
      message: 'Aucun partenaire du 1er recours ni aucune CPTS : l’ESS doit coopérer avec les acteurs du premier recours, notamment les médecins traitants. Ajoutez une MSP, un centre de santé, une équipe de soins primaires ou une CPTS du territoire (type : msp, cds, esp ou cpts)',
    }];
  },
};
