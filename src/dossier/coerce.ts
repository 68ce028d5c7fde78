import { escapeSegment } from '../core/json-pointer.js';
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
  const visit = (value: unknown, pointer: string): unknown => {
    if (typeof value === 'number') {
      const source = index.plainSource(pointer);
      if (source && /^\+?[0-9]+$/.test(source) && expectsText(schemaAt(pointer))) return source;
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') visit(item, `${pointer}/${i}`);
        else if (typeof item === 'number') value[i] = visit(item, `${pointer}/${i}`);
      }
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        const v = record[k];
        if (v !== null && typeof v === 'object') visit(v, `${pointer}/${escapeSegment(k)}`);
        else if (typeof v === 'number') record[k] = visit(v, `${pointer}/${escapeSegment(k)}`);
      }
    }
    return value;
  };
  // The data is fresh from the parser and owned by the caller: it is fixed in place.
  return visit(data, '');
}
