// The partners of the project (§4): a list typed one partner at a time, with its review.
import { schemaAt } from '../../dossier/schema-nav.js';
import { formalisationById, formalisations, rubriquesPartenaires, typePartenaireById, typesPartenaires } from '../../referentiels/index.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { help, shown, title, type Section } from '../ask.js';
import { A_COMPLETER } from '../skeleton.js';
import { confirmTheme, selectTheme } from '../theme.js';
import * as v from '../validators.js';

export const partenaires: Section = {
  id: 'partenaires',
  titre: title('/partenaires'),
  async ask(ctx) {
    help(ctx, schemaAt('/partenaires')?.description);
    let list = [...((getAnswer(ctx.answers, '/partenaires') as Array<Record<string, string>> | undefined) ?? [])];
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
    const rubrique = new Map(rubriquesPartenaires.map((r) => [r.id, r.titre]));
    for (;;) {
      const more = await ctx.p.confirm({
        message: list.length === 0 ? 'Ajouter un partenaire du projet ?' : 'Ajouter un autre partenaire ?',
        default: list.length === 0,
        theme: confirmTheme,
      });
      if (!more) break;
      const partner: Record<string, string> = {};
      const nom = await ctx.p.input({ message: `${title('/partenaires/0/nom')} :`, validate: v.required });
      partner.nom = nom.trim();
      partner.type = await ctx.p.select<string>({
        message: `${title('/partenaires/0/type')} :`,
        choices: typesPartenaires.map((t) => ({ name: t.libelle, value: t.id, description: rubrique.get(t.rubrique) })),
        pageSize: 9,
        theme: selectTheme,
      });
      help(ctx, schemaAt('/partenaires/0/cooperation')?.description);
      const cooperation = await ctx.p.input({ message: `${title('/partenaires/0/cooperation')} (vide : « ${A_COMPLETER} ») :` });
      if (cooperation.trim()) partner.cooperation = cooperation.trim();
      partner.formalisation = await ctx.p.select<string>({
        message: `${title('/partenaires/0/formalisation')} :`,
        choices: formalisations.map((f) => ({ name: f.libelle, value: f.id })),
        theme: selectTheme,
      });
      list.push(partner);
      // Kept at once: an interruption keeps the partners typed so far in the draft.
      setAnswer(ctx.answers, '/partenaires', [...list]);
    }
    setAnswer(ctx.answers, '/partenaires', list.length > 0 ? list : undefined);
  },
  review(answers) {
    const at = (pointer: string) => getAnswer(answers, pointer);
    const list = (at('/partenaires') as Array<Record<string, string>> | undefined) ?? [];
    if (list.length === 0) return [`Aucun partenaire saisi (${A_COMPLETER})`];
    return list.map(
      (p) =>
        `${p.nom} — ${typePartenaireById.get(p.type ?? '')?.libelle ?? shown(p.type)} — ${formalisationById.get(p.formalisation ?? '')?.libelle ?? shown(p.formalisation)}`,
    );
  },
};

