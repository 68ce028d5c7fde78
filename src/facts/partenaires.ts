// The partners of the ESS counted by level of formalisation, in French: the value of the rapport
// d'activité's indicator of partnerships (referential `dossier: partenaires`).
import { formatNumber } from '../core/text.js';
import { answer } from '../rules/values.js';

/** « 9 partenaires ; coopérations : 4 formalisées, 2 en cours de formalisation, 3 envisagées (liste ci-dessous) ». */
export function partnerSummary(partners: readonly unknown[]): string {
  if (partners.length === 0) return 'aucun partenaire indiqué';
  const levels = partners.map((p) => answer((p as { formalisation?: unknown } | null)?.formalisation));
  const n = (id: string) => levels.filter((x) => x === id).length;
  const parts = [
    n('formalisee') && `${formatNumber(n('formalisee'))} formalisée${n('formalisee') > 1 ? 's' : ''}`,
    n('en_cours') && `${formatNumber(n('en_cours'))} en cours de formalisation`,
    n('envisagee') && `${formatNumber(n('envisagee'))} envisagée${n('envisagee') > 1 ? 's' : ''}`,
  ].filter((p): p is string => typeof p === 'string');
  return `${formatNumber(partners.length)} partenaire${partners.length > 1 ? 's' : ''}${parts.length > 0 ? ` ; coopérations : ${parts.join(', ')}` : ''} (liste ci-dessous)`;
}
