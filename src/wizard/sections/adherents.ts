// Annexe 1: the médecins adhérents, typed one by one or imported from a CSV file, with its review.
import { escapeControls } from '../../core/text.js';
import { essSpecialty } from '../../facts/adherents.js';
import { schemaAt } from '../../dossier/schema-nav.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { checkOf, help, title, wrap, type Ctx, type Section } from '../ask.js';
import { questions, type Question } from '../../trame/index.js';
import { unquotePath } from '../../core/pasted-path.js';
import { adherentName, parseAdherentsCsv, type CsvAdherent as Adherent } from '../../import/csv/adherents.js';
import { entryOf, mergeByRpps } from '../../import/csv/merge.js';
import { readCsvFile } from '../../import/csv/read.js';
import { A_COMPLETER } from '../skeleton.js';
import { confirmTheme, selectTheme } from '../theme.js';
import * as v from '../validators.js';

/** « Marie DUPONT » as typed: who an RPPS already belongs to. */
const fullName = (a: Adherent): string => escapeControls([a.prenom, a.nom].filter(Boolean).join(' '), true);

const LIST = '/adherents';

/**
 * The answers typed for each adhérent: the item's questions a stage requires, in the trame's
 * order (the definition of `adherents/*`). The first, left empty, ends the list; the RPPS
 * (`ask.check: rpps`) is checked as typed, a number already in the list refused with its owner.
 */
const fields = questions.filter((q) => q.pointer.startsWith(`${LIST}/*/`) && Object.keys(q.required).length > 0);
const keyOf = (q: Question): string => q.pointer.slice(`${LIST}/*/`.length);

/** The RPPS of an adhérent being typed; '' when the user abandons this adhérent. */
async function askRpps(ctx: Ctx, q: Question, list: Adherent[], adherent: Adherent): Promise<string> {
  const owner = new Map(list.map((a) => [a.rpps, a]));
  for (;;) {
    const rpps = await ctx.p.input({
      message: `${q.label} (11 chiffres ; vide : abandonner cet adhérent) :`,
      validate: (value) => {
        if (value.trim() === '') return true;
        const verdict = v.rpps(value);
        if (verdict !== true) return verdict;
        const other = owner.get(v.digitsOnly(value));
        return other ? `${v.digitsOnly(value)} est déjà celui de ${fullName(other)} : vérifiez le numéro sur la carte CPS.` : true;
      },
    });
    if (rpps.trim() !== '') return v.digitsOnly(rpps);
    const abandon = await ctx.p.confirm({ message: `Abandonner cet adhérent (${fullName(adherent)}) ?`, default: true, theme: confirmTheme });
    if (abandon) return '';
  }
}

async function typeAdherents(ctx: Ctx, list: Adherent[]): Promise<void> {
  for (;;) {
    const adherent = {} as Adherent;
    const entry = adherent as unknown as Record<string, string>;
    for (const q of fields) {
      if (q === fields[0]) {
        const first = await ctx.p.input({ message: `Adhérent n° ${list.length + 1} — ${q.label} (laisser vide pour terminer) :` });
        if (!first.trim()) return;
        entry[keyOf(q)] = first.trim();
      } else if (q.ask?.check === 'rpps') {
        entry[keyOf(q)] = await askRpps(ctx, q, list, adherent);
        if (!entry[keyOf(q)]) break;
      } else {
        const value = (await ctx.p.input({ message: `${q.label} :`, validate: checkOf(q) === 'non_vide' ? v.required : undefined })).trim();
        if (value !== '') entry[keyOf(q)] = value;
      }
    }
    if (!adherent.rpps) continue;
    list.push(adherent);
    // Kept at once: an interruption keeps the adhérents typed so far in the draft.
    setAnswer(ctx.answers, LIST, [...list]);
  }
}

async function importAdherents(ctx: Ctx, list: Adherent[]): Promise<void> {
  help(
    ctx,
    'Fichier CSV enregistré depuis un tableur (Excel ou LibreOffice) : une ligne d’en-tête avec les colonnes nom, prénom, RPPS (et spécialité si besoin), séparées par « ; » ou « , ». Vous pouvez glisser le fichier dans le terminal.',
  );
  for (;;) {
    let text = '';
    const path = await ctx.p.input({
      message: 'Chemin du fichier CSV :',
      validate: async (value) => {
        if (!value.trim()) return 'Indiquez le chemin du fichier (par exemple adherents.csv).';
        const read = await readCsvFile(unquotePath(value));
        if ('problem' in read) return read.problem;
        text = read.text;
        return true;
      },
    });
    // The same reading and merging by RPPS as `ess importer`.
    const result = parseAdherentsCsv(text);
    const { added, known } = mergeByRpps(list, result.lines);
    const read = `${added.length + known.length} adhérent(s) lu(s) dans ${escapeControls(unquotePath(path))}`;
    ctx.io.out(known.length > 0 ? `${read}, dont ${known.length} déjà dans la liste :\n` : `${read}.\n`);
    const width = Math.min(ctx.io.columns ?? 80, 100) - 1;
    const item = (text: string) => ctx.io.out(wrap(escapeControls(text, true), width, '    ').replace(/^ {4}/, '  ') + '\n');
    for (const line of known) item(`déjà dans la liste : ${adherentName(line.existing)}`);
    for (const problem of result.problems) item(`ligne ${problem.line} : ${problem.message}`);
    const adherents = added.map((line) => entryOf(line.adherent, essSpecialty(ctx.answers) || undefined));
    if (result.problems.length === 0) {
      list.push(...adherents);
      return;
    }
    const choice = await ctx.p.select({
      message: `${result.problems.length} ligne(s) refusée(s). Que faire ?`,
      choices: [
        ...(adherents.length > 0 ? [{ name: `Importer les ${adherents.length} ligne(s) correcte(s) seulement`, value: 'importer' }] : []),
        { name: 'Corriger le fichier, puis le relire', value: 'relire' },
        { name: 'Ne rien importer', value: 'annuler' },
      ],
      theme: selectTheme,
    });
    if (choice === 'importer') list.push(...adherents);
    if (choice !== 'relire') return;
  }
}

export const adherents: Section = {
  id: 'adherents',
  titre: title(LIST),
  async ask(ctx) {
    help(ctx, schemaAt(LIST)?.description);
    let list: Adherent[] = [...((getAnswer(ctx.answers, LIST) as Adherent[] | undefined) ?? [])];
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
    setAnswer(ctx.answers, LIST, list.length > 0 ? list : undefined);
  },
  review(answers) {
    const at = (pointer: string) => getAnswer(answers, pointer);
    const list = (at(LIST) as Array<Record<string, string>> | undefined) ?? [];
    if (list.length === 0) return [`Aucun adhérent saisi (${A_COMPLETER})`];
    const head = list.slice(0, 5).map((a) => `${a.nom} ${a.prenom} (RPPS ${a.rpps})`);
    return [`${list.length} adhérent(s) :`, ...head, ...(list.length > 5 ? [`… et ${list.length - 5} autre(s)`] : [])];
  },
};

