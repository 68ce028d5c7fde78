import type { ChalkInstance } from 'chalk';
import { escapeControls, formatNumber, plural } from '../core/text.js';
import type { Facts } from '../rules/facts.js';
import { euros, listText, percent, seatText } from '../rules/wording.js';

const THRESHOLD_NAMES: Record<number, string> = { 10: 'seuil de départ', 30: 'cible intermédiaire à 5 ans', 50: 'cible à 5 ans' };

/** The readable summary printed after the findings: the same figures as the rules' messages. */
export function formatFacts(facts: Facts, c: ChalkInstance): string[] {
  const lines = [c.bold('Synthèse')];
  const row = (label: string, text: string) => lines.push(`  ${label.padEnd(22)} ${text}`);
  const { adherents, medecins, share } = facts;
  if (medecins === undefined) {
    row('Adhérents', `${plural(adherents, 'adhérent')} ; nombre de médecins de la spécialité sur le territoire non renseigné (territoire.medecins_specialite)`);
  } else {
    row('Adhérents', `${plural(adherents, 'adhérent')} sur ${plural(medecins, 'médecin')} de la spécialité sur le territoire${share !== undefined ? ` (${percent(share)})` : ''}`);
    for (const t of facts.thresholds) {
      const state = t.met ? c.green(`atteint (${formatNumber(t.required)} requis)`) : c.yellow(`${formatNumber(t.required)} requis : encore ${plural(t.missing, 'adhérent')} à convaincre`);
      row(`${t.percent} %`, `${THRESHOLD_NAMES[t.percent] ?? ''} — ${state}`);
    }
  }
  if (facts.derogation) row('Dérogation', `demandée (${escapeControls(facts.derogation.replace(/\s+/g, ' ').slice(0, 80), true)})`);
  const { cpam } = facts;
  if (cpam.competent) {
    const why = cpam.caisses.length > 1 ? ` (caisse du siège : ${escapeControls(seatText(cpam.seat), true)})` : '';
    row('CPAM compétente', `${cpam.competent.nom}${why}`);
  } else if (cpam.seatInside === false) {
    row('CPAM compétente', `à déterminer : le siège (${escapeControls(seatText(cpam.seat), true)}) est hors du territoire`);
  } else if (cpam.seatCandidates.length > 1) {
    row('CPAM compétente', `${listText(cpam.seatCandidates.map((x) => x.nom)).replace(/ et /, ' ou ')} : le code postal du siège (${escapeControls(cpam.seat.codePostal ?? '?', true)}) ne permet pas de décider`);
  } else if (cpam.caisses.length > 1) {
    row('CPAM compétente', 'celle du siège de l’association : indiquez son code postal (statut_juridique.siege.code_postal)');
  }
  const { amorcage, dotation, hypothese } = facts.financement;
  row('Crédit d’amorçage', `${euros(amorcage.total)} (${amorcage.tranches.map((t) => euros(t.montant)).join(' + ')})`);
  row('Dotation annuelle', dotation === undefined ? 'pas d’estimation sous 10 adhérents' : `environ ${euros(dotation)} par an (estimation : ${hypothese})`);
  return lines;
}
