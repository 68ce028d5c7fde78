// A section of long free-text answers, built from the trame's definition: the questions whose
// `x-ess.ask.section` names it, in the trame's order. Offered to be skipped: they stay
// « À COMPLÉTER », to write later. Adding such a question to the trame adds it here.
import { confirmTheme } from '../theme.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { ask, askLong, description, help, title, unanswered, type Ctx, type Section } from '../ask.js';
import { A_COMPLETER, initOf } from '../skeleton.js';
import { questions, type Question } from '../../trame/index.js';

interface TextQuestion {
  pointer: string;
  kind: Question['kind'];
  /** May stay empty: written "" rather than « À COMPLÉTER ». */
  optional: boolean;
  /** The group it belongs to (e.g. a mission of the plan de déploiement), named in its prompt. */
  group?: Question;
}

/** The answers a section asks: its questions, a group standing for the answers below it. */
function textQuestions(id: string): TextQuestion[] {
  const own = questions.filter((q) => q.ask?.section === id);
  const leaves = questions.filter((q) => own.some((o) => q === o || ((o.kind === 'groupe' || o.kind === 'personne') && q.pointer.startsWith(`${o.pointer}/`))));
  return leaves
    .filter((q) => q.kind !== 'groupe' && q.kind !== 'personne')
    .map((q) => ({
      pointer: q.pointer,
      kind: q.kind,
      optional: initOf(q) === 'vide',
      group: own.find((o) => o.kind === 'groupe' && q.pointer.startsWith(`${o.pointer}/`)),
    }));
}

/**
 * The prompt of an answer inside a group names the group: the plan de déploiement asks « Travaux
 * envisagés » once per mission. The missions of that table that are not optional are the trame's
 * missions socles (§5.1), and are said so.
 */
function groupMessage(q: TextQuestion): string | undefined {
  if (!q.group) return undefined;
  const socle = q.group.pointer.startsWith('/deploiement/missions/') && !q.group.optional ? ' (mission socle)' : '';
  return `${title(q.pointer)} — ${title(q.group.pointer)}${socle}`;
}

async function askOne(ctx: Ctx, q: TextQuestion): Promise<void> {
  const message = groupMessage(q);
  if (q.kind === 'date') return ask(ctx, q.pointer, 'date', { optional: q.optional, message });
  if (q.kind === 'texte-long') return askLong(ctx, q.pointer, { optional: q.optional, message });
  if (q.kind !== 'liste') return ask(ctx, q.pointer, 'text', { optional: q.optional, message });
  // A list answered here with its first entry; more can be added in the file.
  const list = (getAnswer(ctx.answers, q.pointer) as string[] | undefined) ?? [];
  help(ctx, description(q.pointer));
  const answer = await ctx.p.input({ message: `${title(q.pointer)} :`, default: list[0], prefill: 'editable' });
  setAnswer(ctx.answers, q.pointer, answer.trim() ? [answer.trim(), ...list.slice(1)] : list.length > 1 ? list.slice(1) : undefined);
}

export function textSection(id: string): Section {
  const asked = textQuestions(id);
  const top = `/${asked[0]!.pointer.split('/')[1]}`;
  const titre = title(top);
  const texts = asked.filter((q) => !q.optional).map((q) => (q.kind === 'liste' ? `${q.pointer}/0` : q.pointer));
  return {
    id,
    titre,
    async ask(ctx) {
      help(ctx, description(top));
      const one = asked.length === 1;
      const now = await ctx.p.confirm({
        message:
          `Répondre maintenant ${one ? 'à la question' : `aux ${asked.length} questions`} de « ${titre} » ? ` +
          `(sinon ${one ? 'elle reste' : 'elles restent'} « ${A_COMPLETER} » dans le fichier, à rédiger plus tard)`,
        default: false,
        theme: confirmTheme,
      });
      if (!now) return;
      let group: Question | undefined;
      for (const q of asked) {
        // A group's own help (which mission) comes once, above its first answer.
        if (q.group && q.group !== group) help(ctx, description(q.group.pointer));
        group = q.group;
        await askOne(ctx, q);
      }
    },
    review(answers) {
      const left = unanswered(answers, texts);
      return [left === 0 ? 'Toutes les réponses sont données.' : `${left} réponse(s) sur ${texts.length} à rédiger plus tard (« ${A_COMPLETER} »).`];
    },
  };
}
