import { MAX_ANSWER_CHARACTERS } from '../core/limits.js';
import { formatNumber } from '../core/text.js';
import { describePointer, toPointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './rule.js';

export const texteTropLong: Rule = {
  id: 'texte-trop-long',
  severity: 'error',
  stages: ['lettre', 'projet'],
  source: 'limite de ess : une réponse de la trame tient en quelques pages',
  description: `Aucune réponse ne dépasse ${formatNumber(MAX_ANSWER_CHARACTERS)} caractères (une quinzaine de pages) : au-delà, c’est presque toujours un collage accidentel, et le document ne serait pas lisible.`,
  check({ dossier }) {
    const reports: RuleReport[] = [];
    const visit = (value: unknown, path: Array<string | number>): void => {
      if (typeof value === 'string') {
        if (value.length > MAX_ANSWER_CHARACTERS) {
          reports.push({
            path: toPointer(path),
            message: `La réponse « ${describePointer(toPointer(path))} » compte ${formatNumber(value.length)} caractères ; une réponse en compte au plus ${formatNumber(MAX_ANSWER_CHARACTERS)} (une quinzaine de pages). Raccourcissez-la, ou joignez le document complet en annexe du dépôt`,
          });
        }
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    };
    visit(dossier, []);
    return reports;
  },
};
