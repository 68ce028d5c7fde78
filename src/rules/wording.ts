// French wording shared by the rules' messages and the summary of `ess check`.
import { formatNumber, plural } from '../core/text.js';
import { THRESHOLDS, type Seat } from './facts.js';

/**
 * 0.0916 → "9,2 %". A share just under a threshold never reads as the threshold itself:
 * 24 / 241 is "9,95 %", not "10 %".
 */
export function percent(share: number): string {
  const p = share * 100;
  const crosses = THRESHOLDS.some((t) => p < t && Math.round(p * 10) / 10 >= t);
  return `${crosses ? formatNumber(Math.floor(p * 100) / 100, 2) : formatNumber(p, 1)} %`;
}

/** 57800 → "57 800 €". */
export function euros(amount: number): string {
  return `${formatNumber(amount)} €`;
}

/** "11 adhérents pour 120 médecins (9,2 %)". */
export function shareText(adherents: number, medecins: number, ofWhom = ''): string {
  const share = medecins > 0 ? ` (${percent(adherents / medecins)})` : '';
  return `${plural(adherents, 'adhérent')} pour ${plural(medecins, 'médecin')}${ofWhom}${share}`;
}

/** "64100 Bayonne" or what is known of the seat. */
export function seatText(seat: Seat): string {
  return [seat.codePostal, seat.commune].filter(Boolean).join(' ') || 'adresse non renseignée';
}

/** "A, B et C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
