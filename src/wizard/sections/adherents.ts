// Annexe 1: the médecins adhérents, typed one by one or imported from a CSV file, with its review.
import { escapeControls } from '../../core/text.js';
import { schemaAt } from '../../dossier/schema-nav.js';
import { getAnswer, setAnswer } from '../answers-path.js';
import { help, title, type Ctx, type Section } from '../ask.js';
import { parseAdherentsCsv, readCsvFile, type CsvAdherent as Adherent } from '../csv-adherents.js';
import { A_COMPLETER } from '../skeleton.js';
import { confirmTheme, selectTheme } from '../theme.js';
import * as v from '../validators.js';

/** « Marie DUPONT » as typed: who an RPPS already belongs to. */
const fullName = (a: Adherent): string => escapeControls([a.prenom, a.nom].filter(Boolean).join(' '), true);

async function typeAdherents(ctx: Ctx, list: Adherent[]): Promise<void> {
  for (;;) {
    const nom = await ctx.p.input({ message: `Adhérent n° ${list.length + 1} — ${title('/adherents/0/nom')} (laisser vide pour terminer) :` });
    if (!nom.trim()) return;
    const prenom = await ctx.p.input({ message: `${title('/adherents/0/prenom')} :`, validate: v.required });
    const owner = new Map(list.map((a) => [a.rpps, a]));
    const adherent: Adherent = { nom: nom.trim(), prenom: prenom.trim(), rpps: '' };
    for (;;) {
      const rpps = await ctx.p.input({
        message: `${title('/adherents/0/rpps')} (11 chiffres ; vide : abandonner cet adhérent) :`,
        validate: (value) => {
          if (value.trim() === '') return true;
          const verdict = v.rpps(value);
          if (verdict !== true) return verdict;
          const other = owner.get(v.digitsOnly(value));
          return other ? `${v.digitsOnly(value)} est déjà celui de ${fullName(other)} : vérifiez le numéro sur la carte CPS.` : true;
        },
      });
      if (rpps.trim() !== '') {
        adherent.rpps = v.digitsOnly(rpps);
        break;
      }
      const abandon = await ctx.p.confirm({ message: `Abandonner cet adhérent (${fullName(adherent)}) ?`, default: true, theme: confirmTheme });
      if (abandon) break;
    }
    if (!adherent.rpps) continue;
    list.push(adherent);
    // Kept at once: an interruption keeps the adhérents typed so far in the draft.
    setAnswer(ctx.answers, '/adherents', [...list]);
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

export const adherents: Section = {
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
  review(answers) {
    const at = (pointer: string) => getAnswer(answers, pointer);
    const list = (at('/adherents') as Array<Record<string, string>> | undefined) ?? [];
    if (list.length === 0) return [`Aucun adhérent saisi (${A_COMPLETER})`];
    const head = list.slice(0, 5).map((a) => `${a.nom} ${a.prenom} (RPPS ${a.rpps})`);
    return [`${list.length} adhérent(s) :`, ...head, ...(list.length > 5 ? [`… et ${list.length - 5} autre(s)`] : [])];
  },
};

