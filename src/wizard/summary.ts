// The review screen: what will be written, section by section, before anything is written.
import { departementByCode, formalisationById, specialiteById, typePartenaireById } from '../referentiels/index.js';
import { computeThresholds, countAdherents, notCountedText, plural } from '../facts/index.js';
import type { Dossier } from '../generated/dossier.js';
import { getAnswer } from './answers-path.js';
import { A_COMPLETER, type InitAnswers } from './skeleton.js';


const shown = (value: unknown): string => (value === undefined || value === '' ? A_COMPLETER : String(value));

export function summaryLines(answers: InitAnswers, sectionId: string): string[] {
  const at = (pointer: string) => getAnswer(answers, pointer);
  switch (sectionId) {
    case 'identification': {
      const id = at('/ess/specialite') as string | undefined;
      return [
        `Nom : ${shown(at('/ess/nom'))}`,
        `Spécialité : ${id ? (specialiteById.get(id)?.libelle ?? id) : A_COMPLETER}`,
        `Date du projet de santé : ${shown(at('/ess/date'))}`,
      ];
    }
    case 'territoire': {
      const codes = (at('/territoire/departements') as string[] | undefined) ?? [];
      const medecins = at('/territoire/medecins_specialite') as number | undefined;
      // The one count of adhérents (src/facts), as `check` counts them.
      const count = countAdherents({ ess: { specialite: at('/ess/specialite') }, adherents: at('/adherents') ?? [] } as Dossier);
      const adherents = count.counted;
      const lines = [
        `Départements : ${codes.length ? codes.map((c) => `${departementByCode.get(c)?.nom ?? c} (${c})`).join(', ') : A_COMPLETER}`,
        `Médecins de la spécialité sur le territoire : ${shown(medecins)}`,
      ];
      if (typeof medecins === 'number') {
        const seuil = computeThresholds(adherents, medecins)[0]!;
        const apart = notCountedText(count.notCounted);
        lines.push(
          `Seuil d’adhérents au départ (10 % de ${medecins}, arrondi au-dessus) : ${seuil.required} — ${plural(adherents, 'adhérent')} de la spécialité${apart ? ` (${apart})` : ''}` +
            (seuil.met ? ' : seuil atteint.' : ` : il en manque ${seuil.missing}.`),
        );
      }
      const motif = at('/territoire/derogation/motif');
      if (motif) lines.push(`Dérogation demandée : ${String(motif)}`);
      return lines;
    }
    case 'statut': {
      const etat = at('/statut_juridique/etat');
      const lines = [
        `Statut : ${etat === 'constituee' ? 'association loi 1901 constituée' : etat === 'en_creation' ? 'association en cours de création' : A_COMPLETER}`,
        `Association : ${shown(at('/statut_juridique/nom_association'))}`,
      ];
      if (etat !== 'en_creation') lines.push(`SIRET : ${shown(at('/statut_juridique/siret'))}`);
      if (etat !== 'constituee') lines.push(`Dépôt en préfecture : ${shown(at('/statut_juridique/date_depot_prefecture'))}`);
      lines.push(`Représentant légal : ${person(answers, '/statut_juridique/representant_legal', 'qualite')}`);
      lines.push(
        `Siège : ${[at('/statut_juridique/siege/adresse'), at('/statut_juridique/siege/code_postal'), at('/statut_juridique/siege/commune')].map(shown).join(', ')}`,
      );
      return lines;
    }
    case 'referent':
      return [`Référent : ${person(answers, '/referent', 'profession')}`];
    case 'partenaires': {
      const list = (at('/partenaires') as Array<Record<string, string>> | undefined) ?? [];
      if (list.length === 0) return [`Aucun partenaire saisi (${A_COMPLETER})`];
      return list.map(
        (p) =>
          `${p.nom} — ${typePartenaireById.get(p.type ?? '')?.libelle ?? shown(p.type)} — ${formalisationById.get(p.formalisation ?? '')?.libelle ?? shown(p.formalisation)}`,
      );
    }
    case 'adherents': {
      const list = (at('/adherents') as Array<Record<string, string>> | undefined) ?? [];
      if (list.length === 0) return [`Aucun adhérent saisi (${A_COMPLETER})`];
      const head = list.slice(0, 5).map((a) => `${a.nom} ${a.prenom} (RPPS ${a.rpps})`);
      return [`${list.length} adhérent(s) :`, ...head, ...(list.length > 5 ? [`… et ${list.length - 5} autre(s)`] : [])];
    }
    case 'signature':
      return [
        `Lettre d’intention déposée (ou à déposer) le : ${shown(at('/lettre_intention/date_depot'))}`,
        `Projet de santé signé à : ${shown(at('/signature/lieu'))}`,
        `Projet de santé établi en date du : ${shown(at('/signature/date'))}`,
      ];
    default:
      return [];
  }
}

function person(answers: InitAnswers, pointer: string, role: string): string {
  const at = (key: string) => getAnswer(answers, `${pointer}/${key}`);
  const name = [at('prenom'), at('nom')].filter(Boolean).join(' ');
  if (!name && !at(role) && !at('courriel') && !at('telephone')) return A_COMPLETER;
  return [name || A_COMPLETER, at(role), at('courriel'), at('telephone')].filter(Boolean).join(', ');
}

/** Counts the questions of a list of pointers still unanswered. */
export function unanswered(answers: InitAnswers, pointers: readonly string[]): number {
  return pointers.filter((p) => {
    const v = getAnswer(answers, p);
    return v === undefined || v === '' || v === A_COMPLETER;
  }).length;
}
