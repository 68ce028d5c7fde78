// A fast reader for the plain YAML a dossier is made of: block mappings and sequences, one-line
// scalars (plain, quoted), literal and folded block scalars, one-line flow collections of scalars,
// comments. It exists for speed only: run cold, the `yaml` library spends 150–180 ms on a
// 1,000-adhérent dossier, this reader about a tenth of that. It gives up (returns undefined) on
// anything else or anything doubtful — anchors, tags, multi-line plain or quoted scalars,
// duplicate keys, tabs in the structure, numbers that are not plain integers… — and the `yaml`
// library then reads the file and reports what is wrong. On what it accepts it must agree with
// that library exactly, data and positions: test/foundation/plain-yaml.test.ts checks it.
import { escapeSegment } from '../../core/json-pointer.js';
import type { IndexEntry } from './source-index.js';

export interface PlainYaml {
  data: unknown;
  entries: Map<string, IndexEntry>;
}

/** Thrown inside the reader to give up; never escapes it. */
const GIVE_UP = Symbol('give up');

// Characters a plain scalar may not start with (YAML 1.2, c-indicator); `-`, `?` and `:` may
// start one only before a character that is not a space.
const INDICATORS = new Set([...',[]{}#&*!|>\'"%@`']);

function startsPlain(source: string): boolean {
  const c = source[0];
  if (c === undefined || INDICATORS.has(c)) return false;
  return !((c === '-' || c === '?' || c === ':') && (source.length === 1 || source[1] === ' '));
}
const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
// Other scalars of the core schema (floats, octal, hexadecimal, infinities): left to the library.
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// Characters that end or are not allowed in a plain scalar of a flow collection, or end the line.
const FLOW_SPECIAL = /[,:#[\]{}\t\r\n]/g;
const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };

function giveUp(): never {
  throw GIVE_UP;
}

/** The value of a plain scalar under YAML 1.2's core schema, as the `yaml` library resolves it. */
function resolvePlain(source: string): unknown {
  if (NULL.test(source)) return null;
  if (TRUE.test(source)) return true;
  if (FALSE.test(source)) return false;
  if (INT.test(source)) return parseInt(source, 10);
  if (OTHER_NUMBER.test(source)) giveUp();
  return source;
}

interface Line {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  /** Leading spaces. */
  indent: number;
  /** Nothing but spaces, or a comment. */
  blank: boolean;
}

class Reader {
  private readonly lines: Line[] = [];
  private i = 0;
  /** Position inside a flow collection. */
  private p = 0;
  readonly entries = new Map<string, IndexEntry>();

  constructor(private readonly text: string) {
    let start = 0;
    const n = text.length;
    while (start < n) {
      let nl = text.indexOf('\n', start);
      if (nl === -1) nl = n;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === 32) indent++;
      const first = start + indent < end ? text.charCodeAt(start + indent) : -1;
      this.lines.push({ start, end, indent, blank: first === -1 || first === 35 /* # */ });
      start = nl + 1;
    }
  }

  read(): PlainYaml {
    const { text } = this;
    if (text.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(text)) giveUp();
    this.skipBlank();
    const first = this.lines[this.i];
    if (first && text.startsWith('---', first.start) && first.indent === 0) {
      const rest = text.slice(first.start + 3, first.end).trim();
      if (rest !== '' && !rest.startsWith('#')) giveUp();
      if (first.end - first.start > 3 && text.charCodeAt(first.start + 3) !== 32) giveUp();
      this.i++;
      this.skipBlank();
    }
    const root = this.lines[this.i];
    if (!root || root.indent !== 0) giveUp();
    const data = this.collection(root.indent, root.indent, '', undefined);
    this.skipBlank();
    if (this.i < this.lines.length) giveUp();
    return { data, entries: this.entries };
  }

  private skipBlank(): void {
    while (this.i < this.lines.length && this.lines[this.i]!.blank) this.i++;
  }

  /** The first character of a line's content that is not a space; a tab there is structure. */
  private structural(line: Line, col: number): number {
    const code = col < line.end - line.start ? this.text.charCodeAt(line.start + col) : -1;
    if (code === 9) giveUp();
    return code;
  }

  private isDash(line: Line, col: number): boolean {
    const at = line.start + col;
    if (this.text.charCodeAt(at) !== 45 /* - */) return false;
    const next = at + 1 < line.end ? this.text.charCodeAt(at + 1) : -1;
    return next === -1 || next === 32;
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
        if (line.indent > indent) giveUp();
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
        if (!next || next.indent <= indent) giveUp();
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
        if (line.indent > indent) giveUp();
        col = indent;
      }
      first = false;
      this.structural(line, col);
      if (this.isDash(line, col)) giveUp();
      const { text } = this;
      const keyStart = line.start + col;
      const [name, colon] = this.blockKey(keyStart, line.end);
      if (Object.prototype.hasOwnProperty.call(object, name)) giveUp();
      const child = `${pointer}/${escapeSegment(name)}`;
      let valueCol = colon + 1 - line.start;
      while (line.start + valueCol < line.end && text.charCodeAt(line.start + valueCol) === 32) valueCol++;
      if (line.start + valueCol < line.end && text.charCodeAt(line.start + valueCol) !== 35) {
        object[name] = this.inline(valueCol, indent, child, keyStart, false);
        continue;
      }
      // Nothing after the colon: a block below, a sequence at the same indentation, or no answer.
      if (line.start + valueCol < line.end && text.charCodeAt(line.start + valueCol - 1) !== 32) giveUp();
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

  /** End offset of the last line read. */
  private spanEnd(): number {
    const last = this.lines[this.i - 1];
    return last ? last.end : 0;
  }

  /** The key of a block mapping entry (plain or quoted) and the offset of its colon. */
  private blockKey(from: number, end: number): [string, number] {
    const { text } = this;
    const quote = text[from];
    if (quote === '"' || quote === "'") {
      const [name, after] = quote === '"' ? this.doubleQuoted(from, end) : this.singleQuoted(from, end);
      if (text[after] !== ':' || (after + 1 < end && text.charCodeAt(after + 1) !== 32) || name === '__proto__') giveUp();
      return [name, after];
    }
    const colon = this.keyEnd(from, end);
    if (colon === -1) giveUp();
    const name = text.slice(from, colon);
    if (!this.isPlainKey(name)) giveUp();
    return [name, colon];
  }

  /** Offset of the colon ending an implicit key that starts at `from`, or -1. */
  private keyEnd(from: number, end: number): number {
    const { text } = this;
    for (let at = from; at < end; at++) {
      const c = text.charCodeAt(at);
      if (c === 58 /* : */ && (at + 1 === end || text.charCodeAt(at + 1) === 32)) return at;
      if (c === 35 /* # */ && at > from && text.charCodeAt(at - 1) === 32) return -1;
    }
    return -1;
  }

  private isPlainKey(name: string): boolean {
    if (this.keys.has(name)) return true;
    if (this.checkKey(name)) {
      this.keys.add(name);
      return true;
    }
    return false;
  }

  /** Keys repeat (nom, prenom, rpps… of every adhérent): each is checked once. */
  private readonly keys = new Set<string>();

  private checkKey(name: string): boolean {
    if (name === '' || name.length > 1024 || name === '__proto__' || name === '<<') return false;
    if (!startsPlain(name) || name.endsWith(' ') || name.includes('\t')) return false;
    return typeof resolvePlain(name) === 'string';
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
      [value, end] = c === '"' ? this.doubleQuoted(at, line.end) : this.singleQuoted(at, line.end);
      if (inItem && text[end] === ':' && (end + 1 === line.end || text.charCodeAt(end + 1) === 32)) return this.mapping(col, col, pointer, key);
      this.entries.set(pointer, { value: at, key, spanStart: key ?? at, spanEnd: end });
    } else if (c === '[' || c === '{') {
      [value, end] = this.flow(at, line.end, pointer, key);
    } else {
      const contentEnd = this.commentStart(at, line.end);
      if (inItem && this.keyEnd(at, contentEnd) !== -1) return this.mapping(col, col, pointer, key);
      const source = text.slice(at, contentEnd).trimEnd();
      if (!startsPlain(source) || source.includes(': ') || source.endsWith(':') || source.includes('\t')) giveUp();
      value = resolvePlain(source);
      end = at + source.length;
      this.entries.set(pointer, { value: at, key, plain: source, spanStart: key ?? at, spanEnd: end });
    }
    this.rest(end, line.end);
    this.i++;
    this.noContinuation(parentIndent);
    return value;
  }

  /** Where a comment (` #`) starts on the line, or the line's end. */
  private commentStart(from: number, end: number): number {
    for (let at = from + 1; at < end; at++) {
      if (this.text.charCodeAt(at) === 35 && this.text.charCodeAt(at - 1) === 32) return at - 1;
    }
    return end;
  }

  /** After a value: spaces, then nothing or a comment. */
  private rest(from: number, end: number): void {
    let at = from;
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    if (at < end && !(this.text.charCodeAt(at) === 35 && at > from)) giveUp();
  }

  /** A more indented line after a one-line value would continue it (or be an error): not ours. */
  private noContinuation(parentIndent: number): void {
    let j = this.i;
    while (j < this.lines.length && this.lines[j]!.end === this.lines[j]!.start + this.lines[j]!.indent) j++;
    const next = this.lines[j];
    if (next && next.indent > parentIndent) giveUp();
  }

  private doubleQuoted(at: number, end: number): [string, number] {
    const { text } = this;
    let out = '';
    let from = at + 1;
    for (let p = from; p < end; p++) {
      const c = text[p];
      if (c === '"') return [out + text.slice(from, p), p + 1];
      if (c === '\\') {
        out += text.slice(from, p);
        const e = text[p + 1] ?? '';
        if (e in DOUBLE_QUOTED_ESCAPES) {
          out += DOUBLE_QUOTED_ESCAPES[e];
          p++;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(p + 2, p + 6))) {
          const code = parseInt(text.slice(p + 2, p + 6), 16);
          if (code >= 0xd800 && code <= 0xdfff) giveUp();
          out += String.fromCharCode(code);
          p += 5;
        } else giveUp();
        from = p + 1;
      }
    }
    return giveUp();
  }

  private singleQuoted(at: number, end: number): [string, number] {
    const { text } = this;
    let out = '';
    let from = at + 1;
    for (let p = from; p < end; p++) {
      if (text[p] !== "'") continue;
      if (text[p + 1] === "'" && p + 1 < end) {
        out += text.slice(from, p + 1);
        from = p + 2;
        p++;
        continue;
      }
      return [out + text.slice(from, p), p + 1];
    }
    return giveUp();
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
          if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 32 || !this.isPlainKey(name)) giveUp();
          if (Object.prototype.hasOwnProperty.call(record, name)) giveUp();
          record[name] = this.flowScalar(colon + 1, end, close, `${pointer}/${escapeSegment(name)}`, keyAt);
        } else {
          list.push(this.flowScalar(this.p, end, close, `${pointer}/${list.length}`, undefined));
        }
        const c = text.charCodeAt((this.p = this.spaces(this.p, end)));
        if (c === 44 /* , */) {
          this.p = this.spaces(this.p + 1, end);
          if (text.charCodeAt(this.p) === close) giveUp();
          continue;
        }
        if (c !== close) giveUp();
        this.p++;
        break;
      }
    }
    entry.spanEnd = this.p;
    return [isMap ? record : list, this.p];
  }

  private spaces(from: number, end: number): number {
    let p = from;
    while (p < end && this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  /** Where a plain scalar of a flow collection ends (`,`, the closing bracket, a key's `:`). */
  private flowPlainEnd(from: number, end: number, close: number, isKey: boolean): number {
    // A regular expression finds the next special character: run cold, as every `ess check` is,
    // it is much faster than a loop over characters.
    FLOW_SPECIAL.lastIndex = from;
    const found = FLOW_SPECIAL.exec(this.text);
    const p = found === null || found.index >= end ? end : found.index;
    const c = this.text.charCodeAt(p);
    if (p < end && !(c === 44 || c === close || (c === 58 && isKey))) giveUp();
    return p;
  }

  /** A scalar of a flow collection, from `from`; leaves this.p after it. */
  private flowScalar(from: number, end: number, close: number, pointer: string, key: number | undefined): unknown {
    const { text } = this;
    const start = this.spaces(from, end);
    const c = text.charCodeAt(start);
    if (c === 34 || c === 39) {
      const [value, after] = c === 34 ? this.doubleQuoted(start, end) : this.singleQuoted(start, end);
      this.p = after;
      this.entries.set(pointer, { value: start, key, spanStart: key ?? start, spanEnd: after });
      return value;
    }
    this.p = this.flowPlainEnd(start, end, close, false);
    const source = text.slice(start, this.p).trimEnd();
    if (!startsPlain(source) || c === 45 || c === 63 /* - ? */) giveUp();
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
        if (indent !== -1 && l.indent > indent) giveUp();
        content.push('');
        continue;
      }
      if (indent === -1) {
        if (l.indent <= parentIndent) break;
        indent = l.indent;
        // Blank lines before the first line may not be deeper than it.
        for (let k = this.i + 1; k < j; k++) if (this.lines[k]!.indent > indent) giveUp();
      }
      if (l.indent < indent) break;
      content.push(text.slice(l.start + indent, l.end));
    }
    if (indent === -1) giveUp();
    if (j === this.lines.length && !text.endsWith('\n')) giveUp();
    let last = content.length - 1;
    while (last >= 0 && content[last] === '') last--;
    const trailing = content.length - 1 - last;
    const lines = content.slice(0, last + 1);
    let body: string;
    if (folded) {
      if (lines.some((l) => l.startsWith(' ') || l.startsWith('\t'))) giveUp();
      body = '';
      let empties = 0;
      let started = false;
      for (const l of lines) {
        if (l === '') {
          empties++;
          continue;
        }
        body += started ? (empties > 0 ? '\n'.repeat(empties) : ' ') : '\n'.repeat(empties);
        body += l;
        started = true;
        empties = 0;
      }
    } else body = lines.join('\n');
    const value = chomp === '-' ? body : chomp === '+' ? `${body}\n${'\n'.repeat(trailing)}` : `${body}\n`;
    // Trailing empty lines belong to the scalar; the structure resumes at the next non-empty line.
    this.i = j;
    this.entries.set(pointer, { value: at, key, spanStart: key ?? at, spanEnd: this.spanEnd() });
    return value;
  }
}

/** The data and positions of a dossier in plain YAML, or undefined to let the `yaml` library read it. */
export function readPlainYaml(text: string): PlainYaml | undefined {
  try {
    return new Reader(text).read();
  } catch {
    // GIVE_UP, or a case this reader did not foresee: the full parser decides.
    return undefined;
  }
}
