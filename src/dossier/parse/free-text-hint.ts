// The YAML errors that come from a free-text answer written without a block (issue 16): a French
// sentence with « : », a second line typed as in Word, a line that leaves its block. The parser's
// message would point at a « clé »; the user wrote a sentence. These messages say so and show the
// fix on the user's own line: the key followed by « | », the text on the next lines, indented.
import { quote } from '../../core/text.js';

/** `  clé: valeur` or `  - clé: valeur`: indentation (through the dash), key, and the value. */
const KEY_VALUE = /^( *(?:- +)?)([A-Za-z_][\w.-]*): +(\S.*)$/;
/** Any line that starts a key (`clé:`, `- clé:`, `- `): where a typed text ends. */
const KEY_LINE = /^ *(?:- +|(?:- +)?[A-Za-z_][\w.-]*:(?: |$))/;
/** A value that is not plain text: a block, quotes, a list or section, an anchor, alias or tag. */
const NOT_PLAIN = /^[|>"'[{&*!]/;
/** A block scalar's header: `clé: |` (or `>`, with its indicators). */
const BLOCK_HEADER = /^( *(?:- +)?)([A-Za-z_][\w.-]*): +[|>][-+0-9]*\s*(?:#.*)?$/;

/** The key's column: its mapping's indentation, which a block's text must pass. */
const keyColumn = (m: RegExpExecArray) => m[1]!.length;

interface Answer {
  /** 0-based line of `clé: texte`. */
  line: number;
  indent: number;
  key: string;
  /** The text of the answer as the user wrote it, line by line. */
  text: string[];
}

const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);

/** The fix, in words, on the user's line: the key and « | », then each line of the text indented. */
function fix({ line, indent, key, text }: Answer, keyLine: string): string {
  const lines = text.map((t) => quote(t.trim()));
  return `À la ligne ${line + 1}, remplacez ${quote(keyLine.trim())} par « ${key}: | », puis écrivez le texte en dessous, chaque ligne avec ${indent + 2} espaces devant : ${lines.join(', puis ')}. Une ligne vide y fait un nouveau paragraphe.`;
}

/** The `clé: texte` line at or above `from`, with the lines that continue it down to `to`. */
function answerAt(lines: string[], at: number, to: number): Answer | undefined {
  const m = KEY_VALUE.exec(lines[at] ?? '');
  if (!m || NOT_PLAIN.test(m[3]!)) return undefined;
  const text = [m[3]!.replace(/ +#.*$/, '')];
  for (let i = at + 1; i <= to; i++) if (!isBlank(lines[i]!)) text.push(lines[i]!.trim());
  return { line: at, indent: m[1]!.length, key: m[2]!, text };
}

/** The nearest non-blank line above `line`. */
function above(lines: string[], line: number): number {
  let i = line - 1;
  while (i >= 0 && isBlank(lines[i]!)) i--;
  return i;
}

/** A line left of a block scalar's text: the block's header above, when there is one. */
function blockAbove(lines: string[], line: number, column: number): { line: number; key: string; indent: number } | undefined {
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (isBlank(text)) continue;
    const header = BLOCK_HEADER.exec(text);
    if (header) return header[1]!.length >= column ? { line: i, key: header[2]!, indent: keyColumn(header) } : undefined;
    // A line of the block's text is more indented than its key: keep climbing while it is.
    if (/^ */.exec(text)![0].length <= column) return undefined;
  }
  return undefined;
}

/**
 * A French message for a syntax error that a free-text answer written without a block explains,
 * or undefined when the error is something else.
 */
export function freeTextHint(code: string, text: string, offset: number): string | undefined {
  const lines = text.split(/\r?\n/);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const column = offset - (before.lastIndexOf('\n') + 1);
  const current = lines[line] ?? '';

  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    // `clé: Le territoire : 3 communes` (the « : » may be on a continuation line below).
    const m = KEY_VALUE.exec(current);
    if (!m || column < current.length - m[3]!.length) return undefined;
    let end = line;
    // The lines typed after it: deeper ones continue it, and so does one that is not a key.
    const continues = (next: string) => !isBlank(next) && (/^ */.exec(next)![0].length > m[1]!.length || !KEY_LINE.test(next));
    while (end + 1 < lines.length && continues(lines[end + 1]!)) end++;
    const answer = answerAt(lines, line, end);
    if (!answer) return undefined;
    return `La réponse « ${answer.key} » contient « : » suivi d’une espace : écrite sans bloc, YAML lit ce qui précède comme une nouvelle clé. Écrivez-la en bloc. ${fix(answer, current)}`;
  }

  if (code === 'MULTILINE_IMPLICIT_KEY') {
    // A line typed below an answer: at the left margin, or at the key's own indentation.
    const block = blockAbove(lines, line, /^ */.exec(current)![0].length);
    if (block) {
      return `Cette ligne sort du bloc « ${block.key}: | » de la ligne ${block.line + 1} : chaque ligne du texte d’un bloc doit avoir au moins ${block.indent + 2} espaces devant, comme les lignes au-dessus. Ajoutez les espaces qui manquent au début de la ligne ${line + 1} (une ligne vide dans le bloc fait un nouveau paragraphe).`;
    }
    const start = above(lines, line);
    let at = start;
    // Several lines may have been typed: climb to the `clé: texte` line they continue.
    while (at >= 0 && !KEY_VALUE.test(lines[at]!)) at = above(lines, at);
    if (at < 0) return undefined;
    const answer = answerAt(lines, at, line);
    if (!answer) return undefined;
    return `Cette ligne continue la réponse « ${answer.key} » de la ligne ${at + 1}, mais un texte sur plusieurs lignes doit être écrit en bloc (sinon YAML y cherche une nouvelle clé). ${fix(answer, lines[at]!)}`;
  }

  if (code === 'UNEXPECTED_TOKEN') {
    // `clé: "Le dit" encore`: a text that starts with quotes ends at the closing one.
    const m = KEY_VALUE.exec(current);
    if (!m || !/^["']/.test(m[3]!)) return undefined;
    const answer = { line, indent: m[1]!.length, key: m[2]!, text: [m[3]!] };
    return `La réponse « ${answer.key} » commence par un guillemet : YAML la lit comme un texte entre guillemets, qui s’arrête au guillemet fermant, et la suite de la ligne ne peut pas être lue. Écrivez-la en bloc (les guillemets y sont du texte). ${fix(answer, current)}`;
  }
  return undefined;
}
