// The line table of the plain-YAML reader (plain-yaml.ts): lines, indentation, keys, comments and
// what may follow a value on its line. The reader's grammar is stated at the top of plain-yaml.ts.
import { doubleQuoted, FLOW_SPECIAL, giveUp, resolvePlain, singleQuoted, startsPlain } from './plain-scalars.js';
import type { IndexEntry } from './source-index.js';

export interface Line {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  /** Leading spaces. */
  indent: number;
  /** Nothing but spaces, or a comment. */
  blank: boolean;
}

/** What the block and flow parts of the reader share. */
export class Lines {
  protected readonly lines: Line[] = [];
  protected i = 0;
  readonly entries = new Map<string, IndexEntry>();

  constructor(protected readonly text: string) {
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

  protected skipBlank(): void {
    while (this.i < this.lines.length && this.lines[this.i]!.blank) this.i++;
  }

  /** The first character of a line's content that is not a space; a tab there is structure. */
  protected structural(line: Line, col: number): number {
    const code = col < line.end - line.start ? this.text.charCodeAt(line.start + col) : -1;
    if (code === 9) giveUp('tabulation dans l’indentation');
    return code;
  }

  protected isDash(line: Line, col: number): boolean {
    const at = line.start + col;
    if (this.text.charCodeAt(at) !== 45 /* - */) return false;
    const next = at + 1 < line.end ? this.text.charCodeAt(at + 1) : -1;
    return next === -1 || next === 32;
  }

  /** End offset of the last line read. */
  protected spanEnd(): number {
    const last = this.lines[this.i - 1];
    return last ? last.end : 0;
  }

  /** The key of a block mapping entry (plain or quoted) and the offset of its colon. */
  protected blockKey(from: number, end: number): [string, number] {
    const { text } = this;
    const quote = text[from];
    if (quote === '"' || quote === "'") {
      const [name, after] = quote === '"' ? doubleQuoted(this.text, from, end) : singleQuoted(this.text, from, end);
      if (text[after] !== ':' || (after + 1 < end && text.charCodeAt(after + 1) !== 32) || name === '__proto__') giveUp('clé suivie d’autre chose que « : »');
      return [name, after];
    }
    const colon = this.keyEnd(from, end);
    if (colon === -1) giveUp('ligne sans deux-points');
    const name = text.slice(from, colon);
    if (!this.isPlainKey(name)) giveUp('clé qui n’est pas un simple mot');
    return [name, colon];
  }

  /** Offset of the colon ending an implicit key that starts at `from`, or -1. */
  protected keyEnd(from: number, end: number): number {
    const { text } = this;
    for (let at = from; at < end; at++) {
      const c = text.charCodeAt(at);
      if (c === 58 /* : */ && (at + 1 === end || text.charCodeAt(at + 1) === 32)) return at;
      if (c === 35 /* # */ && at > from && text.charCodeAt(at - 1) === 32) return -1;
    }
    return -1;
  }

  protected isPlainKey(name: string): boolean {
    if (this.keys.has(name)) return true;
    if (this.checkKey(name)) {
      this.keys.add(name);
      return true;
    }
    return false;
  }

  /** Keys repeat (nom, prenom, rpps… of every adhérent): each is checked once. */
  protected readonly keys = new Set<string>();

  protected checkKey(name: string): boolean {
    if (name === '' || name.length > 1024 || name === '__proto__' || name === '<<') return false;
    if (!startsPlain(name) || name.endsWith(' ') || name.includes('\t')) return false;
    return typeof resolvePlain(name) === 'string';
  }

  /** Where a comment (` #`) starts on the line, or the line's end. */
  protected commentStart(from: number, end: number): number {
    for (let at = from + 1; at < end; at++) {
      if (this.text.charCodeAt(at) === 35 && this.text.charCodeAt(at - 1) === 32) return at - 1;
    }
    return end;
  }

  /** After a value: spaces, then nothing or a comment. */
  protected rest(from: number, end: number): void {
    let at = from;
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    if (at < end && !(this.text.charCodeAt(at) === 35 && at > from)) giveUp('texte après une valeur entre guillemets ou une liste entre crochets');
  }

  /** A more indented line after a one-line value would continue it (or be an error): not ours. */
  protected noContinuation(parentIndent: number): void {
    let j = this.i;
    while (j < this.lines.length && this.lines[j]!.end === this.lines[j]!.start + this.lines[j]!.indent) j++;
    const next = this.lines[j];
    if (next && next.indent > parentIndent) giveUp('valeur qui continue sur la ligne suivante');
  }

  protected spaces(from: number, end: number): number {
    let p = from;
    while (p < end && this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  protected flowPlainEnd(from: number, end: number, close: number, isKey: boolean): number {
    // A regular expression finds the next special character: run cold, as every `ess check` is,
    // it is much faster than a loop over characters.
    FLOW_SPECIAL.lastIndex = from;
    const found = FLOW_SPECIAL.exec(this.text);
    const p = found === null || found.index >= end ? end : found.index;
    const c = this.text.charCodeAt(p);
    if (p < end && !(c === 44 || c === close || (c === 58 && isKey))) giveUp('caractère réservé dans une liste entre crochets');
    return p;
  }
}
