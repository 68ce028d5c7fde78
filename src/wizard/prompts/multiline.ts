// A prompt for a long answer typed or pasted over several lines (an @inquirer/core custom prompt).
// A paste must keep every line and blank line, while a typed Entrée on an empty line ends the
// answer: the two are told apart by bracketed paste (the terminal wraps a paste in ESC[200~ …
// ESC[201~ once the prompt asks for it with ESC[?2004h; Node's readline names those keys
// `paste-start` and `paste-end`), and, for terminals without it, by timing: the keys of a paste
// arrive together, so an Entrée on an empty line ends the answer only when no key follows it at
// once.
import { styleText } from 'node:util';
import { createPrompt, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState, type KeypressEvent, type Status } from '@inquirer/core';

export interface MultilineConfig {
  message: string;
  /** Lines already written (an answer being taken up again). */
  default?: string;
  /** Offer Ctrl-E (or `:e` alone on a line) to finish the answer in the user's text editor. */
  editor?: boolean;
  /** What an empty answer means, for the hint (e.g. « laisser la question pour plus tard »). */
  emptyMeans?: string;
}

/** `texte` is what was written; `editeur`: the user asked to continue in their text editor. */
export interface MultilineAnswer {
  text: string;
  editeur: boolean;
}

const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

/** Keys of one paste arrive within the same burst; a typed key comes alone, well after this. */
const PASTE_BURST_MS = 12;

interface Readline {
  line: string;
  write(data: string): void;
  output: { unmute(): void; mute(): void; write(data: string): void };
}

function terminalWrite(rl: Readline, data: string): void {
  rl.output.unmute();
  rl.output.write(data);
  rl.output.mute();
}

/** Trailing blank lines are not part of the answer; inner ones are (paragraphs). */
export function joinLines(lines: readonly string[]): string {
  const kept = [...lines];
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  return kept.join('\n');
}

export const multilinePrompt = createPrompt<MultilineAnswer, MultilineConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<Status>('idle');
  const [lines, setLines] = useState<string[]>(() => (config.default ? config.default.split('\n') : []));
  const [current, setCurrent] = useState('');
  const pasting = useRef(false);
  const lastKey = useRef<string | undefined>(undefined);
  const pendingEnd = useRef<NodeJS.Timeout | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useEffect((rl) => {
    terminalWrite(rl as unknown as Readline, BRACKETED_PASTE_ON);
    return () => {
      if (pendingEnd.current) clearTimeout(pendingEnd.current);
      terminalWrite(rl as unknown as Readline, BRACKETED_PASTE_OFF);
    };
  }, []);

  const finish = (text: string, editeur = false) => {
    setStatus('done');
    done({ text, editeur });
  };

  useKeypress((key: KeypressEvent & { sequence?: string }, rl) => {
    if (status !== 'idle') return;
    const previous = lastKey.current;
    lastKey.current = key.name;
    // A key right after an Entrée on an empty line: that Entrée was part of a paste.
    if (pendingEnd.current) {
      clearTimeout(pendingEnd.current);
      pendingEnd.current = undefined;
      setLines([...lines, '']);
      lines.push('');
    }
    if (key.name === 'paste-start') return void (pasting.current = true);
    if (key.name === 'paste-end') return void (pasting.current = false);
    // « \r\n » is one line break, read by readline as `return` then `enter`.
    if (key.name === 'enter' && previous === 'return') return;
    if (config.editor && key.ctrl && key.name === 'e') return finish(joinLines([...lines, rl.line]), true);
    if (isEnterKey(key)) {
      const line = current;
      setCurrent('');
      if (config.editor && !pasting.current && line.trim() === ':e') return finish(lines.join('\n'), true);
      if (pasting.current || line !== '') {
        setLines([...lines, line]);
        return;
      }
      // A typed Entrée on an empty line ends the answer, unless keys follow at once (a paste).
      pendingEnd.current = setTimeout(() => {
        pendingEnd.current = undefined;
        finish(joinLines(lines));
      }, PASTE_BURST_MS);
      return;
    }
    // Backspace at the start of an empty line goes back to the end of the line above.
    if (key.name === 'backspace' && current === '' && rl.line === '' && lines.length > 0) {
      const above = lines[lines.length - 1]!;
      setLines(lines.slice(0, -1));
      rl.write(above);
      setCurrent(above);
      return;
    }
    setCurrent(rl.line);
  });

  const message = theme.style.message(config.message, status);
  const bar = styleText('dim', '│ ');
  if (status === 'done') {
    const text = joinLines([...lines, current]);
    const count = text === '' ? 0 : text.split('\n').length;
    const summary = count === 0 ? 'laissée pour plus tard' : count === 1 ? text : `${count} lignes`;
    return `${prefix} ${message} ${theme.style.answer(summary.length > 60 ? `${summary.slice(0, 57)}…` : summary)}`;
  }
  // Only the last lines fit on the screen: the prompt redraws what it showed, never more.
  const room = Math.max(3, (process.stdout.rows || 24) - 8);
  const hidden = Math.max(0, lines.length - room);
  const shown = lines.slice(hidden).map((line) => `  ${bar}${line}`);
  const hint = [
    lines.length === 0 && current === '' ? `Entrée tout de suite : ${config.emptyMeans ?? 'laisser la question pour plus tard'}` : 'Entrée sur une ligne vide : terminer la réponse',
    'un collage garde ses lignes',
    ...(config.editor ? ['Ctrl-E : ouvrir l’éditeur de texte'] : []),
  ].join(' • ');
  return [
    [`${prefix} ${message}`, ...(hidden > 0 ? [styleText('dim', `  … ${hidden} ligne(s) au-dessus`)] : []), ...shown, `  ${bar}${current}`].join('\n'),
    styleText('dim', `  ${hint}`),
  ];
});

/** The answer as text: '' when left for later. Continuing in the editor is the caller's choice. */
export async function multiline(config: Omit<MultilineConfig, 'editor'>): Promise<string> {
  return (await multilinePrompt(config)).text;
}
