// The guided interview of `ess init`: one question at a time, in the order of the trame, each
// answer checked on the spot, then a review before anything is written. The prompt functions are
// passed in, so that whole sessions can be driven in tests.
import { styleText } from 'node:util';
import type * as Inquirer from '@inquirer/prompts';
import { schemaAt } from '../dossier/schema-nav.js';
import { departements, formalisations, rubriquesPartenaires, typesPartenaires } from '../referentiels/index.js';
import { searchSpecialites } from '../referentiels/specialites.js';
import { getAnswer, setAnswer } from './answers-path.js';
import { parseAdherentsCsv, readCsvFile, type CsvAdherent as Adherent } from './csv-adherents.js';
import { A_COMPLETER, type InitAnswers } from './skeleton.js';
import { summaryLines, unanswered } from './summary.js';
import { checkboxTheme, confirmTheme, searchTheme, selectTheme } from './theme.js';
import * as v from './validators.js';
import { escapeControls, foldAccents } from '../core/text.js';

export type Prompts = Pick<typeof Inquirer, 'input' | 'select' | 'checkbox' | 'confirm' | 'search'>;

export interface WizardIO {
  /** Text shown between prompts (help, reports, the review). */
  out(text: string): void;
  /** Width of the terminal, for wrapping the help (80 when unknown). */
  columns?: number;
}

/** The user chose « Quitter sans rien écrire » at the review. */
export class WizardQuit extends Error {
  constructor() {
    super('quit');
    this.name = 'WizardQuit';
  }
}

interface Ctx {
  p: Prompts;
  io: WizardIO;
  answers: InitAnswers;
}

interface Section {
  id: string;
  titre: string;
  ask(ctx: Ctx): Promise<void>;
  /** Pointers of the free-text questions, for the count of what is left to write. */
  texts?: readonly string[];
}

type Kind = 'text' | 'date' | 'courriel' | 'telephone' | 'code_postal';

const CHECKS: Record<Exclude<Kind, 'text'>, (value: string) => true | string> = {
  date: v.date,
  courriel: v.courriel,
  telephone: v.telephone,
  code_postal: v.codePostal,
};

function title(pointer: string): string {
  return schemaAt(pointer)?.title ?? pointer;
}

/** Wraps text at word boundaries, each line indented. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/**
 * The schema's description of the question, as help above the prompt. « entre guillemets » is
 * advice for people editing the YAML: the wizard writes the quotes itself.
 */
function help(ctx: Ctx, text: string | undefined, promptTitle?: string): void {
  if (!text) return;
  const plain = (s: string) => normalize(s).replace(/[.\s]+$/, '');
  if (promptTitle && plain(text) === plain(promptTitle)) return;
  const width = Math.min(ctx.io.columns ?? 80, 100) - 1;
  ctx.io.out(styleText('dim', wrap(text.replace(/,? entre guillemets/g, ''), width, '  ')) + '\n');
}

function normalize(s: string): string {
  return foldAccents(s);
}

/** One question whose help is the schema's description; empty means « À COMPLÉTER » (or ""). */
async function ask(ctx: Ctx, pointer: string, kind: Kind = 'text', options: { optional?: boolean; message?: string } = {}): Promise<void> {
  const node = schemaAt(pointer);
  help(ctx, node?.description, node?.title);
  const current = getAnswer(ctx.answers, pointer);
  const check = kind === 'text' ? undefined : CHECKS[kind];
  const answer = await ctx.p.input({
    message: `${options.message ?? node?.title ?? pointer}${options.optional ? ' (facultatif)' : ''} :`,
    default: typeof current === 'string' && current !== A_COMPLETER ? current : undefined,
    prefill: 'editable',
    validate: check,
  });
  const value = answer.trim();
  if (value === '') return setAnswer(ctx.answers, pointer, undefined);
  if (kind === 'date') return setAnswer(ctx.answers, pointer, v.isoDate(value));
  setAnswer(ctx.answers, pointer, value);
}

async function askRequired(ctx: Ctx, pointer: string): Promise<void> {
  const node = schemaAt(pointer);
  help(ctx, node?.description, node?.title);
  const current = getAnswer(ctx.answers, pointer);
  const answer = await ctx.p.input({
    message: `${node?.title ?? pointer} :`,
    default: typeof current === 'string' && current !== A_COMPLETER ? current : undefined,
    prefill: 'editable',
    validate: v.required,
  });
  setAnswer(ctx.answers, pointer, answer.trim());
}

async function askPerson(ctx: Ctx, pointer: string, role: 'qualite' | 'profession'): Promise<void> {
  for (const key of ['nom', 'prenom', role] as const) await ask(ctx, `${pointer}/${key}`);
  await ask(ctx, `${pointer}/courriel`, 'courriel');
  await ask(ctx, `${pointer}/telephone`, 'telephone');
}

/** A section of long free-text answers, offered to be skipped (they stay « À COMPLÉTER »). */
function textSection(id: string, pointer: string, questions: ReadonlyArray<{ pointer: string; kind?: Kind; optional?: boolean; list?: boolean }>): Section {
  const titre = title(pointer);
  return {
    id,
    titre,
    texts: questions.filter((q) => !q.optional).map((q) => (q.list ? `${q.pointer}/0` : q.pointer)),
    async ask(ctx) {
      help(ctx, schemaAt(pointer)?.description);
      const one = questions.length === 1;
      const now = await ctx.p.confirm({
        message:
          `Répondre maintenant ${one ? 'à la question' : `aux ${questions.length} questions`} de « ${titre} » ? ` +
          `(sinon ${one ? 'elle reste' : 'elles restent'} « ${A_COMPLETER} » dans le fichier, à rédiger plus tard)`,
        default: false,
        theme: confirmTheme,
      });
      if (!now) return;
      for (const q of questions) {
        if (!q.list) {
          await ask(ctx, q.pointer, q.kind ?? 'text', { optional: q.optional });
          continue;
        }
        // A list answered here with its first entry; more can be added in the file.
        const list = (getAnswer(ctx.answers, q.pointer) as string[] | undefined) ?? [];
        const node = schemaAt(q.pointer);
        help(ctx, node?.description);
        const answer = await ctx.p.input({ message: `${node?.title ?? q.pointer} :`, default: list[0], prefill: 'editable' });
        setAnswer(ctx.answers, q.pointer, answer.trim() ? [answer.trim(), ...list.slice(1)] : list.length > 1 ? list.slice(1) : undefined);
      }
    },
  };
}

const identification: Section = {
  id: 'identification',
  titre: title('/ess'),
  async ask(ctx) {
    await askRequired(ctx, '/ess/nom');
    const node = schemaAt('/ess/specialite');
    help(ctx, node?.description);
    const current = getAnswer(ctx.answers, '/ess/specialite') as string | undefined;
    const specialite = await ctx.p.search<string>({
      message: `${node?.title} (tapez pour filtrer) :`,
      // ~50 specialties: typed words (label, id, usual name such as « cardiologue » or « ORL »)
      // bring the one meant to the top, before those that merely contain them.
      source: (term) =>
        searchSpecialites(term ?? '').map((s) => ({ name: s.libelle, value: s.id, description: s.eligible ? undefined : `Impossible : ${s.motif ?? ''}.` })),
      pageSize: 10,
      validate: v.specialite,
      default: current,
      theme: searchTheme,
    });
    setAnswer(ctx.answers, '/ess/specialite', specialite);
    await ask(ctx, '/ess/date', 'date', { message: `${title('/ess/date')} (JJ/MM/AAAA)` });
  },
};

const territoire: Section = {
  id: 'territoire',
  titre: title('/territoire'),
  async ask(ctx) {
    const node = schemaAt('/territoire/departements');
    help(ctx, schemaAt('/territoire')?.description);
    const current = (getAnswer(ctx.answers, '/territoire/departements') as string[] | undefined) ?? [];
    const codes = await ctx.p.checkbox<string>({
      message: `${node?.title} :`,
      choices: departements.map((d) => ({ name: `${d.nom} (${d.code})`, value: d.code, checked: current.includes(d.code) })),
      validate: (selection) => selection.length > 0 || 'Cochez au moins un département (barre d’espace), puis validez avec Entrée.',
      pageSize: 12,
      theme: checkboxTheme,
    });
    setAnswer(ctx.answers, '/territoire/departements', codes);

    help(ctx, schemaAt('/territoire/medecins_specialite')?.description);
    help(
      ctx,
      'Où le trouver : data.ameli.fr, « Professionnels de santé libéraux » (effectifs par spécialité et par département), ou « ess effectifs » avec un extrait de l’Annuaire santé. Laissez vide si vous ne l’avez pas encore.',
    );
    const currentMedecins = getAnswer(ctx.answers, '/territoire/medecins_specialite');
    const medecins = await ctx.p.input({
      message: `${title('/territoire/medecins_specialite')} :`,
      default: typeof currentMedecins === 'number' ? String(currentMedecins) : undefined,
      prefill: 'editable',
      validate: v.medecins,
    });
    const n = medecins.trim() === '' ? undefined : Number(medecins.trim());
    setAnswer(ctx.answers, '/territoire/medecins_specialite', n);
    if (n !== undefined && n < 10) {
      help(ctx, schemaAt('/territoire/derogation')?.description);
      const derogation = await ctx.p.confirm({
        message: `Moins de 10 médecins sur le territoire : demander une dérogation ?`,
        default: true,
        theme: confirmTheme,
      });
      if (derogation) await ask(ctx, '/territoire/derogation/motif');
      else setAnswer(ctx.answers, '/territoire/derogation', undefined);
    } else setAnswer(ctx.answers, '/territoire/derogation', undefined);
  },
};

const statut: Section = {
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
    await askPerson(ctx, '/statut_juridique/representant_legal', 'qualite');
    ctx.io.out(`\n${title('/statut_juridique/siege')}\n`);
    help(ctx, schemaAt('/statut_juridique/siege')?.description);
    await ask(ctx, '/statut_juridique/siege/adresse');
    await ask(ctx, '/statut_juridique/siege/code_postal', 'code_postal');
    await ask(ctx, '/statut_juridique/siege/commune');
  },
};

const referent: Section = {
  id: 'referent',
  titre: title('/referent'),
  async ask(ctx) {
    help(ctx, schemaAt('/referent')?.description);
    const rl = getAnswer(ctx.answers, '/statut_juridique/representant_legal') as Record<string, string> | undefined;
    if (rl?.nom) {
      const same = await ctx.p.confirm({
        message: `Le référent est-il ${escapeControls([rl.prenom, rl.nom].filter(Boolean).join(' '), true)}, le représentant légal ?`,
        default: false,
        theme: confirmTheme,
      });
      if (same) {
        for (const key of ['nom', 'prenom', 'courriel', 'telephone']) setAnswer(ctx.answers, `/referent/${key}`, rl[key]);
        await ask(ctx, '/referent/profession');
        return;
      }
    }
    await askPerson(ctx, '/referent', 'profession');
  },
};

const partenaires: Section = {
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
    }
    setAnswer(ctx.answers, '/partenaires', list.length > 0 ? list : undefined);
  },
};

async function typeAdherents(ctx: Ctx, list: Adherent[]): Promise<void> {
  for (;;) {
    const nom = await ctx.p.input({ message: `Adhérent n° ${list.length + 1} — ${title('/adherents/0/nom')} (laisser vide pour terminer) :` });
    if (!nom.trim()) return;
    const prenom = await ctx.p.input({ message: `${title('/adherents/0/prenom')} :`, validate: v.required });
    const known = new Set(list.map((a) => a.rpps));
    const rpps = await ctx.p.input({ message: `${title('/adherents/0/rpps')} (11 chiffres) :`, validate: (value) => v.rpps(value, known) });
    list.push({ nom: nom.trim(), prenom: prenom.trim(), rpps: v.digitsOnly(rpps) });
  }
}

async function importAdherents(ctx: Ctx, list: Adherent[]): Promise<void> {
  help(
    ctx,
    'Fichier CSV exporté d’un tableur : une ligne d’en-tête avec les colonnes nom, prénom, RPPS (et spécialité si besoin), séparées par « ; » ou « , », encodé en UTF-8.',
  );
  for (;;) {
    let text = '';
    const path = await ctx.p.input({
      message: 'Chemin du fichier CSV :',
      validate: async (value) => {
        if (!value.trim()) return 'Indiquez le chemin du fichier (par exemple adherents.csv).';
        const read = await readCsvFile(value.trim());
        if ('problem' in read) return read.problem;
        text = read.text;
        return true;
      },
    });
    const known = new Set(list.map((a) => a.rpps));
    const result = parseAdherentsCsv(text, known);
    ctx.io.out(`${result.adherents.length} adhérent(s) lu(s) dans ${escapeControls(path.trim())}.\n`);
    for (const problem of result.problems) ctx.io.out(`  ligne ${problem.line} : ${escapeControls(problem.message)}\n`);
    if (result.problems.length === 0) {
      list.push(...result.adherents);
      return;
    }
    const choice = await ctx.p.select({
      message: `${result.problems.length} ligne(s) refusée(s). Que faire ?`,
      choices: [
        ...(result.adherents.length > 0 ? [{ name: `Importer les ${result.adherents.length} ligne(s) correcte(s) seulement`, value: 'importer' }] : []),
        { name: 'Corriger le fichier, puis le relire', value: 'relire' },
        { name: 'Ne rien importer', value: 'annuler' },
      ],
      theme: selectTheme,
    });
    if (choice === 'importer') list.push(...result.adherents);
    if (choice !== 'relire') return;
  }
}

const adherents: Section = {
  id: 'adherents',
  titre: title('/adherents'),
  async ask(ctx) {
    help(ctx, schemaAt('/adherents')?.description);
    let list: Adherent[] = [...((getAnswer(ctx.answers, '/adherents') as Adherent[] | undefined) ?? [])];
    const mode = await ctx.p.select({
      message: list.length > 0 ? `${list.length} adhérent(s) déjà saisi(s). Que faire ?` : 'Comment saisir les médecins adhérents ?',
      choices: [
        { name: 'Les saisir un par un', value: 'saisir' },
        { name: 'Les importer d’un fichier CSV (tableur)', value: 'importer' },
        ...(list.length > 0 ? [{ name: 'Vider la liste et recommencer', value: 'vider' }] : []),
        { name: list.length > 0 ? 'Garder la liste telle quelle' : `Plus tard (« ${A_COMPLETER} »)`, value: 'plus-tard' },
      ],
      theme: selectTheme,
    });
    if (mode === 'vider') {
      list = [];
      await typeAdherents(ctx, list);
    }
    if (mode === 'saisir') await typeAdherents(ctx, list);
    if (mode === 'importer') await importAdherents(ctx, list);
    setAnswer(ctx.answers, '/adherents', list.length > 0 ? list : undefined);
  },
};

const signature: Section = {
  id: 'signature',
  titre: `${title('/lettre_intention')} et ${title('/signature').toLowerCase()}`,
  async ask(ctx) {
    await ask(ctx, '/lettre_intention/date_depot', 'date', { message: `${title('/lettre_intention/date_depot')} (JJ/MM/AAAA)` });
    await ask(ctx, '/signature/lieu', 'text', { message: `${title('/signature')} — ${title('/signature/lieu')}` });
    await ask(ctx, '/signature/date', 'date', { message: `${title('/signature')} — ${title('/signature/date')} (JJ/MM/AAAA)` });
  },
};

export const SECTIONS: readonly Section[] = [
  identification,
  territoire,
  statut,
  referent,
  textSection('diagnostic', '/diagnostic', [
    { pointer: '/diagnostic/etat_sante' },
    { pointer: '/diagnostic/offre_de_soins' },
    { pointer: '/diagnostic/besoins_cpts' },
    { pointer: '/diagnostic/fragilites_parcours' },
    { pointer: '/diagnostic/autres', optional: true },
  ]),
  partenaires,
  textSection('gouvernance', '/gouvernance', [
    { pointer: '/gouvernance/articulation' },
    { pointer: '/gouvernance/instances' },
    { pointer: '/gouvernance/actualisation' },
  ]),
  textSection('missions', '/missions', [
    { pointer: '/missions/coordination_parcours' },
    { pointer: '/missions/appui_expertise/consultation' },
    { pointer: '/missions/appui_expertise/teleexpertise' },
    { pointer: '/missions/fonctionnement/exercice_pluripro' },
    { pointer: '/missions/fonctionnement/acces_examens' },
    { pointer: '/missions/fonctionnement/soins_non_programmes' },
    { pointer: '/missions/fonctionnement/telemedecine' },
    { pointer: '/missions/fonctionnement/autres_activites', optional: true },
  ]),
  textSection('outils', '/outils_numeriques', [
    { pointer: '/outils_numeriques/entre_adherents' },
    { pointer: '/outils_numeriques/premier_recours' },
    { pointer: '/outils_numeriques/troisieme_recours' },
  ]),
  textSection('indicateurs', '/indicateurs', [{ pointer: '/indicateurs/qualitatifs', list: true }]),
  textSection('deploiement', '/deploiement', [
    { pointer: '/deploiement/calendrier_gouvernance' },
    { pointer: '/deploiement/missions/structuration_second_recours/travaux' },
    { pointer: '/deploiement/missions/structuration_second_recours/date', kind: 'date' },
    { pointer: '/deploiement/missions/avis_specialise/travaux' },
    { pointer: '/deploiement/missions/avis_specialise/date', kind: 'date' },
    { pointer: '/deploiement/communication' },
    { pointer: '/deploiement/augmentation_adherents' },
    { pointer: '/deploiement/cooperations' },
    { pointer: '/deploiement/autres_actions', optional: true },
  ]),
  signature,
  adherents,
];

/** The review screen's text: every section with what will be written. */
export function reviewText(answers: InitAnswers): string {
  const lines = ['', styleText('bold', 'Récapitulatif avant écriture'), ''];
  for (const section of SECTIONS) {
    lines.push(styleText('bold', section.titre));
    const own = summaryLines(answers, section.id);
    if (own.length > 0) lines.push(...own.map((l) => `  ${escapeControls(l, true)}`));
    else if (section.texts) {
      const left = unanswered(answers, section.texts);
      lines.push(
        `  ${left === 0 ? 'Toutes les réponses sont données.' : `${left} réponse(s) sur ${section.texts.length} à rédiger plus tard (« ${A_COMPLETER} »).`}`,
      );
    }
  }
  return lines.join('\n') + '\n\n';
}

/** The whole interview; resolves with the answers to write once the user chooses to write. */
export async function runWizard(p: Prompts, io: WizardIO, initial: InitAnswers = {}): Promise<InitAnswers> {
  const ctx: Ctx = { p, io, answers: initial };
  const width = Math.min(io.columns ?? 80, 100) - 1;
  io.out(
    `${styleText('bold', 'Assistant de création du dossier ESS')}\n` +
      wrap(`Les questions suivent la trame du projet de santé. Une réponse laissée vide devient « ${A_COMPLETER} » dans le fichier.`, width) +
      '\nCtrl-C à tout moment : abandon, aucun fichier écrit.\n',
  );
  for (const section of SECTIONS) {
    io.out(`\n${styleText('bold', `— ${section.titre} —`)}\n`);
    await section.ask(ctx);
  }
  for (;;) {
    io.out(reviewText(ctx.answers));
    const choice = await p.select<string>({
      message: 'Que faire ?',
      choices: [
        { name: 'Écrire le fichier', value: 'ecrire' },
        ...SECTIONS.map((s) => ({ name: `Modifier : ${s.titre}`, value: s.id })),
        { name: 'Quitter sans rien écrire', value: 'quitter' },
      ],
      pageSize: SECTIONS.length + 2,
      theme: selectTheme,
    });
    if (choice === 'ecrire') return ctx.answers;
    if (choice === 'quitter') throw new WizardQuit();
    const section = SECTIONS.find((s) => s.id === choice)!;
    io.out(`\n${styleText('bold', `— ${section.titre} —`)}\n`);
    await section.ask(ctx);
  }
}
