import type { Rule, RuleReport } from './rule.js';
import { factsOf, frenchList, placeText, type CpamFacts } from '../facts/index.js';
import { region } from '../referentiels/index.js';

const SEAT = '/statut_juridique/siege/code_postal';

/** What can be said of the seat's caisse, honestly. */
function seatCaisseText(cpam: CpamFacts): string {
  if (cpam.seatCaisse) return `la ${cpam.seatCaisse.nom}`;
  const names = frenchList(cpam.seatCandidates.map((c) => `la ${c.nom}`), 'ou');
  return `${names} (le code postal ${cpam.seat.codePostal ?? 'du siège'} ne figure pas dans la table des communes de ${cpam.seat.departement?.nom} : renseignez-vous auprès de l’une d’elles, ou indiquez statut_juridique.siege.departement si le code postal est partagé)`;
}

/** Why the territory relies on several caisses. */
function severalText(cpam: CpamFacts, territoryText: string): string {
  return cpam.territory.length > 1
    ? `Le territoire couvre ${cpam.territory.length} départements (${territoryText})`
    : `Le territoire (${territoryText}) relève de deux caisses, ${frenchList(cpam.caisses.map((c) => `la ${c.nom}`))}`;
}

export const cpamRattachement: Rule = {
  id: 'cpam-rattachement',
  severity: { lettre: 'info', projet: 'info', rapport: 'info' },
  source: 'cahier des charges, §VI.B.1',
  description: 'Quand le territoire relève de plusieurs caisses (plusieurs départements, ou les Pyrénées-Atlantiques et leurs deux caisses), la CPAM compétente est celle du siège de l’association : dit laquelle, même quand le siège est hors du territoire (avec un avertissement) ; un siège hors de la région est un avertissement.',
  check({ dossier }) {
    const { cpam } = factsOf(dossier);
    const { territory, caisses, seat } = cpam;
    if (territory.length === 0) return [];
    const reports: RuleReport[] = [];
    const territoryText = frenchList(territory.map((d) => `${d.code} ${d.nom}`));
    const several = caisses.length > 1;
    if (seat.departementCode && cpam.seatInside === false) {
      const where = seat.departement
        ? `dans le département ${seat.departementCode} ${seat.departement.nom}, hors du territoire de l’ESS (${territoryText})`
        : `dans le département ${seat.departementCode}, hors de la région ${region.nom} et du territoire de l’ESS (${territoryText})`;
      // With several caisses the seat's is named by the info below, as for a seat inside.
      const caisse = !several
        ? ` ; la caisse compétente reste celle du territoire, la ${caisses[0]!.nom}`
        : seat.departement
          ? ' ; la CPAM compétente reste celle du siège'
          : ' ; le territoire relève de plusieurs caisses et la CPAM compétente est celle du siège, une caisse hors de la région que ce programme ne connaît pas';
      reports.push({
        path: SEAT,
        severity: 'warning',
        message: `Le siège de l’association (${placeText(seat)}) est ${where} : vérifiez l’adresse du siège ou le territoire${caisse}`,
      });
      if (!several || !seat.departement) return reports;
    }
    if (!several) return reports;
    const why = severalText(cpam, territoryText);
    if (!seat.departement) {
      reports.push({
        path: SEAT,
        message: `${why} : la CPAM compétente est celle du siège de l’association. Indiquez le code postal du siège (statut_juridique.siege.code_postal) pour la déterminer`,
      });
      return reports;
    }
    reports.push({
      path: SEAT,
      message: `${why} : la CPAM compétente est celle du siège de l’association (${placeText(seat)}), soit ${seatCaisseText(cpam)}. La lettre d’intention est adressée à l’ARS et à cette caisse`,
    });
    return reports;
  },
};
