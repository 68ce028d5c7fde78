import { MAX_ANSWER_CHARACTERS } from '../core/limits.js';
import { formatNumber } from '../core/text.js';
import { describePointer } from '../core/json-pointer.js';
import { eachString } from './values.js';
import type { Rule, RuleReport } from './rule.js';

export const texteTropLong: Rule = {
  id: 'texte-trop-long',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'limite de ess : une réponse de la trame tient en quelques pages',
  description: `Aucune réponse ne dépasse ${formatNumber(MAX_ANSWER_CHARACTERS)} caractères (une quinzaine de pages) : au-delà, c’est presque toujours un collage accidentel, et le document ne serait pas lisible.`,
  check({ dossier }) {
    const reports: RuleReport[] = [];
    eachString(dossier, (at, value) => {
      if (value.length <= MAX_ANSWER_CHARACTERS) return;
      reports.push({
        path: at,
        message: `La réponse « ${describePointer(at)} » compte ${formatNumber(value.length)} caractères ; une réponse en compte au plus ${formatNumber(MAX_ANSWER_CHARACTERS)} (une quinzaine de pages). Raccourcissez-la, ou joignez le document complet en annexe du dépôt`,
      });
    });
    return reports;
  },
};
