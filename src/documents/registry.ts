// The documents `ess render` writes, in the order it writes them. Each is one folder
// (meta.ts, view.ts, template.md.hbs): adding a document is adding its folder and one line here
// (docs/architecture.md, « Ajouter un document »). The CLI's --document choices, `render`, the build (which
// precompiles src/documents/*/template.md.hbs) and the tests loop over this list. Light: only the
// metadata is loaded here, never a view or a template.
import type { DocumentMeta } from './document.js';
import { lettreIntention } from './lettre-intention/meta.js';
import { projetDeSante } from './projet-de-sante/meta.js';
import { formulairesAdhesion } from './formulaires-adhesion/meta.js';
import { rapportActivite } from './rapport-activite/meta.js';

export const DOCUMENTS: readonly DocumentMeta[] = [projetDeSante, lettreIntention, formulairesAdhesion, rapportActivite];

/** The --document choice that writes every document. */
export const ALL_DOCUMENTS = 'tous';

export function documentById(id: string): DocumentMeta {
  const found = DOCUMENTS.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown document "${id}": the registry has ${DOCUMENTS.map((d) => d.id).join(', ')}.`);
  return found;
}

/** The documents a --document choice names (`tous`, or absent: all of them but those kept out of it, cli.md). */
export function documentsFor(choice: string | undefined): DocumentMeta[] {
  return choice === undefined || choice === ALL_DOCUMENTS ? DOCUMENTS.filter((d) => d.inAll !== false) : [documentById(choice)];
}

/** The file name of a document of the ESS whose slug is given (cli.md: `<name>-<slug>.docx`, `<name>-AAAA-<slug>.docx` for a yearly one). */
export function documentFileName(document: DocumentMeta, slug: string, annee?: string): string {
  return document.yearly && annee ? `${document.name}-${annee}-${slug}.docx` : `${document.name}-${slug}.docx`;
}
