// French wording of figures, shared by the rules' messages, the summary of `ess check` and the
// documents: one implementation, so that a message and a document never print a figure twice
// in two ways.
import { formatNumber, plural, quote } from '../core/text.js';
import { MONTHS, toIsoDate } from '../core/dates.js';
import { answer } from '../rules/values.js';
import { THRESHOLDS } from './thresholds.js';

export { formatNumber, plural, quote };


/** A percentage with the fewest decimals (1 to 4) that stays on its side of every threshold. */
function percentNumber(p: number): string {
  for (let digits = 1; digits <= 4; digits++) {
    const factor = 10 ** digits;
    const shown = Math.round(p * factor) / factor;
    if (!THRESHOLDS.some((t) => (p < t) !== (shown < t))) return formatNumber(shown, digits);
  }
  // Truncation never reaches a threshold from below (thresholds are whole numbers).
  return formatNumber(Math.floor(p * 10_000) / 10_000, 4);
}

/**
 * part / whole as a French percentage: 24 / 182 → "13,2 %". A share just under a threshold never
 * reads as the threshold: 24 / 241 is "9,96 %", never "10 %". Computed as part × 100 / whole (one
 * division), so that exactly 10 % reads 10 % and compares as 10.
 */
export function percentOf(part: number, whole: number): string {
  return `${percentNumber((part * 100) / whole)} %`;
}

/** 57800 → "57 800 €". */
export function euros(amount: number): string {
  return `${formatNumber(amount)} €`;
}

/**
 * "2026-10-15" or "15/10/2026" → "15 octobre 2026" ("1er" for the first of the month, as French
 * writes it). A value that is not a real date (a placeholder in a draft) is returned as it is, trimmed.
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

/** ["Landes", "Gironde", "Vienne"] → "Landes, Gironde et Vienne" (or "… ou Vienne"). */
export function frenchList(items: readonly string[], last: 'et' | 'ou' = 'et'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** "11 adhérents pour 120 médecins (9,2 %)". */
export function shareText(adherents: number, medecins: number, ofWhom = ''): string {
  const share = medecins > 0 ? ` (${percentOf(adherents, medecins)})` : '';
  return `${plural(adherents, 'adhérent')} pour ${plural(medecins, 'médecin')}${ofWhom}${share}`;
}

/**
 * What goes before an association's name: "l’association " — or only "l’" when the name already
 * says it ("l’Association des cardiologues…", never "l’association Association…"), nothing when
 * it starts with its own article ("L’association…").
 */
export function associationArticle(name: string): string {
  if (/^l['’]\s*association\b/iu.test(name)) return '';
  if (/^association\b/iu.test(name)) return 'l’';
  return 'l’association ';
}

/** "l’association ESS Cardio" / "l’Association des cardiologues". */
export function theAssociation(name: string): string {
  return `${associationArticle(name)}${name}`;
}

/** "Etcheverry Maite (adhérent n° 1)" — how a user finds a doctor in Annexe 1. */
export function adherentLabel(adherent: { nom?: unknown; prenom?: unknown } | undefined, i: number): string {
  const name = [answer(adherent?.nom), answer(adherent?.prenom)].filter(Boolean).join(' ');
  return name ? `${name} (adhérent n° ${i + 1})` : `l’adhérent n° ${i + 1}`;
}

/** "64100 Bayonne" or what is known of a place. */
export function placeText(place: { codePostal?: string; commune?: string }): string {
  return [place.codePostal, place.commune].filter(Boolean).join(' ') || 'adresse non renseignée';
}

/**
 * Why rows of Annexe 1 are not counted, or '' when all are: « 3 lignes non comptées : 1 doublon
 * de RPPS, 2 d’une autre spécialité ».
 */
export function notCountedText(notCounted: { doublons: number; autreSpecialite: number; medecineGenerale: number; sansRpps: number }): string {
  const { doublons, autreSpecialite, medecineGenerale, sansRpps } = notCounted;
  const total = doublons + autreSpecialite + medecineGenerale + sansRpps;
  if (total === 0) return '';
  const why = [
    doublons > 0 ? `${plural(doublons, 'doublon')} de RPPS` : '',
    autreSpecialite > 0 ? `${formatNumber(autreSpecialite)} d’une autre spécialité (comptée${autreSpecialite > 1 ? 's' : ''} à part)` : '',
    medecineGenerale > 0 ? `${formatNumber(medecineGenerale)} de médecine générale` : '',
    sansRpps > 0 ? `${formatNumber(sansRpps)} sans numéro RPPS` : '',
  ].filter(Boolean);
  return `${plural(total, 'ligne')} non comptée${total > 1 ? 's' : ''} : ${why.join(', ')}`;
}
