// One document of the registry: dossier data → view → Markdown → mdast → WordprocessingML → DOCX bytes.
import type { Root } from 'mdast';
import { packDocument, type PackageText } from '../docx/package.js';
import { bodyXml } from '../docx/wordml.js';
import type { BuildOptions, DocumentCode, DocumentMeta, DocumentView } from './document.js';
import { parseMarkdown, renderMarkdown, renderProperties, type RenderedMarkdown } from './markdown.js';
import { documentById } from './registry.js';

export type { BuildOptions };

const meta = (document: DocumentMeta | string): DocumentMeta => (typeof document === 'string' ? documentById(document) : document);

/**
 * A document's view and rows (src/documents/<name>/view.ts). The import's path is a pattern, so the
 * build puts every view in this module's bundle, where they share one copy of the facts and the
 * referentials: a bundle of their own each would load and run those again.
 */
export function loadView(document: DocumentMeta): Promise<DocumentCode> {
  return import(`./${document.name}/view.ts`) as Promise<DocumentCode>;
}

/** The Markdown of a document (exposed for tests and debugging). */
export async function documentMarkdown(
  document: DocumentMeta | string,
  data: unknown,
  options: BuildOptions,
  { escaped = false } = {},
): Promise<RenderedMarkdown & { view: DocumentView; rows: ReturnType<NonNullable<DocumentCode['rows']>> }> {
  const m = meta(document);
  const code = await loadView(m);
  const view = code.view(data, options);
  return { ...renderMarkdown(m.name, view, data, { escaped, annee: options.annee }), view, rows: code.rows?.(view) ?? {} };
}

/** The syntax tree of a document, and the text of its header and properties. */
export async function documentTree(document: DocumentMeta | string, data: unknown, options: BuildOptions): Promise<{ tree: Root; text: PackageText }> {
  const m = meta(document);
  const { markdown, literals, view, rows } = await documentMarkdown(m, data, options);
  const { title, author, header } = renderProperties(m.name, view, data, options.annee);
  return {
    tree: parseMarkdown(markdown, rows, literals),
    text: { title, author, description: m.description, headerText: header, draft: options.brouillon },
  };
}

export async function buildDocx(document: DocumentMeta | string, data: unknown, options: BuildOptions): Promise<Buffer> {
  const { tree, text } = await documentTree(document, data, options);
  return packDocument(bodyXml(tree), text);
}
