import type { ChalkInstance } from 'chalk';
import { escapeControls } from '../core/text.js';
import { wrap } from './wrap.js';
import { specialiteById } from '../referentiels/index.js';
import { CPAM_SEAT_UNKNOWN, MEDECINS_UNKNOWN, euros, formatNumber, frenchList, notCountedText, placeText, plural, THRESHOLD_NAMES, type Facts } from '../facts/index.js';

/** The readable summary printed after the findings: the same figures as the rules' messages. */
export function formatFacts(facts: Facts, c: ChalkInstance, width = Number.POSITIVE_INFINITY): string[] {
  const lines = [c.bold('Synthèse')];
  // Each row wrapped under its text. Coloured words (a threshold's state) are single words for the wrap.
  const row = (label: string, text: string) => {
    const [first, ...rest] = wrap(text, width, { firstIndent: 25, indent: 25 });
    lines.push(`  ${label.padEnd(22)} ${first}`, ...rest);
  };
  const { adherents, medecins, part, count } = facts;
  const apart = notCountedText(count.notCounted);
  if (medecins === undefined) {
    row('Adhérents', `${plural(adherents, 'adhérent')} de la spécialité ; ${MEDECINS_UNKNOWN}`);
  } else {
    row('Adhérents', `${plural(adherents, 'adhérent')} de la spécialité sur ${plural(medecins, 'médecin')} de la spécialité sur le territoire${part !== undefined ? ` (${part})` : ''}`);
  }
  if (apart) row('', `${apart}${count.others.size > 0 ? ` — autres spécialités : ${[...count.others].map(([id, n]) => `${specialiteById.get(id)?.libelle ?? id} ${formatNumber(n)}`).join(', ')}` : ''}`);
  if (medecins !== undefined) {
    for (const t of facts.thresholds) {
      const state = t.met ? c.green(`atteint (${formatNumber(t.required)} requis)`) : c.yellow(`${formatNumber(t.required)} requis : encore ${plural(t.missing, 'adhérent')} à convaincre`);
      row(`${t.percent} %`, `${THRESHOLD_NAMES[t.percent] ?? ''} — ${state}`);
    }
  }
  if (facts.derogation) row('Dérogation', `demandée (${escapeControls(facts.derogation.replace(/\s+/g, ' ').slice(0, 80), true)})`);
  const { cpam } = facts;
  if (cpam.competent) {
    const why = cpam.caisses.length > 1 ? ` (caisse du siège : ${escapeControls(placeText(cpam.seat), true)}${cpam.seatInside === false ? ', hors du territoire' : ''})` : '';
    row('CPAM compétente', `${cpam.competent.nom}${why}`);
  } else if (cpam.seatCandidates.length > 1) {
    row('CPAM compétente', `${frenchList(cpam.seatCandidates.map((x) => x.nom), 'ou')} : le code postal du siège (${escapeControls(cpam.seat.codePostal ?? '?', true)}) ne permet pas de décider`);
  } else if (cpam.caisses.length > 1 && cpam.seatInside === false) {
    row('CPAM compétente', `celle du siège (${escapeControls(placeText(cpam.seat), true)}), hors de la région : à déterminer`);
  } else if (cpam.caisses.length > 1) {
    row('CPAM compétente', CPAM_SEAT_UNKNOWN);
  }
  const { amorcage, dotation, hypothese, debutGrille } = facts.financement;
  row('Crédit d’amorçage', `${euros(amorcage.total)} (${amorcage.tranches.map((t) => euros(t.montant)).join(' + ')})`);
  row('Dotation annuelle', dotation === undefined ? `la grille commence à ${debutGrille.adherents} adhérents (${euros(debutGrille.montant)}) : pas d’estimation pour ${plural(adherents, 'adhérent')}` : `environ ${euros(dotation)} par an (estimation : ${hypothese})`);
  return lines;
}
