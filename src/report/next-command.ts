// The last line of the human output: the command that helps next (eligibility-rules.md, « Output
// contract »), ready to copy into the terminal the user typed `ess check` in.
import type { Stage } from '../core/findings.js';
import { escapeControls } from '../core/text.js';
import { DOCUMENTS } from '../documents/registry.js';

/**
 * A file name as a shell argument: bare when it is plain, else quoted (double quotes read the same
 * in cmd, PowerShell and POSIX shells; single quotes when POSIX would expand something inside).
 */
export function shellArgument(name: string, platform: NodeJS.Platform = process.platform): string {
  // A name starting with « - » would read as an option, quoted or not.
  const text = escapeControls(name.startsWith('-') ? `./${name}` : name, true);
  if (/^[\p{L}\p{N}_@%+=:,./\\-]+$/u.test(text)) return text;
  if (platform === 'win32' || !/[$`"\\!]/.test(text)) return `"${text}"`;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface NextStep {
  file: string;
  stage: Stage;
  /** The year, at the stage `rapport`. */
  annee?: string;
  /** Answers the stage requires that are still to write. */
  missingAnswers: number;
  errors: number;
}

/** `ess completer FICHIER` for the stage (the projet by default; the rapport d'activité with its year). */
export function completerCommand(file: string, stage: Stage, annee?: string): string | undefined {
  if (stage === 'rapport' && !annee) return undefined;
  return `ess completer ${shellArgument(file)}${stage === 'projet' ? '' : ` --etape ${stage}`}${stage === 'rapport' ? ` --annee ${annee}` : ''}`;
}

/** `ess render FICHIER` for the stage's document (every document, at the projet stage). */
function renderCommand(file: string, stage: Stage, annee: string | undefined): string {
  const document = stage === 'projet' ? undefined : (DOCUMENTS.find((d) => d.stage === stage && d.id === stage) ?? DOCUMENTS.find((d) => d.stage === stage));
  return `ess render ${shellArgument(file)}${document ? ` --document ${document.id}` : ''}${stage === 'rapport' && annee ? ` --annee ${annee}` : ''}`;
}

/** The command to run next, or undefined when the human output has nothing better to offer. */
export function nextCommand({ file, stage, annee, missingAnswers, errors }: NextStep): string | undefined {
  if (missingAnswers > 0) return completerCommand(file, stage, annee);
  if (errors === 0) return renderCommand(file, stage, annee);
  return undefined;
}
