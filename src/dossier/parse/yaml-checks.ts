// Checks of a parsed YAML document made in one linear pass, where the library's own are quadratic
// (uniqueKeys compares each key with every other: 30 s for 40,000 keys) or would end in a crash
// (an alias inside the node it names makes toJS recurse forever).
import { isAlias, isCollection, isMap, isScalar, visit, YAMLParseError, type Document, type Node } from 'yaml';

export interface AliasProblem {
  message: string;
  offset: number;
}

export interface DocumentChecks {
  duplicates: YAMLParseError[];
  aliases: AliasProblem[];
}

/**
 * One visit of the document: duplicate keys of every mapping (as the library would report them),
 * aliases naming no anchor or nested in the node they name, and timestamps put back as written.
 * A timestamp (`!!timestamp`, a date in a `%YAML 1.1` file) would be rolled over by the library
 * (2027-02-30 is 2 March); as text, the schema checks the day like any other date.
 */
export function checkDocument(doc: Document.Parsed, text: string): DocumentChecks {
  const duplicates: YAMLParseError[] = [];
  const aliases: AliasProblem[] = [];
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const at = node.range?.[0] ?? 0;
        const target = anchors.get(node.source);
        if (!target) {
          aliases.push({
            offset: at,
            message: `L’alias *${node.source} ne renvoie à aucune ancre &${node.source} définie plus haut dans le fichier : écrivez la valeur en toutes lettres, ou vérifiez l’orthographe du nom.`,
          });
        } else if (target.range && at >= target.range[0] && at < target.range[2]) {
          aliases.push({
            offset: at,
            message: `L’alias *${node.source} est placé à l’intérieur de la valeur &${node.source} qu’il désigne : cette valeur se contiendrait elle-même à l’infini. Écrivez la valeur en toutes lettres.`,
          });
        }
        return;
      }
      if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
      if (isScalar(node) && node.value instanceof Date) node.value = node.source ?? text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
      if (isMap(node)) {
        const seen = new Set<unknown>();
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const value = pair.key.value instanceof Date ? pair.key.source : pair.key.value;
          const id = `${typeof value}:${String(value)}`;
          if (seen.has(id)) {
            const start = pair.key.range?.[0] ?? 0;
            duplicates.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          } else seen.add(id);
        }
      }
    },
  });
  return { duplicates, aliases };
}
