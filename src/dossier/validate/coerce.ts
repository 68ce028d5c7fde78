import { escapeSegment } from '../../core/json-pointer.js';
import { toIsoDate } from '../../core/dates.js';
import { toFinding, type Finding } from '../../core/findings.js';
import { schemaAt, type SchemaNode } from '../schema-nav.js';
import type { SourceIndex } from '../parse/source-index.js';

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

const FRENCH_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{4}\s*$/;

function expectsDate(node: SchemaNode | undefined): boolean {
  return node?.format === 'date' || (node?.anyOf ?? []).some((b) => b.format === 'date');
}

/**
 * Dates written the French way (15/10/2026) become ISO where the schema expects a date, so that
 * the schema, the rules and the documents read one form. An impossible day is left as written:
 * the schema reports it (« le 30 février 2027 n’existe pas »). Fixed in place, as above.
 */
export function isoDates(data: unknown): unknown {
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'string') node[i] = converted(item, `${pointer}/${i}`);
        else if (item !== null && typeof item === 'object') visit(item, `${pointer}/${i}`);
      }
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        const v = record[k];
        if (typeof v === 'string') record[k] = converted(v, `${pointer}/${escapeSegment(k)}`);
        else if (v !== null && typeof v === 'object') visit(v, `${pointer}/${escapeSegment(k)}`);
      }
    }
  };
  const converted = (value: string, pointer: string): string => {
    if (value.length > 16 || !FRENCH_DATE.test(value) || !expectsDate(schemaAt(pointer))) return value;
    return toIsoDate(value) ?? value;
  };
  visit(data, '');
  return data;
}

/** 0x1F, 0o17, 0b101, or 017 (octal in YAML 1.1): read by YAML as numbers nobody meant. */
const NOT_DECIMAL = /^[-+]?0(?:[xXoObB]|\d)/;

function expectsNumber(node: SchemaNode | undefined): boolean {
  if (!node) return false;
  const isNumeric = (t: unknown) => t === 'integer' || t === 'number';
  return isNumeric(node.type) || (node.anyOf ?? []).some((b) => isNumeric(b.type));
}

/** Where a count or an amount is written other than in decimal digits: a finding each, at the value. */
export function nonDecimalNumbers(data: unknown, index: SourceIndex): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === 'number') {
      const source = index.plainSource(pointer);
      if (source && NOT_DECIMAL.test(source) && expectsNumber(schemaAt(pointer))) {
        const message = `« ${source} » n’est pas écrit en chiffres décimaux (YAML le lit comme ${value}) : écrivez le nombre avec les chiffres de 0 à 9 seulement, sans 0 en tête${value >= 0 && Number.isInteger(value) ? `, par exemple ${value}` : ''}.`;
        findings.push(toFinding('schema', 'error', message, pointer, index));
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) visit((value as Record<string, unknown>)[k], `${pointer}/${escapeSegment(k)}`);
    }
  };
  visit(data, '');
  return findings;
}
