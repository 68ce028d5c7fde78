import type { Stage } from '../core/findings.js';
import { describePointer, escapeSegment, fromPointer, parentPointer } from '../core/json-pointer.js';
import { schemaAt } from '../dossier/schema-nav.js';
import type { Rule, RuleReport } from './rule.js';
import type { Dossier } from '../generated/dossier.js';
import { bindYear, isYearly, questions } from '../trame/index.js';
import { NOT_ASKED } from '../trame/conditions.js';
import { LETTRE_SCOPE, OPTIONAL, RAPPORT_SCOPE, REQUIRED, underPattern } from './required.js';
import { eachString, isEmpty, isPlaceholder, valueAt } from './values.js';

/** Why the question at a pointer is not asked of this dossier, when its condition plainly fails. */
function notAskedWhy(dossier: Dossier, pointer: string): string | undefined {
  const depth = pointer.split('/').length;
  const q = questions.find((x) => x.when && x.pointer.split('/').length === depth && underPattern(pointer, x.pointer));
  const rule = q?.when ? NOT_ASKED[q.when] : undefined;
  return rule?.now(dossier) ? rule.why : undefined;
}

const STAGE_TEXT: Record<Stage, string> = { lettre: 'la lettre d’intention', projet: 'le projet de santé', rapport: 'le rapport d’activité' };

/** The stage in a sentence: « le rapport d’activité 2027 » names its year. */
const stageText = (stage: Stage, annee?: string): string => (stage === 'rapport' && annee ? `${STAGE_TEXT.rapport} ${annee}` : STAGE_TEXT[stage]);

/** Where a placeholder stands for a stage: `in` the stage's answers, `out` of them (a warning), or `ignored` (another year's report, or a report at the projet's stages). */
export function placeholderScope(pointer: string, stage: Stage, annee: string | undefined): 'in' | 'out' | 'ignored' {
  const year = /^\/activite(?:\/([^/]*))?/.exec(pointer);
  if (year) return stage === 'rapport' && year[1] === annee ? 'in' : 'ignored';
  if (stage === 'lettre') return LETTRE_SCOPE.some((scope) => underPattern(pointer, scope)) ? 'in' : 'out';
  if (stage === 'rapport') return RAPPORT_SCOPE.some((scope) => underPattern(pointer, scope)) ? 'in' : 'out';
  return 'in';
}

/** The French label of an answer: its title in the schema, else its key. */
function label(pointer: string): string {
  // schemaAt reads a list index or a year as such: the concrete pointer is enough.
  const title = schemaAt(pointer)?.title;
  return title ?? fromPointer(pointer).pop() ?? pointer;
}


/**
 * Every concrete answer of a pattern with its value, `*` standing for each item of a list present
 * in the data. One walk down the data, no pointer parsing: linear in the number of items.
 */
function expand(data: unknown, pattern: string): Array<{ pointer: string; value: unknown }> {
  let current: Array<{ pointer: string; value: unknown }> = [{ pointer: '', value: data }];
  for (const seg of fromPointer(pattern)) {
    const next: typeof current = [];
    for (const { pointer, value } of current) {
      if (seg === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ pointer: `${pointer}/${i}`, value: item }));
      } else {
        // A missing section still yields its answers, so that they are reported (grouped).
        const child = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
        next.push({ pointer: `${pointer}/${escapeSegment(seg)}`, value: child });
      }
    }
    current = next;
  }
  return current;
}

/** The highest missing ancestor of a missing answer (below the root): a whole missing section is one finding. */
function missingRoot(data: unknown, pointer: string): string {
  let top = pointer;
  for (let p = parentPointer(pointer); p !== ''; p = parentPointer(p)) {
    const v = valueAt(data, p);
    if (v !== undefined && v !== null) break;
    top = p;
  }
  return top;
}

function placeholders(data: unknown, visit: (pointer: string) => void): void {
  eachString(data, (at, value) => {
    if (isPlaceholder(value)) visit(at);
  });
}

export const aCompleter: Rule = {
  id: 'a-completer',
  severity: { lettre: 'error', projet: 'error', rapport: 'error' },
  source: 'trame type du projet de santé ; cahier des charges, §VI.B',
  description: 'Aucune réponse ne contient encore « à compléter » (quelle qu’en soit la casse ou les accents, seul ou suivi d’autres mots), et chaque réponse requise à l’étape est présente et non vide ; à l’étape lettre, c’est une erreur pour une réponse que la lettre d’intention imprime, un avertissement pour les autres ; à l’étape rapport, ce sont les réponses de l’année (activite.AAAA : indicateurs nationaux, médecins actifs, état de chaque mission), et une année sans sa partie est une erreur.',
  check({ dossier, stage, annee }) {
    const reports: RuleReport[] = [];
    const forStage = stageText(stage, annee);
    // At the lettre stage, only what the lettre prints is an error; the rest is due for the projet.
    // At the rapport stage, the year's answers are errors, the projet's a warning, other years ignored.
    const printed = (pointer: string) => placeholderScope(pointer, stage, annee) === 'in';
    placeholders(dossier, (pointer) => {
      if (placeholderScope(pointer, stage, annee) === 'ignored') return;
      const due = printed(pointer) ? forStage : STAGE_TEXT.projet;
      const optional = OPTIONAL.some((o) => underPattern(pointer, o));
      const notAsked = notAskedWhy(dossier, pointer);
      reports.push({
        path: pointer,
        severity: printed(pointer) ? 'error' : 'warning',
        message: notAsked
          ? `« ${label(pointer)} » (${describePointer(pointer)}) contient encore « à compléter », mais cette réponse n’est pas demandée : ${notAsked}. Retirez la ligne, avant de déposer ${due}`
          : `« ${label(pointer)} » (${describePointer(pointer)}) contient encore « à compléter » : remplacez-le par votre réponse${optional ? ', ou retirez la ligne (réponse facultative)' : ''}, avant de déposer ${due}`,
      });
    });
    // A missing answer is as severe as its question says for the stage (the trame's definition).
    const sections = new Map<string, { pointers: string[]; severity: RuleReport['severity'] }>();
    // A year without its section is one finding at /activite (eligibility-rules.md), not one per answer.
    const yearMissing = stage === 'rapport' && (annee === undefined || valueAt(dossier, `/activite/${annee}`) == null);
    if (yearMissing && annee !== undefined) {
      reports.push({
        path: '/activite',
        severity: 'error',
        message: `Le dossier n’a pas de rapport d’activité pour ${annee} : ajoutez la partie activite: "${annee}": avec le nombre de médecins actifs (medecins_actifs), les indicateurs nationaux (indicateurs) et l’état de chaque mission (missions)`,
      });
    }
    for (const requirement of REQUIRED) {
      if (!requirement.stages.includes(stage) || (requirement.when && !requirement.when(dossier, annee))) continue;
      if (isYearly(requirement.pointer) && yearMissing) continue;
      const missing = requirement.isMissing ?? isEmpty;
      const due = requirement.severity[stage] ?? 'error';
      for (const { pointer, value } of expand(dossier, annee ? bindYear(requirement.pointer, annee) : requirement.pointer)) {
        if (!missing(value)) continue;
        const root = missingRoot(dossier, pointer);
        if (root === pointer) {
          const what = value === undefined || value === null ? 'manque' : 'est vide';
          reports.push({ path: pointer, severity: due, message: `« ${label(pointer)} » (${describePointer(pointer)}) ${what} : cette réponse est requise pour ${forStage}. Complétez-la dans le fichier` });
        } else {
          const section = sections.get(root) ?? { pointers: [], severity: 'warning' };
          section.pointers.push(pointer);
          if (due === 'error') section.severity = 'error';
          sections.set(root, section);
        }
      }
    }
    for (const [root, { pointers, severity: sectionSeverity }] of sections) {
      const fields = pointers.map((p) => describePointer(p.slice(root.length)));
      // A section that holds one required answer is reported at that answer, where a tool looks for it.
      reports.push({
        path: pointers.length === 1 ? pointers[0]! : root,
        severity: sectionSeverity,
        message: `La partie « ${label(root)} » (${describePointer(root)}) manque : elle est requise pour ${forStage}. Ajoutez-la avec ${fields.length > 1 ? 'ses réponses' : 'sa réponse'} ${fields.join(', ')}`,
      });
    }
    return reports;
  },
};
