// Everything the user typed reaches the documents through these functions (markdown.ts puts the
// text into the syntax tree; the escaping below is the reference it is tested against).
import { MAX_ANSWER_CHARACTERS } from '../core/limits.js';
import { formatNumber } from '../core/text.js';

/** Characters XML 1.0 cannot hold (C0 controls but tab/newline, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * An answer longer than the limit (the texte-trop-long rule) reaches a document only in a draft:
 * it is cut there, saying so, rather than making the render take minutes.
 */
function withinLimit(text: string): string {
  if (text.length <= MAX_ANSWER_CHARACTERS) return text;
  return `${text.slice(0, MAX_ANSWER_CHARACTERS)} […] (réponse coupée dans ce brouillon : ${formatNumber(text.length)} caractères, au plus ${formatNumber(MAX_ANSWER_CHARACTERS)})`;
}

export function dropControlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text of a value as the user wrote it: strings and numbers; anything else is no answer. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return dropControlCharacters(withinLimit(value).replace(/\r\n?/g, '\n'));
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** One line of user text as it is printed: spaces collapsed, trimmed. */
export function inlineText(value: unknown): string {
  return collapse(textOf(value));
}

// CommonMark lets a backslash escape any ASCII punctuation, and the escaped character is then
// always literal: escaping all of them is simpler and safer than guessing which ones matter.
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** One line of user text as literal inline Markdown (valid inside a GFM table cell too). */
export function escapeInline(value: unknown): string {
  return inlineText(value).replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

const LIST_LIKE = /^(?:[-*+•·–—]|\d{1,3}[.)])\s/;
/** A bullet as people type it: `- ` (dossier-format.md), or as a word processor pastes it. */
const BULLET = /^[-*•–]\s+(?=\S)/;

/**
 * A line of a paragraph of free text. `bullet`: it starts an item of a bulleted list (its marker
 * removed); `breakBefore`: it keeps its own line (a numbered line, « 1. … »).
 */
export interface TextLine {
  text: string;
  breakBefore: boolean;
  bullet?: boolean;
}

/**
 * Multi-line user text as paragraphs of lines. A blank line starts a new paragraph; a line
 * starting with « - » is an item of a bulleted list, which the lines after it continue; other
 * single line breaks are the user's editor wrapping and read as spaces, except before a numbered
 * line (« 1. … »), which keeps its own line.
 */
export function textParagraphs(value: unknown): TextLine[][] {
  return textOf(value)
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map(collapse)
        .filter((l) => l !== '')
        .map((text, i): TextLine => {
          const bullet = BULLET.exec(text);
          if (bullet) return { text: text.slice(bullet[0].length), breakBefore: false, bullet: true };
          return { text, breakBefore: i > 0 && LIST_LIKE.test(text) };
        }),
    )
    .filter((lines) => lines.length > 0);
}

/**
 * Multi-line user text as literal Markdown (see textParagraphs): paragraphs, and bulleted items,
 * each on a line of its own (after a lead-in too), continued by the lines that follow it.
 */
export function escapeBlock(value: unknown): string {
  return textParagraphs(value)
    .map((lines) =>
      lines
        // A trailing backslash is a hard line break in CommonMark.
        .map((line, i) => `${line.bullet ? '\n- ' : i === 0 ? '' : line.breakBefore ? '\\\n' : '\n'}${escapeInline(line.text)}`)
        .join(''),
    )
    .join('\n\n');
}
