// What the package skeleton (made at build time by skeleton.ts) holds, and the markers where each
// document puts its own text (filled by package.ts). Private-use characters: no text of a
// document reaches a part unescaped, and docx leaves them as they are.
import type { ListReference } from './style-values.js';

export const MARKS = {
  body: '\uE100',
  header: '\uE101',
  title: '\uE102',
  author: '\uE103',
  description: '\uE104',
  date: '\uE105',
  lists: '\uE106',
} as const;

export interface Skeleton {
  /** The parts of the package, in docx's order, with markers. */
  parts: [path: string, text: string][];
  /** numbering.xml's id of the definition of each list. */
  abstractNumIds: Record<ListReference, number>;
}
