import schemaJson from '../../schemas/dossier.schema.json' with { type: 'json' };
import { fromPointer } from '../core/json-pointer.js';

export interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  $ref?: string;
  [key: string]: unknown;
}

export const dossierSchema = schemaJson as unknown as SchemaNode;

/** Resolves a `#/...` reference inside the dossier schema. */
export function resolveRef(ref: string): SchemaNode | undefined {
  let node: unknown = dossierSchema;
  for (const seg of fromPointer(ref.replace(/^#/, ''))) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node as SchemaNode | undefined;
}

/** A node with its $ref followed; the referencing node's title and description win. */
export function deref(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const target = resolveRef(node.$ref) ?? {};
  return { ...deref(target), ...node, $ref: undefined, title: node.title ?? target.title, description: node.description ?? target.description };
}

/** The schema of a key of an object keyed by pattern (a year of `activite`); `{annee}` stands for any. */
function keyedBy(patterns: Record<string, SchemaNode>, key: string): SchemaNode | undefined {
  const found = Object.entries(patterns).find(([pattern]) => key === '{annee}' || new RegExp(pattern, 'u').test(key));
  return found ? deref(found[1]) : undefined;
}

/** The schema of the value at a JSON pointer of the dossier (undefined outside the schema). */
export function schemaAt(pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(dossierSchema);
  for (const seg of fromPointer(pointer)) {
    if (!node) return undefined;
    if (/^\d+$/.test(seg) && node.items) node = deref(node.items);
    else if (node.properties?.[seg]) node = deref(node.properties[seg]);
    else if (node.patternProperties) node = keyedBy(node.patternProperties as Record<string, SchemaNode>, seg);
    else return undefined;
  }
  return node;
}

/** The schema's name of the `$defs` type used at a schema path such as `#/$defs/rpps/anyOf`. */
export function defName(schemaPath: string): string | undefined {
  return /^#\/\$defs\/([^/]+)/.exec(schemaPath)?.[1];
}

/** The key names allowed in the object whose `additionalProperties` keyword is at schemaPath. */
export function allowedKeys(schemaPath: string): string[] {
  const parent = resolveRef(schemaPath.replace(/\/additionalProperties$/, ''));
  return parent?.properties ? Object.keys(parent.properties) : [];
}

/** Whether the object whose `additionalProperties` keyword is at schemaPath is keyed by year (`activite`). */
export function keyedByYear(schemaPath: string): boolean {
  const parent = resolveRef(schemaPath.replace(/\/additionalProperties$/, ''));
  return Object.keys((parent?.patternProperties as Record<string, unknown> | undefined) ?? {}).includes('^[0-9]{4}$');
}
