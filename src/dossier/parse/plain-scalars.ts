// The scalars of the plain-YAML reader (plain-yaml.ts): how a plain or quoted scalar resolves, as
// the `yaml` library resolves it under YAML 1.2's core schema, and why the reader gives up.

/** Thrown inside the reader to give up, with the reason shown by `--debug`; never escapes it. */
export class GiveUp {
  constructor(readonly reason: string) {}
}

export function giveUp(reason: string): never {
  throw new GiveUp(reason);
}

// Characters a plain scalar may not start with (YAML 1.2, c-indicator); `-`, `?` and `:` may
// start one only before a character that is not a space.
export const INDICATORS = new Set([...',[]{}#&*!|>\'"%@`']);

export function startsPlain(source: string): boolean {
  const c = source[0];
  if (c === undefined || INDICATORS.has(c)) return false;
  return !((c === '-' || c === '?' || c === ':') && (source.length === 1 || source[1] === ' '));
}
export const NULL = /^(?:~|null|Null|NULL)$/;
export const TRUE = /^(?:true|True|TRUE)$/;
export const FALSE = /^(?:false|False|FALSE)$/;
export const INT = /^[-+]?[0-9]+$/;
// Other scalars of the core schema (floats, octal, hexadecimal, infinities): left to the library.
export const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// Characters that end or are not allowed in a plain scalar of a flow collection, or end the line.
export const FLOW_SPECIAL = /[,:#[\]{}\t\r\n]/g;
export const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };


/** The value of a plain scalar under YAML 1.2's core schema, as the `yaml` library resolves it. */
export function resolvePlain(source: string): unknown {
  if (NULL.test(source)) return null;
  if (TRUE.test(source)) return true;
  if (FALSE.test(source)) return false;
  if (INT.test(source)) return parseInt(source, 10);
  if (OTHER_NUMBER.test(source)) giveUp('nombre qui n’est pas un entier simple (décimal, octal, hexadécimal…)');
  return source;
}

/** A double-quoted scalar on one line from `at` (its quote): its value and the position after it. */
export function doubleQuoted(text: string, at: number, end: number): [string, number] {
  let out = '';
  let from = at + 1;
  for (let p = from; p < end; p++) {
    const c = text[p];
    if (c === '"') return [out + text.slice(from, p), p + 1];
    if (c === '\\') {
      out += text.slice(from, p);
      const e = text[p + 1] ?? '';
      if (e in DOUBLE_QUOTED_ESCAPES) {
        out += DOUBLE_QUOTED_ESCAPES[e];
        p++;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(p + 2, p + 6))) {
        const code = parseInt(text.slice(p + 2, p + 6), 16);
        if (code >= 0xd800 && code <= 0xdfff) giveUp('caractère \\u invalide entre guillemets');
        out += String.fromCharCode(code);
        p += 5;
      } else giveUp('échappement inconnu entre guillemets');
      from = p + 1;
    }
  }
  return giveUp('guillemets non fermés sur la ligne');
}

/** A single-quoted scalar on one line: its value and the position after it. */
export function singleQuoted(text: string, at: number, end: number): [string, number] {
  let out = '';
  let from = at + 1;
  for (let p = from; p < end; p++) {
    if (text[p] !== "'") continue;
    if (text[p + 1] === "'" && p + 1 < end) {
      out += text.slice(from, p + 1);
      from = p + 2;
      p++;
      continue;
    }
    return [out + text.slice(from, p), p + 1];
  }
  return giveUp('apostrophe non fermée sur la ligne');
}

/** The lines of a folded block scalar (`>`), joined as YAML folds them. */
export function foldLines(lines: readonly string[]): string {
  if (lines.some((l) => l.startsWith(' ') || l.startsWith('\t'))) giveUp('bloc replié (>) avec des lignes plus indentées');
  let body = '';
  let empties = 0;
  let started = false;
  for (const l of lines) {
    if (l === '') {
      empties++;
      continue;
    }
    body += started ? (empties > 0 ? '\n'.repeat(empties) : ' ') : '\n'.repeat(empties);
    body += l;
    started = true;
    empties = 0;
  }
  return body;
}
