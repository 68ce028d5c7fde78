import { formatNumber } from '../core/text.js';
import { MONTHS, toIsoDate } from '../core/dates.js';

/**
 * "2026-10-15" or "15/10/2026" → "15 octobre 2026" ("1er" for the first of the month, as French
 * writes it). A value that is not a real date (a placeholder in a draft) is returned as it is.
 */
export function frenchDate(value: unknown): string {
  const iso = toIsoDate(value);
  if (!iso) return typeof value === 'string' ? value.trim() : '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
}

/** Today's date as ISO, in local time (the date the user sees on their calendar). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 13 412 octets → "13,1 Ko". */
export function frenchSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} octets`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} Ko`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} Mo`;
}

/** 0.1318 → "13,2 %". */
export function frenchPercent(ratio: number): string {
  return `${formatNumber(ratio * 100, 1)} %`;
}

/** ["Landes", "Gironde", "Vienne"] → "Landes, Gironde et Vienne". */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
