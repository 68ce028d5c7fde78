// `ess importer projet.docx [FICHIER]`: a projet de santé read back from its DOCX into the
// dossier's answers. Read (read.ts) → blocks (wordml.ts) → answers by question (match.ts) →
// compared with the dossier (plan.ts) → each change written into the YAML text with every other
// byte kept (dossier/edit.ts), saved atomically with a backup (dossier/save.ts).
import { existsSync, statSync } from 'node:fs';
import { EssError, EXIT_FINDINGS, EXIT_OK, InputError } from '../../core/errors.js';
import { parseDossier } from '../../dossier/parse/index.js';
import { DossierSaver } from '../../dossier/save.js';
import { docxParts, notAProjet, readSource } from './read.js';
import { readProjet, type Reading } from './match.js';
import { planImport, sameText, type Plan, type PlanEntry } from './plan.js';
import { readBlocks } from './wordml.js';

export interface ImportDocxOptions {
  dryRun?: boolean;
}

/** Fewer free-text questions than this found: the document is not a projet de santé. */
const MIN_QUESTIONS = 3;

export async function importDocx(source: string, dossierFile: string, options: ImportDocxOptions = {}): Promise<number> {
  if (!existsSync(dossierFile)) throw new InputError(`Dossier introuvable : ${dossierFile}. Indiquez le dossier YAML où importer (ou créez-le avec « ess init »).`);
  if (statSync(dossierFile).isDirectory()) throw new InputError(`${dossierFile} est un répertoire : indiquez le fichier YAML du dossier.`);
  const reading = await readDocx(source);
  const saver = new DossierSaver(dossierFile);
  const original = saver.read();
  const plan = planImport(reading.reading, dossierData(original, dossierFile));
  const changes = plan.entries.filter((e) => e.status === 'changed');
  let text = original;
  if (changes.length > 0) {
    // The YAML editor (the yaml library's CST) is loaded only when there is something to write.
    const { setAnswer } = await import('../../dossier/edit.js');
    for (const change of changes) text = setAnswer(text, change.path.split('.'), change.value!, { block: change.block === true });
    verify(text, changes, dossierFile);
  }

  const out: string[] = [`Import de ${source} dans ${dossierFile}${options.dryRun ? ' (simulation, --dry-run)' : ''} :`, ...report(plan, reading.reading, reading.revisions)];
  const read = plan.entries.some((e) => e.given === true);
  if (changes.length > 0 && !options.dryRun) {
    saver.save(text);
    out.push(`Dossier écrit : ${dossierFile}${saver.backupFile ? ` ; le dossier tel qu’il était est gardé dans ${saver.backupFile}` : ''}.`);
    out.push(`Relancez « ess check ${dossierFile} » pour vérifier le dossier.`);
  } else if (changes.length > 0) out.push('Simulation (--dry-run) : rien n’a été écrit. Relancez sans --dry-run pour importer.');
  else out.push(read ? 'Aucune réponse à changer : le dossier n’a pas été modifié.' : 'Rien à importer : le DOCX ne porte aucune réponse (vides ou « À COMPLÉTER ») ; le dossier n’a pas été modifié.');
  process.stdout.write(out.join('\n') + '\n');
  return changes.length > 0 || read ? EXIT_OK : EXIT_FINDINGS;
}

async function readDocx(source: string): Promise<{ reading: Reading; revisions: number }> {
  const bytes = readSource(source);
  const parts = await docxParts(source, bytes);
  let blocks;
  try {
    blocks = readBlocks(parts.document, parts.styles);
  } catch (error) {
    throw notAProjet(source, `son contenu XML est abîmé (${(error as Error).message.split('\n')[0]})`);
  }
  const reading = readProjet(blocks.blocks);
  if (reading.answers.size < MIN_QUESTIONS) {
    const why = reading.lettre
      ? 'c’est une lettre d’intention, pas le projet de santé (la lettre n’a pas les questions de la trame à importer)'
      : `${reading.answers.size === 0 ? 'aucune' : `seulement ${reading.answers.size}`} des questions de la trame du projet de santé n’y a été trouvée`;
    throw notAProjet(source, why);
  }
  return { reading, revisions: blocks.stats.revisions };
}

function dossierData(text: string, file: string): unknown {
  const parsed = parseDossier(text);
  const error = parsed.findings.find((f) => f.severity === 'error');
  if (parsed.data === undefined || error) {
    const where = error ? `${file}:${error.line}:${error.column}` : file;
    throw new EssError(`${where} : le dossier ne peut pas être lu (${error?.message ?? 'syntaxe YAML incorrecte'}). Corrigez-le d’abord (ess check ${file} le signale), puis relancez l’import.`);
  }
  return parsed.data;
}

/** The edited text must read back with exactly the values imported: else nothing is written. */
function verify(text: string, changes: PlanEntry[], file: string): void {
  const data = parseDossier(text).data;
  for (const change of changes) {
    const got = change.path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data);
    const want = change.value;
    const ok = typeof want === 'string' && typeof got === 'string' ? sameText(got, want) : JSON.stringify(got) === JSON.stringify(want);
    if (!ok) throw new EssError(`L’import dans ${file} n’a pas pu écrire « ${change.path} » sans risque : rien n’a été modifié. Signalez-le avec le DOCX et le dossier.`);
  }
}

const STATUS: Record<PlanEntry['status'], string> = {
  changed: 'modifiée',
  same: 'inchangée',
  missing: 'non trouvée',
  'kept-empty': 'conservée',
  'kept-placeholder': 'conservée',
  placeholder: 'à compléter',
  unreadable: 'non importée',
};

function entryLine(e: PlanEntry): string {
  const what = `${STATUS[e.status].padEnd(12)} ${e.path} (${e.label})`;
  switch (e.status) {
    case 'changed':
      return `  ${what}${e.detail ? ` : ${e.detail}` : ''}`;
    case 'missing':
      return `  ${what} : la question n’est pas dans le DOCX, le dossier garde sa réponse`;
    case 'kept-empty':
      return `  ${what} : vide dans le DOCX ; la réponse du dossier n’est pas effacée (effacez-la dans le dossier si c’est voulu)`;
    case 'kept-placeholder':
      return `  ${what} : le DOCX dit encore « À COMPLÉTER » ; la réponse du dossier est gardée`;
    case 'placeholder':
      return `  ${what} : « À COMPLÉTER » dans le DOCX comme dans le dossier`;
    case 'unreadable':
      return `  ${what} : ${e.detail}`;
    default:
      return `  ${what}`;
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;
const cut = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export function report(plan: Plan, reading: Reading, revisions: number): string[] {
  const out = plan.entries.map(entryLine);
  for (const path of reading.duplicates) out.push(`  en double    ${path} : la question revient plus loin dans le DOCX ; seule la première réponse est lue`);
  for (const found of reading.answers.values())
    if (found.tables > 0) out.push(`  ${found.path} : ${plural(found.tables, 'tableau', 'tableaux')} sous la question non importé${found.tables > 1 ? 's' : ''} (seul le texte est lu)`);
  if (reading.unplaced.length > 0) {
    out.push('Parties non placées (non importées : elles ne suivent aucune question de la trame) :');
    for (const u of reading.unplaced) out.push(`  après « ${cut(u.after || 'le début du document')} » : « ${cut(u.text)} »`);
  }
  for (const [name, comparison] of [
    ['Partenaires', plan.partenaires],
    ['Adhérents', plan.adherents],
  ] as const) {
    if (!comparison) continue;
    if (comparison.differences.length === 0)
      out.push(`${name} : ${comparison.count === 1 ? 'celui du DOCX est celui' : `les ${comparison.count} du DOCX sont ceux`} du dossier (comparés, jamais importés).`);
    else {
      out.push(`${name} : le DOCX diffère du dossier (comparés, jamais importés ; corrigez le dossier si c’est le DOCX qui a raison) :`);
      for (const d of comparison.differences) out.push(`  ${d}`);
    }
  }
  if (revisions > 0)
    out.push(`Le DOCX contient ${plural(revisions, 'modification suivie', 'modifications suivies')} : lue${revisions > 1 ? 's' : ''} comme acceptée${revisions > 1 ? 's' : ''} (texte inséré gardé, texte supprimé ignoré). Les commentaires ne sont pas importés.`);
  const count = (s: PlanEntry['status'][]) => plan.entries.filter((e) => s.includes(e.status)).length;
  out.push(
    `Bilan : ${plural(count(['changed']), 'réponse modifiée', 'réponses modifiées')}, ${count(['same', 'placeholder'])} inchangée${count(['same', 'placeholder']) > 1 ? 's' : ''}, ` +
      `${count(['kept-empty', 'kept-placeholder'])} conservée${count(['kept-empty', 'kept-placeholder']) > 1 ? 's' : ''}, ${count(['missing'])} non trouvée${count(['missing']) > 1 ? 's' : ''}` +
      `${count(['unreadable']) > 0 ? `, ${count(['unreadable'])} non importée${count(['unreadable']) > 1 ? 's' : ''}` : ''}.`,
  );
  return out;
}
