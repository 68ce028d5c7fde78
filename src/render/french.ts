import { formatNumber } from '../core/text.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/**
 * "2026-10-15" → "15 octobre 2026" ("1er" for the first of the month, as French writes it).
 * A value that is not an ISO date (a placeholder in a draft) is returned as it is.
 */
export function frenchDate(value: unknown): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return iso;
  return `${day === 1 ? '1er' : day} ${month} ${m[1]}`;
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
