// Wrapping the human output at the terminal's width (eligibility-rules.md, « Output contract »):
// a finding of 300 characters must not be cut mid-word by the terminal. The text wrapped here is
// already escaped (core/text.ts escapeControls), so every character is printable.

/** Narrower than this, a hanging indent leaves no room for words: wrap as if it were this wide. */
const MIN_WIDTH = 40;

/**
 * The width to wrap at: `COLUMNS` when set (as shells and tmux export it), else the terminal's,
 * else 80 (a pipe or a file has no width; 80 is what a terminal opens with).
 */
export function terminalWidth(env: NodeJS.ProcessEnv = process.env, stream: { columns?: number } = process.stdout): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : stream.columns && stream.columns > 0 ? stream.columns : 80;
  return Math.max(width, MIN_WIDTH);
}

/** Our own colours (chalk's SGR sequences): the dossier's text never holds an escape character here. */
const SGR = /\u001b\[[0-9;]*m/g;

/** Visible length: code points, not UTF-16 units (« É » and « … » count one), colours left out. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of text.replace(SGR, '')) n++;
  return n;
}

/** Cuts a word too long for any line (a long path or URL) at the width: the only mid-word break. */
function chunks(word: string, width: number): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

/**
 * The unbreakable pieces of a French text: a space that French typography makes non-breaking
 * (inside a number, « 80 000 € », before « : ; ! ? » % € », after «) does not end a piece.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const previous = out.at(-1);
    if (previous !== undefined && (/^[:;!?%€»]/.test(word) || previous.endsWith('«') || (/\d$/.test(previous) && /^\d{3}(?!\d)/.test(word)))) out[out.length - 1] = `${previous} ${word}`;
    else out.push(word);
  }
  return out;
}

/**
 * Words of `text` in lines of at most `width` columns: the first line starts after `firstIndent`
 * columns already printed (a prefix), the next ones after `indent` spaces (the hanging indent,
 * included in the lines returned). Runs of spaces between words become one space.
 */
export function wrap(text: string, width: number, options: { firstIndent?: number; indent?: number } = {}): string[] {
  const firstIndent = options.firstIndent ?? 0;
  const indent = options.indent ?? 0;
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  let room = width - firstIndent;
  const flush = () => {
    lines.push(lines.length === 0 ? line : pad + line);
    line = '';
    room = width - indent;
  };
  for (const word of words(text)) {
    const length = visibleLength(word);
    if (line !== '' && visibleLength(line) + 1 + length <= room) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '' || (lines.length === 0 && firstIndent > 0 && length > room)) flush();
    if (length <= room) {
      line = word;
      continue;
    }
    const parts = chunks(word, Math.max(room, 1));
    for (const part of parts.slice(0, -1)) {
      line = part;
      flush();
    }
    line = parts.at(-1)!;
  }
  if (line !== '' || lines.length === 0) flush();
  return lines;
}

/**
 * `text` wrapped, then `tail` (a finding's id, an answer's line) after two spaces on the last line
 * when it fits there, else on a line of its own. Returns the lines without the tail and whether
 * it is on the last one, so that the caller styles it.
 */
export function wrapWithTail(text: string, tail: string, width: number, options: { firstIndent?: number; indent?: number } = {}): string[] {
  const lines = wrap(text, width, options);
  const last = lines.length - 1;
  const room = width - (last === 0 ? options.firstIndent ?? 0 : 0);
  if (visibleLength(lines[last]!) + 2 + visibleLength(tail) <= room) lines[last] += `  ${tail}`;
  else lines.push(' '.repeat(options.indent ?? 0) + tail);
  return lines;
}

/**
 * A help text at the terminal's width: each paragraph of unindented lines is re-wrapped (its line
 * breaks were written for some width); indented lines (examples, commands) and blank lines are kept
 * as written.
 */
export function reflow(text: string, width: number): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(...wrap(paragraph.join(' '), width));
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    if (line !== '' && !/^\s/.test(line)) {
      paragraph.push(line);
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return out.join('\n');
}
