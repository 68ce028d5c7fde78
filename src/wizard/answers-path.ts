import { fromPointer } from '../core/json-pointer.js';
import type { InitAnswers } from './skeleton.js';

/** The answer at a JSON pointer (undefined when not given yet). */
export function getAnswer(answers: InitAnswers, pointer: string): unknown {
  let node: unknown = answers;
  for (const seg of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** Sets (or, with undefined, removes) the answer at a JSON pointer of objects. */
export function setAnswer(answers: InitAnswers, pointer: string, value: unknown): void {
  const segs = fromPointer(pointer);
  let node = answers as Record<string, unknown>;
  for (const seg of segs.slice(0, -1)) {
    if (node[seg] === null || typeof node[seg] !== 'object') node[seg] = {};
    node = node[seg] as Record<string, unknown>;
  }
  const last = segs[segs.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}
