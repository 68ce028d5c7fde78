import { toPointer, type Segment } from '../core/json-pointer.js';
import { schemaAt, type SchemaNode } from './schema-nav.js';
import type { SourceIndex } from './source-index.js';

function expectsText(node: SchemaNode | undefined): boolean {
  if (!node) return false;
  if (node.type === 'string') return true;
  const branches = node.anyOf ?? [];
  return branches.some((b) => b.type === 'string' || (Array.isArray(b.enum) && b.enum.every((v) => typeof v === 'string')));
}

/**
 * People write `rpps: 10000013994`, `telephone: 0559001122` or `departements: [64, 40]` without
 * quotes; YAML reads them as numbers and would drop a leading zero. Where the schema expects text,
 * the digits are taken back exactly as they were typed.
 */
export function restoreDigitStrings(data: unknown, index: SourceIndex): unknown {
  const visit = (value: unknown, path: Segment[]): unknown => {
    if (typeof value === 'number') {
      const pointer = toPointer(path);
      const source = index.plainSource(pointer);
      if (source && /^\+?[0-9]+$/.test(source) && expectsText(schemaAt(pointer))) return source;
      return value;
    }
    if (Array.isArray(value)) return value.map((v, i) => visit(v, [...path, i]));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = visit(v, [...path, k]);
      return out;
    }
    return value;
  };
  return visit(data, []);
}
