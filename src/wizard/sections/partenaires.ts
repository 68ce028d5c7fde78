// The partners of the project (§4): a list typed one partner at a time, with its review. Each
// partner's answers are the item's questions that a stage requires, in the trame's order (the
// definition of `partenaires/*`): a short text that cannot stay empty (`ask.check: non_vide`), a
// long text that may be written later, a choice among the schema's values.
import { schemaAt } from '../../dossier/schema-nav.js';
import { rubriquesPartenaires, typePartenaireById } from '../../referentiels/index.js';
import { questions, type Question } from '../../trame/index.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { checkOf, help, shown, title, type Ctx, type Section } from '../ask.js';
import { A_COMPLETER } from '../skeleton.js';
import { confirmTheme, selectTheme } from '../theme.js';
import * as v from '../validators.js';

const LIST = '/partenaires';

/** The answers asked for each partner. */
const fields = questions.filter((q) => q.pointer.startsWith(`${LIST}/*/`) && Object.keys(q.required).length > 0);
const keyOf = (q: Question): string => q.pointer.slice(`${LIST}/*/`.length);

const rubrique = new Map(rubriquesPartenaires.map((r) => [r.id, r.titre]));

/** One answer of a partner: '' when left for later (for the first, the name: no partner after all). */
async function askField(ctx: Ctx, q: Question, first: boolean): Promise<string> {
  if (q.kind === 'choix') {
    const choices = q.choices ?? [];
    return ctx.p.select<string>({
      message: `${q.label} :`,
      // A type of structure is shown with its heading of the trame (premier recours, coordination…).
      choices: choices.map((c) => ({ name: c.label, value: c.id, description: rubrique.get(typePartenaireById.get(c.id)?.rubrique ?? '') })),
      pageSize: Math.max(choices.length, 7),
      theme: selectTheme,
    });
  }
  // An empty name leaves the list: Entrée is how `completer` says « plus tard », and the default
  // « Oui » above must not trap the user in a required answer with Ctrl-C as the only way out.
  if (checkOf(q) === 'non_vide' && first) return (await ctx.p.input({ message: `${q.label} (vide : aucun partenaire de plus) :` })).trim();
  if (checkOf(q) === 'non_vide') return (await ctx.p.input({ message: `${q.label} :`, validate: v.required })).trim();
  help(ctx, q.help);
  return (await ctx.p.input({ message: `${q.label} (vide : « ${A_COMPLETER} ») :` })).trim();
}

export const partenaires: Section = {
  id: 'partenaires',
  titre: title(LIST),
  async ask(ctx) {
    help(ctx, schemaAt(LIST)?.description);
    let list = [...((getAnswer(ctx.answers, LIST) as Array<Record<string, string>> | undefined) ?? [])];
    if (list.length > 0) {
      const keep = await ctx.p.select({
        message: `${list.length} partenaire(s) déjà saisi(s) :`,
        choices: [
          { name: 'Les garder et en ajouter', value: 'garder' },
          { name: 'Recommencer la liste', value: 'recommencer' },
        ],
        theme: selectTheme,
      });
      if (keep === 'recommencer') list = [];
    }
    for (;;) {
      const more = await ctx.p.confirm({
        message: list.length === 0 ? 'Ajouter un partenaire du projet ?' : 'Ajouter un autre partenaire ?',
        default: list.length === 0,
        theme: confirmTheme,
      });
      if (!more) break;
      const partner: Record<string, string> = {};
      for (const [i, q] of fields.entries()) {
        const value = await askField(ctx, q, i === 0);
        if (i === 0 && value === '') break;
        if (value !== '') partner[keyOf(q)] = value;
      }
      if (Object.keys(partner).length === 0) break;
      list.push(partner);
      // Kept at once: an interruption keeps the partners typed so far in the draft.
      setAnswer(ctx.answers, LIST, [...list]);
    }
    setAnswer(ctx.answers, LIST, list.length > 0 ? list : undefined);
  },
  review(answers) {
    const list = (getAnswer(answers, LIST) as Array<Record<string, string>> | undefined) ?? [];
    if (list.length === 0) return [`Aucun partenaire saisi (${A_COMPLETER})`];
    // A partner on one line: its short answers, each choice in its words (the long ones are in the file).
    const shortFields = fields.filter((q) => q.kind !== 'texte-long');
    return list.map((p) =>
      shortFields
        .map((q, i) => {
          const value = p[keyOf(q)];
          const words = q.choices?.find((c) => c.id === value)?.label;
          return i === 0 ? String(value) : (words ?? shown(value));
        })
        .join(' — '),
    );
  },
};
