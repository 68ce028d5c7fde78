import { foldAccents } from '../core/text.js';

/**
 * cli.md: `<slug>` is `ess.nom` lowercased, accents removed, non-alphanumerics as `-`
 * (a run of them as one `-`, none at either end). "ESS Cœur – Béarn" → "ess-coeur-bearn".
 */
export function slugify(name: string): string {
  const slug = foldAccents(name)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'ess';
}

export const DOCUMENT_FILES = {
  projet: (slug: string) => `projet-de-sante-${slug}.docx`,
  lettre: (slug: string) => `lettre-intention-${slug}.docx`,
} as const;
