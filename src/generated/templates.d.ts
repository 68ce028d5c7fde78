// Types of the precompiled templates that scripts/build.mjs generates from src/documents/*/template.md.hbs.
import type { TemplateSpecification } from 'handlebars';
export declare const HELPERS: string[];
/** By document folder name (the registry's `name`). */
declare const templates: Partial<Record<string, TemplateSpecification>>;
export default templates;
