import { questions, questionsWithRole, type Question } from '../trame/index.js';
import type { Rule, RuleReport } from './rule.js';
import { isEmpty, valueAt } from './values.js';

// The activities of the mission socle are the questions of role 'mission-socle' in the trame's
// definition: adding one there makes it checked here. A group (the appui d'expertise,
// « sous la forme de consultation ou téléexpertise ») is described when one of its answers is.
const SOCLE = questionsWithRole('mission-socle');

function absent(dossier: unknown, q: Question): boolean {
  const value = valueAt(dossier, q.pointer);
  if (q.kind !== 'groupe') return isEmpty(value);
  return questions.filter((c) => c.pointer.startsWith(`${q.pointer}/`)).every((c) => isEmpty(valueAt(dossier, c.pointer)));
}

export const missionSocle: Rule = {
  id: 'mission-socle',
  severity: { lettre: 'warning', projet: 'error', rapport: 'error' },
  source: 'cahier des charges, §II « Missions »',
  description: 'Les deux activités obligatoires de la mission socle sont décrites : la coordination des parcours et l’appui d’expertise, « sous la forme de consultation ou téléexpertise » (l’une des deux suffit).',
  check({ dossier }) {
    // A placeholder is the a-completer rule's business: only a true absence is reported here.
    const reports: RuleReport[] = [];
    for (const q of SOCLE) {
      if (absent(dossier, q)) reports.push({ path: q.pointer, message: q.missing ?? `La mission socle « ${q.label} » n’est pas décrite : elle est obligatoire pour le financement` });
    }
    return reports;
  },
};
