// The first sections of the trame: the ESS (name, specialty, date) and its territory (départements,
// médecins of the specialty, the dérogation below 10). Each section shows its own review.
import { computeThresholds, countAdherents, notCountedText, plural } from '../../facts/index.js';
import { schemaAt } from '../../dossier/schema-nav.js';
import type { Dossier } from '../../generated/dossier.js';
import { departementByCode, departements, specialiteById } from '../../referentiels/index.js';
import { searchSpecialites } from '../../referentiels/specialites.js';
import { questions, questionWithRole, type Question } from '../../trame/index.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { ask, askQuestion, help, reviewLine, sectionQuestions, shown, title, type Ctx, type Section } from '../ask.js';
import { A_COMPLETER } from '../skeleton.js';
import { checkboxTheme, confirmTheme, searchTheme } from '../theme.js';
import * as v from '../validators.js';

/** The questions of the ESS itself (`x-ess.ask.section: identification`), in the trame's order. */
const asked = sectionQuestions('identification');

/** The answers the territory's dialogue asks in its own way (found by their role, not their key). */
const DEPARTEMENTS = questionWithRole('territoire-departements');
const MEDECINS = questionWithRole('territoire-medecins');

/** A choice among the specialties (some fifty): searched by typing, as `completer` does. */
const isSpecialty = (q: Question): boolean => q.kind === 'choix' && (q.choices?.length ?? 0) > 0 && q.choices!.every((c) => specialiteById.has(c.id));

async function askSpecialty(ctx: Ctx, q: Question): Promise<void> {
  help(ctx, q.help);
  const current = getAnswer(ctx.answers, q.pointer) as string | undefined;
  const specialite = await ctx.p.search<string>({
    message: `${q.label} (tapez pour filtrer) :`,
    // ~50 specialties: typed words (label, id, usual name such as « cardiologue » or « ORL »)
    // bring the one meant to the top, before those that merely contain them.
    source: (term) =>
      searchSpecialites(term ?? '').map((s) => ({ name: s.libelle, value: s.id, description: s.eligible ? undefined : `Impossible : ${s.motif ?? ''}.` })),
    pageSize: 10,
    validate: v.specialite,
    default: current,
    theme: searchTheme,
  });
  setAnswer(ctx.answers, q.pointer, specialite);
}

export const identification: Section = {
  id: 'identification',
  titre: title('/ess'),
  async ask(ctx) {
    for (const q of asked) await (isSpecialty(q) ? askSpecialty(ctx, q) : askQuestion(ctx, q));
  },
  review(answers) {
    return asked.map((q) => reviewLine(answers, q));
  },
};

export const territoire: Section = {
  id: 'territoire',
  titre: title('/territoire'),
  async ask(ctx) {
    const node = schemaAt(DEPARTEMENTS.pointer);
    help(ctx, schemaAt('/territoire')?.description);
    const current = (getAnswer(ctx.answers, DEPARTEMENTS.pointer) as string[] | undefined) ?? [];
    const codes = await ctx.p.checkbox<string>({
      message: `${node?.title} :`,
      choices: departements.map((d) => ({ name: `${d.nom} (${d.code})`, value: d.code, checked: current.includes(d.code) })),
      validate: (selection) => selection.length > 0 || 'Cochez au moins un département (barre d’espace), puis validez avec Entrée.',
      pageSize: 12,
      theme: checkboxTheme,
    });
    setAnswer(ctx.answers, DEPARTEMENTS.pointer, codes);

    help(ctx, schemaAt(MEDECINS.pointer)?.description);
    help(
      ctx,
      'Où le trouver : data.ameli.fr, « Professionnels de santé libéraux » (effectifs par spécialité et par département), ou « ess effectifs » avec un extrait de l’Annuaire santé. Laissez vide si vous ne l’avez pas encore.',
    );
    const currentMedecins = getAnswer(ctx.answers, MEDECINS.pointer);
    const medecins = await ctx.p.input({
      message: `${title(MEDECINS.pointer)} :`,
      default: typeof currentMedecins === 'number' ? String(currentMedecins) : undefined,
      prefill: 'editable',
      validate: v.medecins,
    });
    const n = medecins.trim() === '' ? undefined : Number(medecins.trim());
    setAnswer(ctx.answers, MEDECINS.pointer, n);
    if (n !== undefined && n < 10) {
      help(ctx, schemaAt('/territoire/derogation')?.description);
      const derogation = await ctx.p.confirm({
        message: `Moins de 10 médecins sur le territoire : demander une dérogation ?`,
        default: true,
        theme: confirmTheme,
      });
      // The dérogation's answers, as the trame defines them.
      if (derogation) for (const q of questions.filter((q) => q.pointer.startsWith('/territoire/derogation/'))) await ask(ctx, q.pointer);
      else setAnswer(ctx.answers, '/territoire/derogation', undefined);
    } else setAnswer(ctx.answers, '/territoire/derogation', undefined);
  },
  review(answers) {
    const at = (pointer: string) => getAnswer(answers, pointer);
    const codes = (at(DEPARTEMENTS.pointer) as string[] | undefined) ?? [];
    const medecins = at(MEDECINS.pointer) as number | undefined;
    // The one count of adhérents (src/facts), as `check` counts them.
    const count = countAdherents(answers as Dossier);
    const adherents = count.counted;
    const lines = [
      `Départements : ${codes.length ? codes.map((c) => `${departementByCode.get(c)?.nom ?? c} (${c})`).join(', ') : A_COMPLETER}`,
      `Médecins de la spécialité sur le territoire : ${shown(medecins)}`,
    ];
    if (typeof medecins === 'number') {
      const seuil = computeThresholds(adherents, medecins)[0]!;
      const apart = notCountedText(count.notCounted);
      lines.push(
        `Seuil d’adhérents au départ (10 % de ${medecins}, arrondi au-dessus) : ${seuil.required} — ${plural(adherents, 'adhérent')} de la spécialité${apart ? ` (${apart})` : ''}` +
          (seuil.met ? ' : seuil atteint.' : ` : il en manque ${seuil.missing}.`),
      );
    }
    const motif = questions.filter((q) => q.pointer.startsWith('/territoire/derogation/')).map((q) => at(q.pointer)).filter(Boolean);
    if (motif.length > 0) lines.push(`Dérogation demandée : ${motif.map(String).join(' ; ')}`);
    return lines;
  },
};

