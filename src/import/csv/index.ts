// `ess importer liste.csv [FICHIER]`: the adhérents of a spreadsheet merged into an existing
// dossier by RPPS (cli.md). Reads, parses and merges through the pure modules beside this one,
// then saves atomically with a backup of the dossier as it was (DossierSaver).
import { parseDocument, isMap } from 'yaml';
import { EXIT_FINDINGS, EXIT_OK, InputError } from '../../core/errors.js';
import { escapeControls, foldAccents, plural } from '../../core/text.js';
import { readDossierFile } from '../../dossier/read.js';
import { DossierSaver } from '../../dossier/save.js';
import { specialiteById } from '../../referentiels/index.js';
import { adherentName, parseAdherentsCsv, type CsvLine } from './adherents.js';
import { addToDossier, dossierAdherents, entryOf, mergeByRpps, type KnownLine } from './merge.js';
import { readCsvFile } from './read.js';
import { SEPARATOR_NAMES } from './rows.js';

export interface ImportCsvOptions {
  dryRun?: boolean;
}

/** The report's width: the terminal's, or COLUMNS, or 100 columns when written to a file. */
function width(): number {
  return Math.max(40, process.stdout.columns || Number(process.env.COLUMNS) || 100);
}

/** One item of the report, wrapped at word boundaries, its next lines under its text (hanging indent). */
function out(text = '', indent = '', hanging = indent): void {
  // French quotes stay with the words they enclose: « Texte » is never cut after «.
  const words = escapeControls(text, true)
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .split(' ')
    .filter(Boolean);
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    const start = lines.length === 0 ? indent : hanging;
    if (line.length > start.length && line.length + 1 + word.length > width() - 1) {
      lines.push(line);
      line = hanging + word;
    } else line = line.length > start.length ? `${line} ${word}` : line + word;
  }
  lines.push(line);
  process.stdout.write(lines.join('\n').replace(/\u00a0/g, ' ').trimEnd() + '\n');
}

/** A problem's message as a sentence. */
const sentence = (message: string) => (/[.!?]$/.test(message) ? message : `${message}.`);

/** « la ligne 5 dit D’ARCY Hélène » when the CSV names another person than the dossier for the same RPPS. */
function otherName(line: KnownLine): string {
  const key = (v: unknown) => (typeof v === 'string' ? foldAccents(v).replace(/[^a-z]/g, '') : '');
  const { nom, prenom } = line.adherent;
  if (key(nom) === key(line.existing.nom) && key(prenom) === key(line.existing.prenom)) return '';
  return ` — la ligne ${line.line} du fichier dit ${adherentName({ nom, prenom })} : vérifiez ce numéro`;
}

function describe(line: CsvLine): string {
  const s = line.adherent.specialite ? specialiteById.get(line.adherent.specialite)?.libelle : undefined;
  const signed = line.adherent.adhesion ? `, adhésion du ${line.adherent.adhesion.split('-').reverse().join('/')}` : '';
  return `${adherentName(line.adherent)}${s ? `, ${s}` : ''}${signed} (ligne ${line.line})`;
}

/** The dossier's text, refused (exit 2) when it cannot be edited: unreadable, not YAML, not a dossier. */
function dossierText(file: string): string {
  const read = readDossierFile(file);
  if (read.encodingProblem) {
    const { line, column, message } = read.encodingProblem;
    throw new InputError(`${file}:${line}:${column} : ${message}`);
  }
  const doc = parseDocument(read.text!, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = read.text!.slice(0, error.pos[0]).split('\n');
    throw new InputError(
      `${file}:${at.length}:${at[at.length - 1]!.length + 1} : la syntaxe YAML du dossier est incorrecte, il ne peut pas être modifié. ` +
        `« ess check ${file} » montre l’erreur et comment la corriger ; relancez ensuite l’import.`,
    );
  }
  if (!isMap(doc.contents)) throw new InputError(`${file} n’est pas un dossier d’ESS (il ne commence pas par des clés version, ess, territoire…) : indiquez le fichier écrit par « ess init ».`);
  return read.text!;
}

/** The lines that differ between two texts (one edit: a block added, or replaced). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [...a.slice(start, a.length - end).map((l) => `- ${l}`), ...b.slice(start, b.length - end).map((l) => `+ ${l}`)];
}

export async function importCsv(source: string, file: string, options: ImportCsvOptions = {}): Promise<number> {
  const csv = await readCsvFile(source);
  const text = dossierText(file);
  if ('problem' in csv && csv.notText) {
    // A file that is there but holds no text (a workbook renamed .csv) is not a list of adhérents.
    out(csv.problem);
    out('Rien n’a été importé.');
    return EXIT_FINDINGS;
  }
  if ('problem' in csv) throw new InputError(csv.problem);
  const list = dossierAdherents(text);
  if (!list.ok) {
    throw new InputError(
      `${file}:${list.line} : « adherents » n’est pas une liste de médecins, le dossier ne peut pas recevoir l’import. ` +
        'Écrivez-y un médecin par ligne (« - { nom: …, prenom: …, rpps: "…" } ») ou laissez « adherents: » vide, puis relancez.',
    );
  }
  const parsed = parseAdherentsCsv(csv.text);
  const separator = parsed.separator ? `, séparateur ${SEPARATOR_NAMES[parsed.separator]}` : '';
  out(`${source} (${csv.encoding}${separator}) → ${file}${options.dryRun ? ' (--dry-run : rien ne sera écrit)' : ''}`);
  const refused = () => {
    for (const p of parsed.problems) out(`ligne ${p.line} : ${sentence(p.message)}`, '  ', '    ');
  };
  if (!parsed.isList) {
    out(`Ce fichier n’est pas une liste d’adhérents :`);
    refused();
    out('Rien n’a été importé.');
    return EXIT_FINDINGS;
  }
  const merge = mergeByRpps(list.entries, parsed.lines);
  // An unclosed quote is reported apart, on a line that may have its own problem: lines are counted once.
  const refusedCount = new Set(parsed.problems.map((p) => p.line)).size;
  const lineCount = parsed.lines.length + refusedCount;
  out(
    `${plural(lineCount, 'ligne')} d’adhérent lue${lineCount > 1 ? 's' : ''} : ${options.dryRun ? `${merge.added.length} à ajouter` : plural(merge.added.length, 'ajoutée', 'ajoutées')}, ` +
      `${merge.known.length} déjà dans le dossier, ${plural(refusedCount, 'ligne refusée', 'lignes refusées')}.`,
  );
  if (merge.added.length > 0) {
    out();
    out(options.dryRun ? 'À ajouter :' : 'Ajoutés :');
    for (const line of merge.added) out(`+ ${describe(line)}`, '  ', '    ');
  }
  if (merge.known.length > 0) {
    out();
    out('Laissés tels quels :');
    for (const line of merge.known) out(`déjà dans le dossier : ${adherentName(line.existing)}${otherName(line)}`, '  ', '    ');
  }
  if (parsed.problems.length > 0) {
    out();
    out(`Lignes refusées de ${source} (corrigez-les dans le tableur et relancez l’import : les adhérents déjà importés ne seront pas ajoutés deux fois) :`);
    refused();
  }
  out();
  if (parsed.lines.length === 0) {
    out('Aucune ligne n’a pu être importée : le dossier est inchangé.');
    return EXIT_FINDINGS;
  }
  if (merge.added.length === 0) {
    out(`Aucun nouvel adhérent : ${file} est inchangé.`);
    return EXIT_OK;
  }
  const essSpecialite = (parseDocument(text).toJSON() as { ess?: { specialite?: unknown } } | null)?.ess?.specialite;
  const added = merge.added.map((l) => entryOf(l.adherent, essSpecialite));
  if (options.dryRun) {
    const next = addToDossier(text, added, list.placeholdersOnly);
    out(`Modifications de ${file} que l’import ferait :`);
    for (const line of changedLines(text, next)) process.stdout.write(`  ${escapeControls(line, true)}\n`);
    out();
    out('--dry-run : rien n’a été écrit. Relancez sans --dry-run pour importer.');
    return EXIT_OK;
  }
  const saver = new DossierSaver(file);
  saver.save(addToDossier(text, added, list.placeholdersOnly));
  out(`${file} enregistré, ${plural(added.length, 'adhérent ajouté', 'adhérents ajoutés')} à la fin de la liste « adherents » ; le dossier tel qu’il était est gardé dans ${saver.backupFile}.`);
  out(`Vérifiez-le : ess check ${file}`);
  return EXIT_OK;
}
