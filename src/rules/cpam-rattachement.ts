import type { Rule, RuleReport } from './rule.js';
import { factsOf, type CpamFacts } from './facts.js';
import { listText, seatText } from './wording.js';

const SEAT = '/statut_juridique/siege/code_postal';

/** What can be said of the seat's caisse, honestly. */
function seatCaisseText(cpam: CpamFacts): string {
  if (cpam.seatCaisse) return `la ${cpam.seatCaisse.nom}`;
  const names = listText(cpam.seatCandidates.map((c) => `la ${c.nom}`)).replace(/ et /, ' ou ');
  return `${names} (le code postal ${cpam.seat.codePostal} ne figure pas dans la table des communes de ${cpam.seat.departement?.nom} : renseignez-vous auprès de l’une d’elles)`;
}

export const cpamRattachement: Rule = {
  id: 'cpam-rattachement',
  severity: 'info',
  stages: ['lettre', 'projet'],
  source: 'cahier des charges, §VI.B.1',
  description: 'Quand le territoire relève de plusieurs caisses (plusieurs départements, ou les Pyrénées-Atlantiques et leurs deux caisses), la CPAM compétente est celle du siège de l’association : dit laquelle ; avertit quand le siège est hors du territoire.',
  check({ dossier }) {
    const { cpam } = factsOf(dossier);
    const { territory, caisses, seat } = cpam;
    if (territory.length === 0) return [];
    const reports: RuleReport[] = [];
    const territoryText = listText(territory.map((d) => `${d.code} ${d.nom}`));
    if (seat.departementCode && cpam.seatInside === false) {
      const where = seat.departement ? `${seat.departementCode} ${seat.departement.nom}` : seat.departementCode;
      const caisse = caisses.length === 1
        ? ` ; la caisse compétente reste celle du territoire, la ${caisses[0]!.nom}`
        : ' ; tant que le siège est hors du territoire, la caisse compétente (celle du siège) ne peut pas être déterminée';
      reports.push({
        path: SEAT,
        severity: 'warning',
        message: `Le siège de l’association (${seatText(seat)}) est dans le département ${where}, hors du territoire de l’ESS (${territoryText}) : vérifiez l’adresse du siège ou le territoire${caisse}`,
      });
      return reports;
    }
    if (caisses.length <= 1) return reports;
    const why = territory.length > 1 ? `Le territoire couvre ${territory.length} départements (${territoryText})` : `Le territoire (${territoryText}) relève de deux caisses, la ${listText(caisses.map((c) => c.nom)).replace(' et ', ' et la ')}`;
    if (!seat.departement) {
      reports.push({
        path: SEAT,
        message: `${why} : la CPAM compétente est celle du siège de l’association. Indiquez le code postal du siège (statut_juridique.siege.code_postal) pour la déterminer`,
      });
      return reports;
    }
    reports.push({
      path: SEAT,
      message: `${why} : la CPAM compétente est celle du siège de l’association (${seatText(seat)}), soit ${seatCaisseText(cpam)}. Déposez la lettre d’intention auprès de l’ARS et de cette caisse`,
    });
    return reports;
  },
};
