// What a document of the registry is. The metadata is light (the CLI's choices, `render`'s messages
// and file names read it without loading any document code); the view and the template are
// loaded only when the document is written.
import type { Stage } from '../core/findings.js';
import type { TableRows } from './markdown.js';

export interface BuildOptions {
  brouillon: boolean;
  /** ISO date used where the dossier has none (the letter's date). */
  today: string;
  /** The year of a yearly document (the rapport d'activité, `--annee`). */
  annee?: string;
}

/** What the template of a document shows besides the answers: computed values only. */
export type DocumentView = object;

export interface DocumentCode<V extends DocumentView = DocumentView> {
  /** The view of a dossier (which, in a draft, may have any shape). */
  view(data: unknown, options: BuildOptions): V;
  /** Rows of the template's data tables (`<!-- rows=NAME -->`), by name. */
  rows?(view: V): TableRows;
}

export interface DocumentMeta {
  /** Its `--document` choice, e.g. 'projet'. */
  id: string;
  /** Its folder under src/documents/ (template.md.hbs, view.ts) and the start of its file name. */
  name: string;
  /** The stage of `check` it must pass (ess check --etape). */
  stage: Stage;
  /** In a sentence: « projet de santé ». */
  label: string;
  /** The document's description, in its properties. */
  description: string;
  /** False: written only when asked by its id, never by `--document tous` (cli.md): the formulaires d'adhésion, the rapport. */
  inAll?: boolean;
  /** A document of one year (`--annee AAAA`, required): its file name holds the year. */
  yearly?: boolean;
}
