export type Segment = string | number;

/** One segment of a JSON pointer: `~` and `/` escaped (RFC 6901). */
export function escapeSegment(segment: string | number): string {
  const text = String(segment);
  // Almost every key of a dossier has neither: skip the two replacements (a hot path of check).
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function toPointer(segments: readonly Segment[]): string {
  return segments.map((s) => '/' + escapeSegment(s)).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** How a user finds the place in the file: the YAML keys, with list items numbered from 1. */
export function describePointer(pointer: string): string {
  if (pointer === '') return 'racine du fichier';
  return fromPointer(pointer)
    // A list index reads « n° 1 »; a year of the rapport d'activité (activite › 2027) reads as itself.
    .map((s, i, all) => (/^\d+$/.test(s) && all[i - 1] !== 'activite' ? `n° ${Number(s) + 1}` : s))
    .join(' › ');
}
