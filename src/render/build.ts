// dossier data → view model → Markdown → mdast → DOCX bytes, for one document.
import { mdastToDocx, type MappedDocument } from './mdast-to-docx.js';
import { parseMarkdown, renderMarkdown, type RenderedMarkdown, type TableRows } from './markdown.js';
import { buildLettreView, buildProjetView } from './model.js';
import { canStampRows, packDocx } from './package.js';

export type DocumentKind = 'projet' | 'lettre';

export interface BuildOptions {
  brouillon: boolean;
  /** ISO date used where the dossier has none (the letter's date). */
  today: string;
}

/** The Markdown of a document (exposed for tests and debugging). */
export function documentMarkdown(
  kind: DocumentKind,
  data: unknown,
  options: BuildOptions,
  { escaped = false } = {},
): RenderedMarkdown & { view: ReturnType<typeof buildProjetView> | ReturnType<typeof buildLettreView> } {
  const view = kind === 'projet' ? buildProjetView(data, options) : buildLettreView(data, options);
  return { ...renderMarkdown(kind === 'projet' ? 'projet-de-sante' : 'lettre-intention', view, { escaped }), view };
}

export async function buildDocx(kind: DocumentKind, data: unknown, options: BuildOptions): Promise<Buffer> {
  const { document, stamps } = mapDocument(kind, data, options, canStampRows());
  return packDocx(document, stamps);
}

/** The document as docx objects; `stampRows`: Annexe 1's rows are stamped by packDocx (tests compare both ways). */
export function mapDocument(kind: DocumentKind, data: unknown, options: BuildOptions, stampRows: boolean): MappedDocument {
  const { markdown, literals, view } = documentMarkdown(kind, data, options);
  const rows: TableRows =
    kind === 'projet' ? { adherents: (view as ReturnType<typeof buildProjetView>).adherents.map((a) => [String(a.n), a.nomPrenom, a.specialite, a.rpps]) } : {};
  return mdastToDocx(parseMarkdown(markdown, rows, literals), {
    title: view.titre,
    author: view.auteur,
    description:
      kind === 'projet'
        ? 'Projet de santé d’équipe de soins spécialisés — trame type ARS Nouvelle-Aquitaine'
        : 'Lettre d’intention d’équipe de soins spécialisés — cahier des charges national, §VI.B.1',
    headerText: [view.nom || 'ESS', kind === 'projet' ? 'Projet de santé' : 'Lettre d’intention'].join(' — '),
    draft: options.brouillon,
    stampRows,
  });
}
