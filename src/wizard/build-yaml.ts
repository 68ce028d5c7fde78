// One pure function turns the answers into the text of the dossier, for both the wizard and
// --non-interactif: the schema modeline first, the trame's heading and question (taken from the
// schema's French titles and descriptions) before each section and question, then the answers.
import { Document, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { toPointer, type Segment } from '../core/json-pointer.js';
import { schemaAt } from '../dossier/schema-nav.js';
import { mergeAnswers, type InitAnswers } from './skeleton.js';

export interface BuildOptions {
  /** Path or URL of schemas/dossier.schema.json for the editor modeline. */
  schemaRef: string;
}

/** Guidance that is ours, not the trame's: how to fill what the wizard does not ask. */
const NOTES: Record<string, string> = {
  '': 'Dossier créé par « ess init ». Remplacez chaque « À COMPLÉTER » par votre réponse, puis vérifiez avec « ess check ».',
  '/territoire': 'Dérogation (moins de 10 médecins sur le territoire, zone en tension, plusieurs spécialités) : ajoutez\nderogation:\n  motif: …',
  '/statut_juridique/siret': 'À garder si l’association est constituée ; sinon supprimez cette ligne.',
  '/statut_juridique/date_depot_prefecture': 'À garder si l’association est en cours de création ; sinon supprimez cette ligne.',
  '/partenaires':
    'Un partenaire par entrée. type : msp, cds, esp, cpts, dac, ess, etablissement_sante, medico_social ou autre ; formalisation : envisagee, en_cours ou formalisee.',
  '/missions/consultations_avancees':
    'Mission optionnelle : laissez « lieux: [] » si l’ESS n’en prévoit pas ; sinon un lieu par entrée :\n- { commune: …, code_postal: "64120", structure: …, vacations: …, specificite: … }',
  '/deploiement/missions': 'Si l’ESS prévoit la mission optionnelle, ajoutez :\nconsultations_avancees: { travaux: …, date: AAAA-MM-JJ }',
  '/indicateurs/complementaires': 'Facultatif : un indicateur par ligne, « - … ».',
  '/indicateurs/qualitatifs': 'Au moins un indicateur, un par ligne, « - … ».',
  '/adherents': 'Un médecin par ligne ; numéro RPPS à 11 chiffres entre guillemets ; « specialite: » seulement si elle diffère de celle de l’ESS.',
};

const WIDTH = 96;

/** Words for wrapping; French punctuation stays with its word (« x » :, ?, ;). */
function words(text: string): string[] {
  const out: string[] = [];
  let glueNext = false;
  for (const token of text.split(' ')) {
    if (out.length && (glueNext || /^[:;?!»]$/.test(token))) out[out.length - 1] += ' ' + token;
    else out.push(token);
    glueNext = token === '«';
  }
  return out;
}

/** Wraps a text for a YAML comment; every line starts with a space after « # ». */
function commentLines(text: string): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (/^\s*[-\w"]+:|^\s*-/.test(paragraph) || paragraph.length <= WIDTH) {
      out.push(' ' + paragraph);
      continue;
    }
    let line = '';
    for (const word of words(paragraph)) {
      if (line && line.length + 1 + word.length > WIDTH) {
        out.push(' ' + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(' ' + line);
  }
  return out.join('\n');
}

function commentFor(pointer: string, depth: number): string | undefined {
  const node = schemaAt(pointer);
  const parts: string[] = [];
  if (depth === 1 && node?.title) {
    parts.push(node.title);
    if (node.description && node.description !== node.title) parts.push(node.description);
  } else if (node?.description && node.description.length > 50) parts.push(node.description);
  if (NOTES[pointer]) parts.push(NOTES[pointer]!);
  return parts.length ? commentLines(parts.join('\n')) : undefined;
}

/** Digit strings stay strings for every reader (leading zeros of codes postaux, RPPS, SIRET). */
function styleScalar(scalar: Scalar): void {
  if (typeof scalar.value !== 'string') return;
  if (scalar.value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
  else if (/^\+?[0-9][0-9 .]*$/.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
}

function decorate(node: Node | null, path: Segment[], inList: boolean): void {
  if (isScalar(node)) return styleScalar(node);
  if (isSeq(node)) {
    const pointer = toPointer(path);
    // Short lists of codes and the table of adhérents read best one entry per line, in flow style.
    if (pointer === '/territoire/departements' || pointer === '/adherents') {
      if (pointer === '/territoire/departements') node.flow = true;
      node.items.forEach((item, i) => {
        if (isMap(item)) item.flow = true;
        decorate(item as Node, [...path, i], true);
      });
      return;
    }
    node.items.forEach((item, i) => decorate(item as Node, [...path, i], true));
    return;
  }
  if (isMap(node)) {
    (node as YAMLMap).items.forEach((pair: Pair, i) => {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      const childPath = [...path, key];
      if (!inList) {
        const comment = commentFor(toPointer(childPath), childPath.length);
        if (comment) pair.key.commentBefore = comment;
        if (childPath.length === 1 && i > 0) pair.key.spaceBefore = true;
      }
      decorate(pair.value as Node, childPath, inList);
    });
  }
}

/** The text of the dossier file for these answers (placeholders for the rest). */
export function buildDossierYaml(answers: InitAnswers, options: BuildOptions): string {
  const dossier = mergeAnswers(answers);
  const doc = new Document(dossier, { keepUndefined: false });
  decorate(doc.contents as Node, [], false);
  doc.commentBefore = ` yaml-language-server: $schema=${options.schemaRef}\n\n${commentLines(NOTES['']!)}`;
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: true });
}
