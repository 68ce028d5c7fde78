// Types of the precompiled templates that scripts/build.mjs generates from templates/*.md.hbs.
import type { TemplateSpecification } from 'handlebars';
export declare const HELPERS: string[];
declare const templates: Record<'projet-de-sante' | 'lettre-intention', TemplateSpecification>;
export default templates;
