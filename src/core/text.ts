// C0 and C1 controls (but tab and line feed), DEL, and the invisible characters that reorder or
// hide text (bidi embeddings, overrides and isolates, marks): a dossier's text must never drive
// the terminal (colours, cursor, title, hyperlinks) nor make a message read other than it is.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_LINES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text bound for the terminal, each control character shown as an escape (`\u001b`). With
 * `singleLine`, line breaks and tabs too: one finding stays one line, and cannot forge another.
 */
export function escapeControls(text: string, singleLine = false): string {
  return text.replace(singleLine ? CONTROLS_AND_LINES : CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A user's value quoted for a message: French quotes, shortened when long, controls escaped. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const flat = escapeControls(value.replace(/\s+/g, ' ').trim(), true);
    return `« ${flat.length > 60 ? flat.slice(0, 57) + '…' : flat} »`;
  }
  if (value === null || value === undefined) return 'une valeur vide';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'une section';
  return String(value);
}

/**
 * French number formatting: 1 234, 9,2. Written by hand because the first toLocaleString('fr-FR')
 * call loads ICU data, which costs more than the whole `ess check` of a dossier.
 */
export function formatNumber(n: number, fractionDigits = 0): string {
  let fixed = Math.abs(n).toFixed(fractionDigits);
  if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (n < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

export function plural(n: number, singular: string, pluralForm = singular + 's'): string {
  return `${formatNumber(n)} ${n > 1 ? pluralForm : singular}`;
}

/** Lowercase, without accents (é → e, Ç → c): the base of every forgiving comparison. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Spaces of every kind and the invisible characters (zero-width space, joiners, word joiner, BOM,
 * soft hyphen): a text made only of these is no answer, though String#trim keeps some of them.
 */
const BLANK = /^[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]*$/;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}
