/** A user's value quoted for a message: French quotes, shortened when long. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ').trim();
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
