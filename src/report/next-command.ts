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
  /** Answers the stage requires that are still to write. */
  missingAnswers: number;
  errors: number;
}

/** The option naming the stage, when it is not the default one (the projet: `render` writes every document). */
function stageOption(stage: Stage, option: '--document' | '--etape'): string {
  if (stage === 'projet') return '';
  if (option === '--etape') return ` --etape ${stage}`;
  const document = DOCUMENTS.find((d) => d.stage === stage);
  return document ? ` --document ${document.id}` : '';
}

/** The command to run next, or undefined when the human output has nothing better to offer. */
export function nextCommand({ file, stage, missingAnswers, errors }: NextStep): string | undefined {
  const arg = shellArgument(file);
  if (missingAnswers > 0) return `ess completer ${arg}${stageOption(stage, '--etape')}`;
  if (errors === 0) return `ess render ${arg}${stageOption(stage, '--document')}`;
  return undefined;
}
