// The draft of an interrupted `ess init`: the answers given so far, kept when the user quits
// (Ctrl-C or « Quitter ») so that the next `init` of the same file can take them up again. It is
// a separate file beside the dossier-to-be (FICHIER.brouillon.json): the dossier itself is never
// written half-done. It holds personal data (names, RPPS, phones), so it stays beside the dossier,
// readable by its owner only (0600), and is removed as soon as the dossier is written.
import { readFileSync, unlinkSync } from 'node:fs';
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
  version: 1;
  enregistre_le: string;
  etape: string;
  recapitulatif_atteint: boolean;
  reponses: InitAnswers;
}

export function draftPath(file: string): string {
  return `${file}.brouillon.json`;
}

/** Saves the draft atomically, readable by its owner only. */
export function writeDraft(file: string, draft: Draft): string {
  const path = draftPath(file);
  const content: DraftFile = {
    format: 'ess-init-brouillon',
    version: 1,
    enregistre_le: draft.savedAt,
    etape: draft.step,
    recapitulatif_atteint: draft.reviewed,
    reponses: draft.answers,
  };
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
