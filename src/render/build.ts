// dossier data → view model → Markdown → mdast → WordprocessingML → DOCX bytes, for one document.
import type { Root } from 'mdast';
import { parseMarkdown, renderMarkdown, type RenderedMarkdown, type TableRows } from './markdown.js';
import { buildLettreView, buildProjetView } from './model.js';
import { packDocument, type PackageText } from './package.js';
import { bodyXml } from './wordml.js';

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

/** The syntax tree of a document, and the text of its header and properties. */
export function documentTree(kind: DocumentKind, data: unknown, options: BuildOptions): { tree: Root; text: PackageText } {
  const { markdown, literals, view } = documentMarkdown(kind, data, options);
  const rows: TableRows =
    kind === 'projet' ? { adherents: (view as ReturnType<typeof buildProjetView>).adherents.map((a) => [String(a.n), a.nomPrenom, a.specialite, a.rpps]) } : {};
  return {
    tree: parseMarkdown(markdown, rows, literals),
    text: {
      title: view.titre,
      author: view.auteur,
      description:
        kind === 'projet'
          ? 'Projet de santé d’équipe de soins spécialisés — trame type ARS Nouvelle-Aquitaine'
          : 'Lettre d’intention d’équipe de soins spécialisés — cahier des charges national, §VI.B.1',
      headerText: [view.nom || 'ESS', kind === 'projet' ? 'Projet de santé' : 'Lettre d’intention'].join(' — '),
      draft: options.brouillon,
    },
  };
}

export function buildDocx(kind: DocumentKind, data: unknown, options: BuildOptions): Buffer {
  const { tree, text } = documentTree(kind, data, options);
  return packDocument(bodyXml(tree), text);
}
