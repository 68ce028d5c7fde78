import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { escapeSegment, parentPointer } from '../../core/json-pointer.js';

export interface Position {
  line: number;
  column: number;
}

export interface IndexEntry {
  /** Offset of the value (of the key when the value is empty). */
  value: number;
  key?: number;
  /** Source text of a plain (unquoted) scalar, to recover digits YAML read as a number. */
  plain?: string;
  /** Offsets [start, end) of the key (if any) through the end of the value. */
  spanStart: number;
  spanEnd: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * Where every node of the YAML file stands, by JSON pointer, so that a finding about
 * `/adherents/3/rpps` points at the value, and one about an unknown key at the key.
 * Offsets are kept and turned into line and column only for the nodes a finding cites.
 */
export class SourceIndex {
  private constructor(
    private readonly entries: Map<string, IndexEntry>,
    private readonly linePos?: (offset: number) => { line: number; col: number },
  ) {}

  /** From the entries the plain-YAML reader recorded while reading `text`. */
  static fromEntries(entries: Map<string, IndexEntry>, text: string): SourceIndex {
    entries.set('', { value: 0, spanStart: 0, spanEnd: Infinity });
    let starts: number[] | undefined;
    return new SourceIndex(entries, (offset) => {
      starts ??= lineStarts(text);
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, col: offset - starts[low]! + 1 };
    });
  }

  /** From the nodes of a document the `yaml` library parsed. */
  static build(root: Node | null | undefined, lineCounter: LineCounter): SourceIndex {
    const index = new SourceIndex(new Map(), (offset) => lineCounter.linePos(offset));
    const walk = (node: unknown, pointer: string, key?: number): void => {
      if (!node || typeof node !== 'object' || !('range' in node)) return;
      const range = (node as Node).range;
      if (!range) return;
      const scalar = isScalar(node);
      const empty = scalar && node.value === null && range[0] === range[1];
      index.entries.set(pointer, {
        value: empty && key !== undefined ? key : range[0],
        key,
        plain: scalar && node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : undefined,
        spanStart: key ?? range[0],
        spanEnd: range[2],
      });
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const k = pair.key;
          const name = isScalar(k) ? String(k.value) : String(k);
          const keyRange = k && typeof k === 'object' && 'range' in k ? (k as Node).range : undefined;
          const child = `${pointer}/${escapeSegment(name)}`;
          if (pair.value && (pair.value as Node).range) walk(pair.value, child, keyRange?.[0]);
          else if (keyRange) index.entries.set(child, { value: keyRange[0], key: keyRange[0], spanStart: keyRange[0], spanEnd: keyRange[2] });
        }
      } else if (isSeq(node)) {
        for (let i = 0; i < node.items.length; i++) walk(node.items[i], `${pointer}/${i}`);
      }
    };
    walk(root, '');
    // The root is the whole file: a missing top-level key is reported at its start.
    index.entries.set('', { value: 0, spanStart: 0, spanEnd: Infinity });
    return index;
  }

  private position(offset: number): Position {
    if (!this.linePos || offset === 0) return { line: 1, column: 1 };
    const { line, col } = this.linePos(offset);
    return { line, column: col };
  }

  /** The deepest node whose key or value covers this offset (for syntax errors). */
  pointerAt(offset: number): string {
    let best = '';
    let bestSize = Infinity;
    for (const [pointer, { spanStart, spanEnd }] of this.entries) {
      const size = spanEnd - spanStart;
      if (offset >= spanStart && offset < spanEnd && size <= bestSize) {
        best = pointer;
        bestSize = size;
      }
    }
    return best;
  }

  plainSource(pointer: string): string | undefined {
    return this.entries.get(pointer)?.plain;
  }

  /**
   * The position of a node's value (or key); a pointer that is not in the file (a missing
   * answer) resolves to its nearest present ancestor — its parent, as the contract asks.
   */
  at(pointer: string, part: 'value' | 'key' = 'value'): Position {
    let p = pointer;
    for (;;) {
      const entry = this.entries.get(p);
      if (entry) return this.position(part === 'key' && entry.key !== undefined ? entry.key : entry.value);
      if (p === '') return { line: 1, column: 1 };
      p = parentPointer(p);
      part = 'key';
    }
  }
}
