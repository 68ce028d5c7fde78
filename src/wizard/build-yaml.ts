// One pure function turns the answers into the text of the dossier, for both the wizard and
// --non-interactif: the schema modeline first, the trame's heading and question (taken from the
// schema's French titles and descriptions) before each section and question, then the answers.
import { Document, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { toPointer, type Segment } from '../core/json-pointer.js';
import { schemaAt } from '../dossier/schema-nav.js';
import { questions } from '../trame/index.js';
import { mergeAnswers, type InitAnswers } from './skeleton.js';

export interface BuildOptions {
  /** Path or URL of schemas/dossier.schema.json for the editor modeline. */
  schemaRef: string;
}

/**
 * The top of the file: what the file is, and how to write a long answer under its question
 * without learning YAML (issue 16: « : », « # » and a second line broke plain scalars). The
 * notes of each part (how to fill what the wizard does not ask) are the schema's `x-ess.note`.
 */
const HEADER = [
  'Dossier créé par « ess init ». Remplacez chaque « À COMPLÉTER » par votre réponse, puis vérifiez avec « ess check ».',
  '',
  'Les réponses longues s’écrivent dans un bloc, sous la ligne de la question qui finit par « | » :',
  '- gardez le retrait (les espaces en début de ligne) de la ligne « À COMPLÉTER » pour chaque ligne du texte ;',
  '- une ligne vide commence un nouveau paragraphe ;',
  '- « - » en début de ligne fait une puce ;',
  '- dans un bloc, « : », « # » et les guillemets s’écrivent tels quels.',
].join('\n');

type XEss = { note?: string; yaml?: 'flow' | 'flow-items' };
const xEss = (pointer: string): XEss => (schemaAt(pointer)?.['x-ess'] as XEss | undefined) ?? {};

/** The free-text answers (`texte-long`), as pointer patterns ('*' for list items). */
const FREE_TEXT = new Set(questions.filter((q) => q.kind === 'texte-long').map((q) => q.pointer));
const patternOf = (path: Segment[]) => toPointer(path.map((s) => (typeof s === 'number' ? '*' : s)));

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
    if (paragraph === '') {
      out.push('');
      continue;
    }
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
  const note = xEss(pointer).note;
  if (note) parts.push(note);
  return parts.length ? commentLines(parts.join('\n')) : undefined;
}

/**
 * A free-text answer is a block (« | », the text on the lines below, indented), even a placeholder
 * or an empty one, so that the user writes under it; its final line end is the block's. Digit
 * strings stay strings for every reader (leading zeros of codes postaux, RPPS, SIRET).
 */
function styleScalar(scalar: Scalar, path: Segment[]): void {
  if (typeof scalar.value !== 'string') return;
  if (FREE_TEXT.has(patternOf(path))) {
    scalar.type = Scalar.BLOCK_LITERAL;
    if (scalar.value !== '' && !scalar.value.endsWith('\n')) scalar.value += '\n';
  } else if (scalar.value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
  else if (/^\+?[0-9][0-9 .]*$/.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
}

function decorate(node: Node | null, path: Segment[], inList: boolean): void {
  if (isScalar(node)) return styleScalar(node, path);
  if (isSeq(node)) {
    // Short lists of codes and the table of adhérents read best in flow style (x-ess.yaml).
    const layout = xEss(toPointer(path)).yaml;
    if (layout) {
      if (layout === 'flow') node.flow = true;
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
  doc.commentBefore = ` yaml-language-server: $schema=${options.schemaRef}\n\n${commentLines(HEADER)}`;
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: true });
}
