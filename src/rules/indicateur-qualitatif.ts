import type { Rule } from './rule.js';
import { isAnswered, isPlaceholder } from './values.js';

export const indicateurQualitatif: Rule = {
  id: 'indicateur-qualitatif',
  severity: { lettre: 'info', projet: 'error', rapport: 'error' },
  source: 'cahier des charges, §VI.E « lors de l’élaboration de la lettre d’intention ou au plus tard dans le projet de santé »',
  description: 'L’ESS définit au moins un indicateur qualitatif (dès la lettre d’intention ou au plus tard dans le projet de santé).',
  check({ dossier }) {
    const items = dossier.indicateurs?.qualitatifs ?? [];
    // A placeholder item is reported by a-completer.
    if (items.some((i) => isAnswered(i) || isPlaceholder(i))) return [];
    return [{
      path: '/indicateurs/qualitatifs',
      message: 'Aucun indicateur qualitatif : l’ESS doit en définir au moins un, au plus tard dans le projet de santé, pour évaluer son apport à l’accès aux soins et aux parcours. Ajoutez-le dans indicateurs.qualitatifs (par exemple : « Satisfaction des médecins traitants sur le délai des avis »)',
    }];
  },
};
