import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { toFinding, type Finding } from '../../core/findings.js';
import { debugLine } from '../../core/debug.js';
import { readPlainYaml } from './plain-yaml.js';
import { SourceIndex } from './source-index.js';
import { yamlErrorMessage } from './yaml-messages.js';
import { checkDocument } from './yaml-checks.js';

export interface ParsedDossier {
  /** The dossier as plain data; undefined when the YAML could not be read. */
  data: unknown;
  index: SourceIndex;
  findings: Finding[];
}

/** An alias expanded more times than this is a resource-exhaustion attack ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

function finding(message: string, line: number, column: number, path = ''): Finding {
  return toFinding('yaml', 'error', message, path, { line, column });
}

/** Parses the text of a dossier with positions. Pure: no I/O. */
export function parseDossier(text: string): ParsedDossier {
  const plain = readPlainYaml(text, (reason) => debugLine(`lecture YAML complète (raison : ${reason})`));
  if (plain) return { data: normalize(plain.data), index: SourceIndex.fromEntries(plain.entries, text), findings: [] };
  return parseWithLibrary(text);
}

/** Every YAML file, with its errors and warnings (the plain-YAML reader gives up on those). */
export function parseWithLibrary(text: string): ParsedDossier {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        data: undefined,
        index: SourceIndex.build(null, lineCounter),
        findings: [finding("Le fichier est imbriqué trop profondément pour être lu : simplifiez sa structure (un dossier ESS n'a que quelques niveaux).", 1, 1)],
      };
    }
    throw error;
  }
  const index = SourceIndex.build(doc.contents, lineCounter);
  const errorFinding = (e: YAMLError): Finding => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return finding(yamlErrorMessage(e, text), line, col, index.pointerAt(e.pos[0]));
  };
  // After the first syntax error the parser's view of the rest is unreliable (cascades); duplicate
  // keys, on the other hand, are independent mistakes and all worth reporting.
  let checks: ReturnType<typeof checkDocument>;
  try {
    checks = checkDocument(doc, text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { data: undefined, index, findings: [finding("Le fichier est imbriqué trop profondément pour être lu : simplifiez sa structure (un dossier ESS n'a que quelques niveaux).", 1, 1)] };
  }
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const errors = [...(firstSyntax ? [firstSyntax] : []), ...checks.duplicates].sort((a, b) => a.pos[0] - b.pos[0]).map(errorFinding);
  if (errors.length > 0) return { data: undefined, index, findings: errors };
  if (checks.aliases.length > 0) {
    const findings = checks.aliases.map(({ message, offset }) => {
      const { line, col } = lineCounter.linePos(offset);
      return finding(message, line, col, index.pointerAt(offset));
    });
    return { data: undefined, index, findings };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      let at = { line: 1, column: 1, path: '' };
      visit(doc, {
        Alias(_key, node) {
          if (node.range) {
            const { line, col } = lineCounter.linePos(node.range[0]);
            at = { line, column: col, path: index.pointerAt(node.range[0]) };
          }
          return visit.BREAK;
        },
      });
      const message = /alias/i.test(String((error as Error).message))
        ? `Les alias YAML (*nom) de ce fichier se démultiplient au-delà de ${MAX_ALIAS_COUNT} copies (« bombe d'alias ») : le fichier n'est pas lu. Écrivez les valeurs en toutes lettres au lieu d'utiliser des ancres et des alias.`
        : "Le fichier est imbriqué trop profondément pour être lu : simplifiez sa structure.";
      return { data: undefined, index, findings: [finding(message, at.line, at.column, at.path)] };
    }
    throw error;
  }
  const warnings = doc.warnings.map(errorFinding).map((f) => ({ ...f, severity: 'warning' as const }));
  return { data: normalize(data), index, findings: warnings };
}

/**
 * An empty answer (`nom:` with nothing after it) counts as an absent one. Mappings become
 * null-prototype objects: `__proto__`, `constructor`, `prototype` are keys like any other (the
 * schema reports them as unknown), never a way to reach or replace an object's prototype.
 */
function normalize(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(normalize);
  const record = value as Record<string, unknown>;
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (v !== null && v !== undefined) out[k] = normalize(v);
  }
  return out;
}
