// Types of the precompiled templates that scripts/build.mjs generates from src/documents/*/template.md.hbs.
import type { TemplateSpecification } from 'handlebars';
export declare const HELPERS: string[];
/** By document folder name: the one-line templates of its DOCX properties (the template's opening `---` block). */
export declare const PROPERTIES: Partial<Record<string, { title: TemplateSpecification; author: TemplateSpecification; header: TemplateSpecification }>>;
/** By document folder name (the registry's `name`). */
declare const templates: Partial<Record<string, TemplateSpecification>>;
export default templates;
