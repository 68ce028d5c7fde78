import { departementByCode, type Cpam } from '../referentiels/index.js';

export interface CpamChoice {
  /** The caisse to write to, or the possible ones when the data cannot decide. */
  caisses: Cpam[];
  /** Why this caisse (for the letter's reader and for tests). */
  raison: 'departement-unique' | 'siege' | 'indetermine';
}

const normalize = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/**
 * The CPAM de rattachement (cahier des charges §VI.B.1): the caisse of the territory; when the
 * territory spans several caisses, the one of the association's seat. Pyrénées-Atlantiques has
 * two caisses (Bayonne, Pau): the seat's commune picks one when it is an arrondissement's
 * chef-lieu or the caisse's town; otherwise both are named and the user completes.
 * The one place that decides: a rule module may later provide it instead.
 */
export function cpamDeRattachement(departements: readonly string[], siege: { code_postal?: string; commune?: string } | undefined): CpamChoice {
  const territory = [...new Set(departements)].filter((c) => departementByCode.has(c));
  const seatDept = /^\d{5}$/.test(siege?.code_postal ?? '') ? siege!.code_postal!.slice(0, 2) : undefined;
  let code: string | undefined;
  let raison: CpamChoice['raison'];
  if (seatDept && departementByCode.has(seatDept) && (territory.length !== 1 || territory[0] === seatDept)) {
    code = seatDept;
    raison = territory.length === 1 ? 'departement-unique' : 'siege';
  } else if (territory.length === 1) {
    code = territory[0];
    raison = 'departement-unique';
  } else {
    return { caisses: [], raison: 'indetermine' };
  }
  const caisses = departementByCode.get(code!)!.cpam;
  if (caisses.length === 1) return { caisses, raison };
  const commune = normalize(siege?.commune ?? '');
  const match = caisses.find((c) => [c.ville, ...(c.arrondissements ?? [])].some((name) => normalize(name) === commune));
  return match ? { caisses: [match], raison } : { caisses, raison: 'indetermine' };
}
