// The association that carries the ESS (statut, SIRET or préfecture date, représentant légal,
// siège) and the référent; each section shows its own review.
import { escapeControls } from '../../core/text.js';
import { schemaAt } from '../../dossier/schema-nav.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { ask, askGroup, groupAnswers, help, shown, title, type Ctx, type Section } from '../ask.js';
import { A_COMPLETER, type InitAnswers } from '../skeleton.js';
import { confirmTheme, selectTheme } from '../theme.js';
import * as v from '../validators.js';

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

export const statut: Section = {
  id: 'statut',
  titre: title('/statut_juridique'),
  async ask(ctx) {
    help(ctx, schemaAt('/statut_juridique')?.description);
    const etat = await ctx.p.select<'constituee' | 'en_creation'>({
      message: `${title('/statut_juridique/etat')} :`,
      choices: [
        { name: 'Association loi 1901 (déjà déclarée)', value: 'constituee', description: 'Le n° SIRET de l’association sera demandé.' },
        {
          name: 'Association en cours de création',
          value: 'en_creation',
          description: 'La date du dépôt de la demande auprès de la Préfecture sera demandée.',
        },
      ],
      default: getAnswer(ctx.answers, '/statut_juridique/etat') as 'constituee' | undefined,
      theme: selectTheme,
    });
    setAnswer(ctx.answers, '/statut_juridique/etat', etat);
    await ask(ctx, '/statut_juridique/nom_association');
    if (etat === 'constituee') {
      setAnswer(ctx.answers, '/statut_juridique/date_depot_prefecture', undefined);
      help(ctx, schemaAt('/statut_juridique/siret')?.description);
      const current = getAnswer(ctx.answers, '/statut_juridique/siret');
      const siret = await ctx.p.input({
        message: `${title('/statut_juridique/siret')} :`,
        default: typeof current === 'string' ? current : undefined,
        prefill: 'editable',
        validate: v.siret,
      });
      setAnswer(ctx.answers, '/statut_juridique/siret', v.digitsOnly(siret) || undefined);
    } else {
      setAnswer(ctx.answers, '/statut_juridique/siret', undefined);
      await ask(ctx, '/statut_juridique/date_depot_prefecture', 'date', { message: `${title('/statut_juridique/date_depot_prefecture')} (JJ/MM/AAAA)` });
    }
    ctx.io.out(`\n${title('/statut_juridique/representant_legal')}\n`);
    const before = contact(ctx.answers, REPRESENTANT);
    await askGroup(ctx, REPRESENTANT);
    await followRepresentant(ctx, before);
    ctx.io.out(`\n${title('/statut_juridique/siege')}\n`);
    help(ctx, schemaAt('/statut_juridique/siege')?.description);
    await askGroup(ctx, '/statut_juridique/siege');
  },
  review(answers) {
    const at = (pointer: string) => getAnswer(answers, pointer);
    const etat = at('/statut_juridique/etat');
    const lines = [
      `Statut : ${etat === 'constituee' ? 'association loi 1901 constituée' : etat === 'en_creation' ? 'association en cours de création' : A_COMPLETER}`,
      `Association : ${shown(at('/statut_juridique/nom_association'))}`,
    ];
    if (etat !== 'en_creation') lines.push(`SIRET : ${shown(at('/statut_juridique/siret'))}`);
    if (etat !== 'constituee') lines.push(`Dépôt en préfecture : ${shown(at('/statut_juridique/date_depot_prefecture'))}`);
    lines.push(`Représentant légal : ${person(answers, REPRESENTANT)}`);
    lines.push(`Siège : ${groupAnswers('/statut_juridique/siege').map(at).map(shown).join(', ')}`);
    return lines;
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

