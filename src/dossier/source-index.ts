import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { parentPointer, toPointer, type Segment } from '../core/json-pointer.js';

export interface Position {
  line: number;
  column: number;
}

interface Entry {
  value: Position;
  /** Source text of a plain (unquoted) scalar, to recover digits YAML read as a number. */
  plain?: string;
  key?: Position;
  /** Offsets [start, end) of the key (if any) through the end of the value. */
  span: [number, number];
}

/**
 * Where every node of the YAML file stands, by JSON pointer, so that a finding about
 * `/adherents/3/rpps` points at the value, and one about an unknown key at the key.
 */
export class SourceIndex {
  private readonly entries = new Map<string, Entry>();

  static build(root: Node | null | undefined, lineCounter: LineCounter): SourceIndex {
    const index = new SourceIndex();
    const pos = (offset: number): Position => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    };
    const walk = (node: unknown, path: Segment[], key?: Position, keyStart?: number): void => {
      if (!node || typeof node !== 'object' || !('range' in node)) return;
      const range = (node as Node).range;
      if (!range) return;
      const empty = isScalar(node) && node.value === null && range[0] === range[1];
      const plain = isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : undefined;
      index.entries.set(toPointer(path), {
        value: empty && key ? key : pos(range[0]),
        key,
        plain,
        span: [keyStart ?? range[0], range[2]],
      });
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const k = pair.key;
          const name = isScalar(k) ? String(k.value) : String(k);
          const keyRange = k && typeof k === 'object' && 'range' in k ? (k as Node).range : undefined;
          const keyPos = keyRange ? pos(keyRange[0]) : undefined;
          const child = [...path, name];
          if (pair.value && (pair.value as Node).range) walk(pair.value, child, keyPos, keyRange?.[0]);
          else if (keyPos && keyRange) index.entries.set(toPointer(child), { value: keyPos, key: keyPos, span: [keyRange[0], keyRange[2]] });
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => walk(item, [...path, i]));
      }
    };
    walk(root, []);
    // The root is the whole file: a missing top-level key is reported at its start.
    index.entries.set('', { value: { line: 1, column: 1 }, span: [0, Infinity] });
    return index;
  }

  /** The deepest node whose key or value covers this offset (for syntax errors). */
  pointerAt(offset: number): string {
    let best = '';
    let bestSize = Infinity;
    for (const [pointer, { span }] of this.entries) {
      const size = span[1] - span[0];
      if (offset >= span[0] && offset < span[1] && size <= bestSize) {
        best = pointer;
        bestSize = size;
      }
    }
    return best;
  }

  plainSource(pointer: string): string | undefined {
    return this.entries.get(pointer)?.plain;
  }

  has(pointer: string): boolean {
    return this.entries.has(pointer);
  }

  /**
   * The position of a node's value (or key); a pointer that is not in the file (a missing
   * answer) resolves to its nearest present ancestor — its parent, as the contract asks.
   */
  at(pointer: string, part: 'value' | 'key' = 'value'): Position {
    let p = pointer;
    for (;;) {
      const entry = this.entries.get(p);
      if (entry) return (part === 'key' && entry.key) || entry.value;
      if (p === '') return { line: 1, column: 1 };
      p = parentPointer(p);
      part = 'key';
    }
  }
}
