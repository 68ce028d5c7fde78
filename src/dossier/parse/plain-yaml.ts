// A fast reader for the plain YAML a dossier is made of. It exists for speed only: run cold, the
// `yaml` library spends 150–180 ms on a 1,000-adhérent dossier, this reader about a tenth of that.
// On what it accepts it must agree with that library exactly, data and positions
// (test/dossier/parse/plain-yaml.test.ts checks it, with fast-check documents).
//
// The grammar it accepts (anything else, or anything doubtful, and it gives up):
//   document    = ["---" [comment]] block-map                      ; at column 0, no BOM, no lone CR
//   block-map   = { indent key ":" (" " value | block-below) }     ; same indentation, keys unique
//   block-seq   = { indent "-" (" " value | block-below) }         ; "- - x" and "- key: v" allowed
//   block-below = block-map | block-seq                           ; deeper (a seq may stay at the key's column)
//   value       = plain | "'…'" | '"…"' | flow | ("|" | ">") ["-" | "+"] block-lines
//   plain       = one line, not starting with an indicator, no ": " nor " #"; null, booleans and
//                 decimal integers resolved as YAML 1.2's core schema, other numbers give up
//   flow        = "[" scalar {"," scalar} "]" | "{" key ": " scalar {"," key ": " scalar} "}"  ; one line
//   key         = a simple word (letters, digits, "_", "-", "."), never "__proto__"
//   comment     = "#" … to the end of the line, after a space
// It gives up on anchors, aliases, tags, multi-line plain or quoted scalars, duplicate keys, tabs
// in the structure, and numbers that are not plain integers: the `yaml` library then reads the file
// and reports what is wrong. With --debug, the reason is printed (« lecture YAML complète (raison : …) »).
import { escapeSegment } from '../../core/json-pointer.js';
import type { IndexEntry } from './source-index.js';
import { Lines, type Line } from './plain-lines.js';
import { doubleQuoted, foldLines, giveUp, GiveUp, resolvePlain, singleQuoted, startsPlain } from './plain-scalars.js';

export interface PlainYaml {
  data: unknown;
  entries: Map<string, IndexEntry>;
}


class Reader extends Lines {
  /** Position inside a flow collection. */
  private p = 0;

  read(): PlainYaml {
    const { text } = this;
    if (text.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(text)) giveUp('marque d’ordre d’octets ou fin de ligne CR seule');
    this.skipBlank();
    const first = this.lines[this.i];
    if (first && text.startsWith('---', first.start) && first.indent === 0) {
      const rest = text.slice(first.start + 3, first.end).trim();
      if (rest !== '' && !rest.startsWith('#')) giveUp('texte après « --- »');
      if (first.end - first.start > 3 && text.charCodeAt(first.start + 3) !== 32) giveUp('« --- » suivi d’autre chose qu’une espace');
      this.i++;
      this.skipBlank();
    }
    const root = this.lines[this.i];
    if (!root || root.indent !== 0) giveUp('la racine n’est pas une table au début de la ligne');
    const data = this.collection(root.indent, root.indent, '', undefined);
    this.skipBlank();
    if (this.i < this.lines.length) giveUp('contenu après la fin du document');
    return { data, entries: this.entries };
  }

  /** A block mapping or sequence starting on the current line at `col` (its indentation `indent`). */
  private collection(indent: number, col: number, pointer: string, key: number | undefined): unknown {
    const line = this.lines[this.i]!;
    this.structural(line, col);
    return this.isDash(line, col) ? this.sequence(indent, pointer, key) : this.mapping(indent, col, pointer, key);
  }

  /** A block sequence whose dashes stand at `indent`; the first may follow another dash (`- - x`). */
  private sequence(indent: number, pointer: string, key: number | undefined, inline = false): unknown[] {
    const items: unknown[] = [];
    const start = this.lines[this.i]!.start + indent;
    const entry: IndexEntry = { value: start, key, spanStart: key ?? start, spanEnd: start };
    this.entries.set(pointer, entry);
    for (let first = true; ; first = false) {
      if (!(first && inline)) {
        this.skipBlank();
        const line = this.lines[this.i];
        if (!line || line.indent < indent) break;
        if (line.indent > indent) giveUp('élément de liste plus indenté que ses voisins');
        this.structural(line, indent);
        if (!this.isDash(line, indent)) break;
      }
      const line = this.lines[this.i]!;
      const itemPointer = `${pointer}/${items.length}`;
      let col = indent + 1;
      while (line.start + col < line.end && this.text.charCodeAt(line.start + col) === 32) col++;
      if (line.start + col >= line.end || this.text.charCodeAt(line.start + col) === 35) {
        // "-" alone: the item is the block below it.
        this.i++;
        this.skipBlank();
        const next = this.lines[this.i];
        if (!next || next.indent <= indent) giveUp('« - » seul sans bloc en dessous');
        items.push(this.collection(next.indent, next.indent, itemPointer, undefined));
      } else if (this.isDash(line, col)) {
        items.push(this.sequence(col, itemPointer, undefined, true));
      } else {
        items.push(this.inline(col, indent, itemPointer, undefined, true));
      }
    }
    entry.spanEnd = this.spanEnd();
    return items;
  }

  private mapping(indent: number, firstCol: number, pointer: string, key: number | undefined): Record<string, unknown> {
    const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const start = this.lines[this.i]!.start + firstCol;
    const entry: IndexEntry = { value: start, key, spanStart: key ?? start, spanEnd: start };
    this.entries.set(pointer, entry);
    let first = true;
    for (;;) {
      if (!first) this.skipBlank();
      const line = this.lines[this.i];
      if (!line) break;
      let col = firstCol;
      if (!first) {
        if (line.indent < indent) break;
        if (line.indent > indent) giveUp('clé plus indentée que ses voisines');
        col = indent;
      }
      first = false;
      this.structural(line, col);
      if (this.isDash(line, col)) giveUp('liste mêlée à une table au même niveau');
      const { text } = this;
      const keyStart = line.start + col;
      const [name, colon] = this.blockKey(keyStart, line.end);
      if (Object.prototype.hasOwnProperty.call(object, name)) giveUp('clé en double');
      const child = `${pointer}/${escapeSegment(name)}`;
      let valueCol = colon + 1 - line.start;
      while (line.start + valueCol < line.end && text.charCodeAt(line.start + valueCol) === 32) valueCol++;
      if (line.start + valueCol < line.end && text.charCodeAt(line.start + valueCol) !== 35) {
        object[name] = this.inline(valueCol, indent, child, keyStart, false);
        continue;
      }
      // Nothing after the colon: a block below, a sequence at the same indentation, or no answer.
      if (line.start + valueCol < line.end && text.charCodeAt(line.start + valueCol - 1) !== 32) giveUp('valeur collée aux deux-points');
      this.i++;
      this.skipBlank();
      const next = this.lines[this.i];
      if (next && next.indent > indent) {
        object[name] = this.collection(next.indent, next.indent, child, keyStart);
      } else if (next && next.indent === indent && this.structural(next, indent) !== -1 && this.isDash(next, indent)) {
        object[name] = this.sequence(indent, child, keyStart);
      } else {
        object[name] = null;
        this.entries.set(child, { value: keyStart, key: keyStart, plain: '', spanStart: keyStart, spanEnd: colon + 1 });
      }
    }
    entry.spanEnd = this.spanEnd();
    return object;
  }

  /**
   * A value that starts on the current line at `col`: a scalar, a one-line flow collection, a
   * block scalar, or — in a sequence item — a mapping whose first key is on this line.
   */
  private inline(col: number, parentIndent: number, pointer: string, key: number | undefined, inItem: boolean): unknown {
    const line = this.lines[this.i]!;
    const { text } = this;
    const at = line.start + col;
    const c = text[at]!;
    let value: unknown;
    let end: number;
    if (c === '|' || c === '>') return this.blockScalar(at, line, parentIndent, pointer, key);
    if (c === '"' || c === "'") {
      [value, end] = c === '"' ? doubleQuoted(this.text, at, line.end) : singleQuoted(this.text, at, line.end);
      if (inItem && text[end] === ':' && (end + 1 === line.end || text.charCodeAt(end + 1) === 32)) return this.mapping(col, col, pointer, key);
      this.entries.set(pointer, { value: at, key, spanStart: key ?? at, spanEnd: end });
    } else if (c === '[' || c === '{') {
      [value, end] = this.flow(at, line.end, pointer, key);
    } else {
      const contentEnd = this.commentStart(at, line.end);
      if (inItem && this.keyEnd(at, contentEnd) !== -1) return this.mapping(col, col, pointer, key);
      const source = text.slice(at, contentEnd).trimEnd();
      if (!startsPlain(source) || source.includes(': ') || source.endsWith(':') || source.includes('\t')) giveUp('valeur qui commence par un caractère réservé (&, *, !, |…) ou contient « : »');
      value = resolvePlain(source);
      end = at + source.length;
      this.entries.set(pointer, { value: at, key, plain: source, spanStart: key ?? at, spanEnd: end });
    }
    this.rest(end, line.end);
    this.i++;
    this.noContinuation(parentIndent);
    return value;
  }

  /** `[a, "b"]` or `{ k: v, k2: "w" }` on one line, of scalars only. */
  private flow(at: number, end: number, pointer: string, key: number | undefined): [unknown, number] {
    const { text } = this;
    const isMap = text.charCodeAt(at) === 123; /* { */
    const close = isMap ? 125 : 93; /* } ] */
    const entry: IndexEntry = { value: at, key, spanStart: key ?? at, spanEnd: at };
    this.entries.set(pointer, entry);
    const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const list: unknown[] = [];
    this.p = this.spaces(at + 1, end);
    if (text.charCodeAt(this.p) === close) this.p++;
    else {
      for (;;) {
        if (isMap) {
          const keyAt = this.p;
          const colon = this.flowPlainEnd(keyAt, end, close, true);
          const name = text.slice(keyAt, colon).trimEnd();
          if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 32 || !this.isPlainKey(name)) giveUp('clé de table entre accolades qui n’est pas un simple mot');
          if (Object.prototype.hasOwnProperty.call(record, name)) giveUp('clé en double entre accolades');
          record[name] = this.flowScalar(colon + 1, end, close, `${pointer}/${escapeSegment(name)}`, keyAt);
        } else {
          list.push(this.flowScalar(this.p, end, close, `${pointer}/${list.length}`, undefined));
        }
        const c = text.charCodeAt((this.p = this.spaces(this.p, end)));
        if (c === 44 /* , */) {
          this.p = this.spaces(this.p + 1, end);
          if (text.charCodeAt(this.p) === close) giveUp('virgule en trop entre crochets ou accolades');
          continue;
        }
        if (c !== close) giveUp('crochet ou accolade non fermé sur la ligne');
        this.p++;
        break;
      }
    }
    entry.spanEnd = this.p;
    return [isMap ? record : list, this.p];
  }

  /** Where a plain scalar of a flow collection ends (`,`, the closing bracket, a key's `:`). */


  /** A scalar of a flow collection, from `from`; leaves this.p after it. */
  private flowScalar(from: number, end: number, close: number, pointer: string, key: number | undefined): unknown {
    const { text } = this;
    const start = this.spaces(from, end);
    const c = text.charCodeAt(start);
    if (c === 34 || c === 39) {
      const [value, after] = c === 34 ? doubleQuoted(this.text, start, end) : singleQuoted(this.text, start, end);
      this.p = after;
      this.entries.set(pointer, { value: start, key, spanStart: key ?? start, spanEnd: after });
      return value;
    }
    this.p = this.flowPlainEnd(start, end, close, false);
    const source = text.slice(start, this.p).trimEnd();
    if (!startsPlain(source) || c === 45 || c === 63 /* - ? */) giveUp('élément entre crochets qui commence par un caractère réservé');
    this.entries.set(pointer, { value: start, key, plain: source, spanStart: key ?? start, spanEnd: start + source.length });
    return resolvePlain(source);
  }

  /** `|`, `|-`, `|+`, `>`, `>-`, `>+` and the lines below, more indented than the parent. */
  private blockScalar(at: number, line: Line, parentIndent: number, pointer: string, key: number | undefined): string {
    const { text } = this;
    const folded = text[at] === '>';
    let p = at + 1;
    const chomp = text[p] === '-' || text[p] === '+' ? text[p++] : '';
    this.rest(p, line.end);
    const content: string[] = [];
    let indent = -1;
    let j = this.i + 1;
    for (; j < this.lines.length; j++) {
      const l = this.lines[j]!;
      const empty = l.end === l.start + l.indent;
      if (empty) {
        if (indent !== -1 && l.indent > indent) giveUp('ligne vide plus indentée dans un bloc');
        content.push('');
        continue;
      }
      if (indent === -1) {
        if (l.indent <= parentIndent) break;
        indent = l.indent;
        // Blank lines before the first line may not be deeper than it.
        for (let k = this.i + 1; k < j; k++) if (this.lines[k]!.indent > indent) giveUp('ligne vide plus indentée au début d’un bloc');
      }
      if (l.indent < indent) break;
      content.push(text.slice(l.start + indent, l.end));
    }
    if (indent === -1) {
      // An empty block (`autres: |` as `init` writes an optional answer) is the empty string; with
      // `+`, or blank lines holding spaces, the library decides.
      if (chomp === '+') giveUp('bloc « |+ » vide');
      for (let k = this.i + 1; k < j; k++) if (this.lines[k]!.indent > 0) giveUp('bloc vide suivi de lignes d’espaces');
      this.i = j;
      this.entries.set(pointer, { value: at, key, spanStart: key ?? at, spanEnd: this.spanEnd() });
      return '';
    }
    if (j === this.lines.length && !text.endsWith('\n')) giveUp('bloc « | » ou « > » en fin de fichier sans retour à la ligne');
    let last = content.length - 1;
    while (last >= 0 && content[last] === '') last--;
    const trailing = content.length - 1 - last;
    const lines = content.slice(0, last + 1);
    const body = folded ? foldLines(lines) : lines.join('\n');
    const value = chomp === '-' ? body : chomp === '+' ? `${body}\n${'\n'.repeat(trailing)}` : `${body}\n`;
    // Trailing empty lines belong to the scalar; the structure resumes at the next non-empty line.
    this.i = j;
    this.entries.set(pointer, { value: at, key, spanStart: key ?? at, spanEnd: this.spanEnd() });
    return value;
  }
}

/**
 * The data and positions of a dossier in plain YAML, or undefined to let the `yaml` library read
 * it; `onGiveUp` hears why (shown with --debug: the fast path is observable).
 */
export function readPlainYaml(text: string, onGiveUp?: (reason: string) => void): PlainYaml | undefined {
  try {
    return new Reader(text).read();
  } catch (error) {
    // A give-up, or a case this reader did not foresee: the full parser decides.
    onGiveUp?.(error instanceof GiveUp ? error.reason : `cas imprévu (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}
