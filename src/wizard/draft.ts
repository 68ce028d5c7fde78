// The draft of an interrupted `ess init`: the answers given so far, kept when the user quits
// (Ctrl-C or « Quitter ») so that the next `init` of the same file can take them up again. The
// dossier itself is never written half-done, and Ctrl-C leaves no file in the user's folder
// (cli.md): the draft lives in the user's own state folder, one file per dossier-to-be (named
// after its absolute path). It holds personal data (names, RPPS, phones), so it stays on this
// machine, readable by its owner only (0600), and is removed as soon as the dossier is written.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import type { InitAnswers } from './skeleton.js';

/** Where the wizard stood: a section's id, or the review screen. */
export type DraftStep = string;
export const REVIEW_STEP = 'recapitulatif';

export interface Draft {
  /** When it was saved (ISO, UTC). */
  savedAt: string;
  /** The section being asked when the user quit, or the review. */
  step: DraftStep;
  /** Whether the review screen had been reached (every section asked once). */
  reviewed: boolean;
  answers: InitAnswers;
}

/** The file as written: French keys, as the user may open it. */
interface DraftFile {
  format: 'ess-init-brouillon';
  /** The dossier this draft is for (absolute path), so that a person looking in the folder knows. */
  dossier?: string;
  version: 1;
  enregistre_le: string;
  etape: string;
  recapitulatif_atteint: boolean;
  reponses: InitAnswers;
}

/**
 * The folder of drafts: `ESS_ETAT` when set, else the platform's place for a program's state
 * (`%LOCALAPPDATA%\\ess` on Windows, `$XDG_STATE_HOME/ess` or `~/.local/state/ess` elsewhere).
 */
export function draftFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ESS_ETAT) return join(env.ESS_ETAT, 'brouillons');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'ess', 'brouillons');
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'ess', 'brouillons');
}

/** The draft of the dossier `file`: its name, and a short fingerprint of its absolute path. */
export function draftPath(file: string): string {
  const absolute = resolve(file);
  const id = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return join(draftFolder(), `${basename(absolute)}-${id}.brouillon.json`);
}

/** Saves the draft atomically, readable by its owner only. */
export function writeDraft(file: string, draft: Draft): string {
  const path = draftPath(file);
  const content: DraftFile = {
    format: 'ess-init-brouillon',
    dossier: resolve(file),
    version: 1,
    enregistre_le: draft.savedAt,
    etape: draft.step,
    recapitulatif_atteint: draft.reviewed,
    reponses: draft.answers,
  };
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  writeFileAtomic(path, JSON.stringify(content, null, 2) + '\n', { mode: 0o600 });
  return path;
}

/** The draft beside `file`: undefined when there is none, a French problem when it cannot be read. */
export function readDraft(file: string): Draft | { problem: string } | undefined {
  let text: string;
  try {
    text = readFileSync(draftPath(file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problem: `illisible (${(error as NodeJS.ErrnoException).code ?? 'erreur de lecture'})` };
  }
  let data: Partial<DraftFile>;
  try {
    data = JSON.parse(text) as Partial<DraftFile>;
  } catch {
    return { problem: 'ce n’est pas un brouillon d’ess init (JSON invalide)' };
  }
  const plainObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!plainObject(data) || data.format !== 'ess-init-brouillon' || !plainObject(data.reponses) || typeof data.etape !== 'string')
    return { problem: 'ce n’est pas un brouillon d’ess init' };
  const savedAt = typeof data.enregistre_le === 'string' && !Number.isNaN(Date.parse(data.enregistre_le)) ? data.enregistre_le : new Date(0).toISOString();
  return { savedAt, step: data.etape, reviewed: data.recapitulatif_atteint === true, answers: data.reponses as InitAnswers };
}

/** Removes the draft once the dossier is written (absent already: nothing to do). */
export function removeDraft(file: string): void {
  try {
    unlinkSync(draftPath(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** « 02/12 à 14:05 », in local time, as the resume question says it. */
export function draftWhen(savedAt: string): string {
  const d = new Date(savedAt);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)} à ${two(d.getHours())}:${two(d.getMinutes())}`;
}
