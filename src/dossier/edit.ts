// Editing the text of a dossier the way a person would: one answer changed, and every other byte
// of the file (comments, order, quotes, blank lines) left as the user wrote it. The yaml library's
// concrete syntax tree (CST) is edited in place where the answer exists; where it does not, the
// new key is written as text at the end of its section, with the section's indentation.
import { Composer, CST, Document, LineCounter, Parser, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { EssError } from '../core/errors.js';

export type AnswerPath = readonly (string | number)[];

/** A value to write: a free-text answer, a figure, or a structured part (a partner, a list of adhérents). */
export type AnswerValue = string | number | boolean | readonly unknown[] | { readonly [key: string]: unknown };

interface Parsed {
  tokens: CST.Token[];
  doc: Document.Parsed;
  lines: LineCounter;
}

function parse(text: string): Parsed {
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (!doc || docs.length > 1 || doc.errors.length > 0) {
    const at = doc?.errors[0] ? lines.linePos(doc.errors[0].pos[0]) : undefined;
    throw new EssError(
      `Le dossier ne peut pas être modifié : sa syntaxe YAML est incorrecte${at ? ` (ligne ${at.line}, colonne ${at.col})` : ''}. ` +
        'Corrigez d’abord l’erreur que signale « ess check », puis relancez la commande.',
    );
  }
  return { tokens, doc, lines };
}

/**
 * Sets one answer. A string with `block` (every free-text answer) or with a line break is written
 * as a literal block (`|`), its lines indented under the key; other strings are written plain, or
 * quoted when YAML would read them as something else (digits, dates, « oui »).
 */
export function setAnswer(text: string, path: AnswerPath, value: AnswerValue, options: EditOptions = {}): string {
  if (path.length === 0) throw new Error('setAnswer: empty path');
  if (typeof value === 'string' && (options.block === true || value.includes('\n'))) value = blockText(value);
  const { tokens, doc, lines } = parse(text);
  const node = doc.getIn(path, true) as Node | undefined;
  const scalar = typeof value !== 'object' || value === null;
  if (isScalar(node) && node.srcToken && scalar) {
    const block = typeof value === 'string' && value.includes('\n');
    CST.setScalarValue(node.srcToken, String(value), { afterKey: true, type: block ? 'BLOCK_LITERAL' : scalarType(value as string | number | boolean) });
    return tokens.map((t) => CST.stringify(t)).join('');
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (node && node.range) return replaceNode(text, doc, lines, path, node, value, eol, options);
  return insertKey(text, doc, lines, path, value, eol, options);
}

export interface EditOptions {
  /** A free-text answer: written as a literal block (`|`). */
  block?: boolean;
  /**
   * Items of a list written one per line in flow style (`- { nom: X, rpps: "…" }`), as `init`
   * writes the adhérents; appendItems follows the style of the list's last item instead when it has one.
   */
  flowItems?: boolean;
}

/** Adds items at the end of a list (adhérents, partners…), creating the list where it is missing or empty. */
export function appendItems(text: string, path: AnswerPath, items: readonly unknown[], options: EditOptions = {}): string {
  if (items.length === 0) return text;
  const { doc, lines } = parse(text);
  const node = doc.getIn(path, true) as Node | undefined;
  if (!isSeq(node) || node.flow || node.items.length === 0 || !node.range) {
    const existing = isSeq(node) ? (node.toJSON() as unknown[]) : [];
    return setAnswer(text, path, [...existing, ...items], options);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = lines.linePos(node.range[0]).col - 1;
  const at = lineEndAfter(text, lastContentEnd(text, node));
  const last = node.items[node.items.length - 1];
  const flowItems = isMap(last) || isSeq(last) ? last.flow === true : options.flowItems;
  const prefix = at > 0 && !text.slice(0, at).endsWith('\n') ? eol : '';
  return text.slice(0, at) + prefix + withEol(fragment(items, indent, flowItems), eol) + text.slice(at);
}

/**
 * Removes one answer: its key and value, and the comment lines just above the key at its
 * indentation (they speak of it: « À garder si l’association est constituée ; sinon supprimez
 * cette ligne »). Nothing else changes; an answer that is not there leaves the text as it is.
 */
export function removeAnswer(text: string, path: AnswerPath): string {
  if (path.length === 0) throw new Error('removeAnswer: empty path');
  const { doc } = parse(text);
  const parent = path.length === 1 ? doc.contents : (doc.getIn(path.slice(0, -1), true) as Node | undefined);
  if (!isMap(parent) || parent.flow) return text;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]));
  const key = pair?.key as Node | undefined;
  if (!pair || !key?.range) return text;
  const value = pair.value as Node | null;
  let from = lineStartBefore(text, key.range[0]);
  const indent = text.slice(from, key.range[0]);
  if (!/^[ \t]*$/.test(indent)) return text;
  const to = lineEndAfter(text, value?.range ? lastContentEnd(text, value) : key.range[1]);
  while (from > 0) {
    const above = lineStartBefore(text, from - 1);
    if (!text.slice(above, from).startsWith(`${indent}#`)) break;
    from = above;
  }
  return text.slice(0, from) + text.slice(to);
}

/** The old value is a null (`clé:` alone), a scalar with no source, a flow collection, or a block collection replaced whole. */
function replaceNode(text: string, doc: Document.Parsed, lines: LineCounter, path: AnswerPath, node: Node, value: AnswerValue, eol: string, options: EditOptions): string {
  const [start, end] = node.range!;
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    if (typeof value !== 'object' || value === null || (Array.isArray(value) && value.length === 0))
      throw new Error('setAnswer: a block collection is only replaced by another one');
    const from = lineStartBefore(text, start);
    const to = lineEndAfter(text, lastContentEnd(text, node));
    return text.slice(0, from) + withEol(fragment(value, lines.linePos(start).col - 1, options.flowItems), eol) + text.slice(to);
  }
  const childIndent = keyIndent(doc, lines, path) + 2;
  const before = text.slice(0, start).replace(/[ \t]+$/, '');
  let written: string;
  if (typeof value === 'string' && value.includes('\n')) written = ` |${eol}${withEol(indentLines(value.replace(/\n$/, ''), childIndent), eol)}`;
  else if (typeof value !== 'object' || value === null) written = ` ${scalarSource(value)}`;
  else if (Array.isArray(value) && value.length === 0) written = ' []';
  else written = eol + withEol(fragment(value, childIndent, options.flowItems).replace(/\n$/, ''), eol);
  return before + written + text.slice(end);
}

/** A key that does not exist yet: written at the end of its section (created too, when missing). */
function insertKey(text: string, doc: Document.Parsed, lines: LineCounter, path: AnswerPath, value: AnswerValue, eol: string, options: EditOptions): string {
  let depth = path.length - 1;
  while (depth > 0 && doc.getIn(path.slice(0, depth), true) === undefined) depth--;
  const parentPath = path.slice(0, depth);
  const parent = depth === 0 ? doc.contents : (doc.getIn(parentPath, true) as Node);
  let nested: unknown = value;
  for (let i = path.length - 1; i > depth; i--) nested = { [String(path[i])]: nested };
  const key = String(path[depth]);
  if (!isMap(parent) || parent.flow || parent.items.length === 0) {
    if (depth === 0) {
      if (isMap(parent) && !parent.flow) return text + (text === '' || text.endsWith('\n') ? '' : eol) + withEol(fragment({ [key]: nested }, 0, options.flowItems), eol);
      throw new EssError('Le dossier ne peut pas être modifié : il ne commence pas par des clés (version, ess, territoire…).');
    }
    const current = isMap(parent) ? (parent.toJSON() as Record<string, unknown>) : {};
    return setAnswer(text, parentPath, { ...current, [key]: nested } as AnswerValue, { flowItems: options.flowItems });
  }
  const firstKey = parent.items[0]!.key as Node;
  const indent = lines.linePos(firstKey.range![0]).col - 1;
  const at = lineEndAfter(text, lastContentEnd(text, parent));
  const prefix = at > 0 && !text.slice(0, at).endsWith('\n') ? eol : '';
  return text.slice(0, at) + prefix + withEol(fragment({ [key]: nested }, indent, options.flowItems), eol) + text.slice(at);
}

/** The end of a collection's last value, before the blank lines and comment lines that follow it. */
function lastContentEnd(text: string, node: Node): number {
  let end = node.range![1];
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1] as unknown;
    const lastNode = (isMap(node) ? ((last as { value?: Node }).value ?? (last as { key?: Node }).key) : last) as Node | undefined;
    if (lastNode?.range) end = lastContentEnd(text, lastNode);
  }
  // A block scalar's range ends after its trailing line breaks: step back to its last character.
  while (end > 0 && /[\r\n \t]/.test(text[end - 1]!)) end--;
  return end;
}

function lineEndAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function lineStartBefore(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The column of the key (or list item) at `path`. */
function keyIndent(doc: Document.Parsed, lines: LineCounter, path: AnswerPath): number {
  const parent = path.length === 1 ? doc.contents : (doc.getIn(path.slice(0, -1), true) as Node | undefined);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
    const key = pair?.key as Node | undefined;
    if (key?.range) return lines.linePos(key.range[0]).col - 1;
  }
  const node = doc.getIn(path, true) as Node | undefined;
  if (isSeq(parent) && node?.range) return lines.linePos(node.range[0]).col - 1;
  return 0;
}

/** A free-text answer ends with one line break, so that it is written `|` and read back the same. */
function blockText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
  return `${text}\n`;
}

function scalarType(value: string | number | boolean): 'PLAIN' | 'QUOTE_DOUBLE' {
  if (typeof value !== 'string') return 'PLAIN';
  return scalarSource(value).startsWith('"') ? 'QUOTE_DOUBLE' : 'PLAIN';
}

/** One scalar as YAML source: a string that YAML would read as another type is quoted. */
function scalarSource(value: unknown): string {
  return new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** Structured values as block YAML, indented; strings with line breaks as literal blocks; with `flowItems`, each map in a list on one line. */
function fragment(value: unknown, indent: number, flowItems = false): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.value.includes('\n')) {
        node.value = blockText(node.value);
        node.type = 'BLOCK_LITERAL';
      }
    },
    Map(_key, node, path) {
      if (flowItems && isSeq(path[path.length - 1]) && !node.items.some((pair) => isScalar(pair.value) && String(pair.value.value).includes('\n'))) node.flow = true;
    },
  });
  const source = doc.toString({ lineWidth: 0, indentSeq: true, blockQuote: 'literal', flowCollectionPadding: true });
  return indentLines(source.replace(/\n$/, ''), indent) + '\n';
}

function indentLines(source: string, indent: number): string {
  const pad = ' '.repeat(Math.max(0, indent));
  return source
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n');
}

function withEol(source: string, eol: string): string {
  return eol === '\n' ? source : source.replace(/\n/g, eol);
}
