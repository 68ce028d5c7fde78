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
  return shorten(slug, MAX_SLUG) || 'ess';
}

/**
 * Longest slug. cli.md names the files from the whole `ess.nom`: a real name (« ESS de psychiatrie de
 * l'enfant et de l'adolescent du Limousin et de la Haute-Vienne », 84 characters as a slug) is never
 * cut. Only a name no one would type is, so that with the longest document name
 * (`rapport-activite-AAAA-`) and `.docx` a file name stays under the 255 bytes file systems allow.
 */
export const MAX_SLUG = 200;

/** Cut at the last word boundary (`-`) that fits, or mid-word when a single word is too long. */
function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}
