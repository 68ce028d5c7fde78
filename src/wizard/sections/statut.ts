// The association that carries the ESS (statut, SIRET or préfecture date, représentant légal,
// siège) and the référent; each section shows its own review.
import { escapeControls } from '../../core/text.js';
import { schemaAt } from '../../dossier/schema-nav.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { askGroup, askQuestion, groupAnswers, help, reviewLine, sectionQuestions, shown, title, type Ctx, type Section } from '../ask.js';
import { A_COMPLETER, type InitAnswers } from '../skeleton.js';
import { confirmTheme, selectTheme } from '../theme.js';
import type { Dossier } from '../../generated/dossier.js';
import { condition, NOT_ASKED } from '../../trame/conditions.js';
import type { Question } from '../../trame/index.js';

/** A person on one line of the review: name, then the person's other answers (role, courriel, téléphone) in the trame's order. */
function person(answers: InitAnswers, pointer: string): string {
  const at = (key: string) => getAnswer(answers, `${pointer}/${key}`);
  const name = [at('prenom'), at('nom')].filter(Boolean).join(' ');
  const others = groupAnswers(pointer)
    .filter((p) => p !== `${pointer}/nom` && p !== `${pointer}/prenom`)
    .map((p) => getAnswer(answers, p));
  if (!name && others.every((x) => !x)) return A_COMPLETER;
  return [name || A_COMPLETER, ...others].filter(Boolean).join(', ');
}

const REPRESENTANT = '/statut_juridique/representant_legal';
/** What the référent takes from the représentant légal when they are the same person. */
const SHARED = ['nom', 'prenom', 'courriel', 'telephone'] as const;

function contact(answers: InitAnswers, pointer: string): Record<string, unknown> {
  return Object.fromEntries(SHARED.map((key) => [key, getAnswer(answers, `${pointer}/${key}`)]));
}

/**
 * « Le référent est le représentant légal » stays true when the représentant is corrected (at the
 * review, or in a resumed draft): a référent who was the représentant as he stood follows his new
 * values. A corrected courriel or téléphone follows silently; another name may be another person
 * (a new président), so the user is asked. A référent typed as someone else is left as he is.
 */
async function followRepresentant(ctx: Ctx, before: Record<string, unknown>): Promise<void> {
  if (!before.nom) return;
  const referent = contact(ctx.answers, '/referent');
  if (!SHARED.every((key) => referent[key] === before[key])) return;
  const after = contact(ctx.answers, REPRESENTANT);
  if (SHARED.every((key) => after[key] === before[key])) return;
  const name = (c: Record<string, unknown>) => escapeControls([c.prenom, c.nom].filter(Boolean).join(' ') || A_COMPLETER, true);
  if (after.nom !== before.nom || after.prenom !== before.prenom) {
    const follow = await ctx.p.confirm({
      message: `Le référent était ${name(before)}, le représentant légal : le référent est-il maintenant ${name(after)} ?`,
      default: true,
      theme: confirmTheme,
    });
    if (!follow) return;
  }
  for (const key of SHARED) setAnswer(ctx.answers, `/referent/${key}`, after[key]);
  ctx.io.out(`Le référent, qui est le représentant légal, est mis à jour : ${name(after)}.\n`);
}

/** The statut's questions (`x-ess.ask.section: statut`), in the trame's order. */
const asked = sectionQuestions('statut');

/** The wizard's own words for each value of the statut's choice (the schema's `enumDescriptions` are the file's). */
const STATUTS: Record<string, { name: string; description: string; review: string }> = {
  constituee: { name: 'Association loi 1901 (déjà déclarée)', description: 'Le n° SIRET de l’association sera demandé.', review: 'association loi 1901 constituée' },
  en_creation: {
    name: 'Association en cours de création',
    description: 'La date du dépôt de la demande auprès de la Préfecture sera demandée.',
    review: 'association en cours de création',
  },
};

/** A question under a true condition (`x-ess.when`) is asked only when it holds: the statut chosen decides between the SIRET and the préfecture date. */
const holds = (answers: InitAnswers, q: Question): boolean => !q.when || condition(q.when)(answers as Dossier);
/** At the review, it is shown unless its condition is plainly false (a statut not chosen yet shows both). */
const reviewed = (answers: InitAnswers, q: Question): boolean => !q.when || !NOT_ASKED[q.when]?.now(answers as Dossier);

async function askStatut(ctx: Ctx, q: Question): Promise<void> {
  const etat = await ctx.p.select<string>({
    message: `${q.label} :`,
    choices: (q.choices ?? []).map((c) => ({ name: STATUTS[c.id]?.name ?? c.label, value: c.id, description: STATUTS[c.id]?.description })),
    default: getAnswer(ctx.answers, q.pointer) as string | undefined,
    theme: selectTheme,
  });
  setAnswer(ctx.answers, q.pointer, etat);
}

export const statut: Section = {
  id: 'statut',
  titre: title('/statut_juridique'),
  async ask(ctx) {
    help(ctx, schemaAt('/statut_juridique')?.description);
    for (const q of asked) {
      if (q.kind === 'choix') await askStatut(ctx, q);
      else if (!holds(ctx.answers, q)) setAnswer(ctx.answers, q.pointer, undefined);
      else if (q.kind === 'personne') {
        ctx.io.out(`\n${q.label}\n`);
        const before = contact(ctx.answers, q.pointer);
        await askGroup(ctx, q.pointer);
        await followRepresentant(ctx, before);
      } else if (q.kind === 'groupe') {
        ctx.io.out(`\n${q.label}\n`);
        help(ctx, q.help);
        await askGroup(ctx, q.pointer);
      } else await askQuestion(ctx, q);
    }
  },
  review(answers) {
    return asked
      .filter((q) => reviewed(answers, q))
      .map((q) => {
        if (q.kind === 'choix') return reviewLine(answers, q, STATUTS[String(getAnswer(answers, q.pointer))]?.review ?? A_COMPLETER);
        if (q.kind === 'personne') return reviewLine(answers, q, person(answers, q.pointer));
        if (q.kind === 'groupe') return reviewLine(answers, q, groupAnswers(q.pointer).map((p) => shown(getAnswer(answers, p))).join(', '));
        return reviewLine(answers, q);
      });
  },
};

export const referent: Section = {
  id: 'referent',
  titre: title('/referent'),
  async ask(ctx) {
    help(ctx, schemaAt('/referent')?.description);
    const rl = getAnswer(ctx.answers, '/statut_juridique/representant_legal') as Record<string, string> | undefined;
    if (rl?.nom) {
      const same = await ctx.p.confirm({
        message: `Le référent est-il ${escapeControls([rl.prenom, rl.nom].filter(Boolean).join(' '), true)}, le représentant légal ?`,
        // Asked again (review, draft): the answer given before.
        default: SHARED.every((key) => getAnswer(ctx.answers, `/referent/${key}`) === rl[key]),
        theme: confirmTheme,
      });
      if (same) {
        for (const key of SHARED) setAnswer(ctx.answers, `/referent/${key}`, rl[key]);
        await askGroup(ctx, '/referent', SHARED);
        return;
      }
    }
    await askGroup(ctx, '/referent');
  },
  review(answers) {
    return [`Référent : ${person(answers, '/referent')}`];
  },
};

