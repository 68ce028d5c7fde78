// What the rapport d'activité shows besides the answers its template reads: computed values only.
// The figures of the year (adhérents at 31 December, share, targets, time elapsed) come from
// src/facts/rapport.ts, as `check --etape rapport` computes them; the national and regional
// indicators, their words and where each value is, from src/referentiels/indicateurs.json.
import { durationText, formatNumber, partnerSummary, frenchDate, TARGET_YEARS, THRESHOLD_NAMES, addMonths } from '../../facts/index.js';
import { indicateurs as INDICATEURS } from '../../referentiels/index.js';
import { draftRapportFacts } from '../../facts/draft.js';
import { arr, at, common, DEPLOIEMENT_ROWS, obj, partenaires, fullName, territoire } from '../common.js';
import type { BuildOptions } from '../document.js';
import { valueText } from '../answer-helpers.js';
import { questions, YEAR_SEGMENT } from '../../trame/index.js';

export type RapportView = ReturnType<typeof view>;

const NON_RENSEIGNE = 'non renseigné';

/** The answers of the year that give an indicator's value (the schema's `x-ess.indicateur`), in the trame's order. */
const indicatorAnswers = questions.filter((q) => q.indicateur !== undefined);

/** An indicator's value: its answers under activite.AAAA, each in its words; « non renseigné » when none is given. */
export function indicatorValue(id: string, section: unknown): string {
  const parts = indicatorAnswers
    .filter((q) => q.indicateur!.id === id)
    .map((q) => ({ pattern: q.indicateur!.valeur ?? '{}', value: valueText(at(section, q.path.slice(`activite.${YEAR_SEGMENT}.`.length))) }));
  if (parts.every((p) => p.value === '')) return NON_RENSEIGNE;
  return parts.map((p) => p.pattern.replace('{}', p.value || '—')).join(' ');
}

function themeRows(kind: 'nationaux' | 'regionaux', section: unknown, partnerText: string) {
  return INDICATEURS.themes.flatMap((th) =>
    (th[kind] as Array<{ id: string; libelle: string; dossier?: string }>).map((i, n) => ({
      theme: n === 0 ? th.titre : '',
      libelle: i.libelle,
      valeur: i.dossier ? partnerText : indicatorValue(i.id, section),
    })),
  );
}

export function view(d: unknown, options: BuildOptions) {
  const annee = options.annee ?? '';
  const section = obj(obj(at(d, 'activite'))[annee]);
  const facts = draftRapportFacts(d, annee);
  const missions = obj(section.missions);
  // The optional mission is reported when the projet plans it or the year reports it.
  const planned = at(d, 'deploiement.missions.consultations_avancees') != null || arr(at(d, 'missions.consultations_avancees.lieux')).length > 0;
  const partnerText = partnerSummary(arr(at(d, 'partenaires')));
  const term = facts.projet ? frenchDate(addMonths(facts.projet, TARGET_YEARS * 12)) : '';
  const plural = facts.adherents > 1;
  return {
    ...common(d, options.brouillon),
    annee,
    territoire: territoire(d).texte,
    /** « 1 an et 1 mois » from the projet to 31 December. */
    ecoule: facts.moisEcoules !== undefined ? durationText(facts.moisEcoules) : '',
    medecins: facts.medecins !== undefined ? formatNumber(facts.medecins) : '',
    adherents: {
      nombre: formatNumber(facts.adherents),
      mots: plural ? 'médecins de la spécialité adhérents' : 'médecin de la spécialité adhérent',
      part: facts.part ?? '',
      /** « 22 au 31 décembre 2026, soit 2 de plus » when adhesion dates make the previous year's count known. */
      progression: facts.precedent
        ? `${formatNumber(facts.precedent.adherents)} au 31 décembre ${Number(annee) - 1}, soit ${progressionText(facts.adherents - facts.precedent.adherents)}`
        : '',
      seuils: facts.thresholds.map((th) => ({
        nom: `${THRESHOLD_NAMES[th.percent] ?? ''} (${th.percent} %)${th.percent === 50 && term ? `, le ${term}` : ''}`,
        requis: formatNumber(th.required),
        situation: th.met ? 'atteint' : `encore ${formatNumber(th.missing)} à convaincre`,
      })),
    },
    /** The rows of the plan de déploiement the year reports (the template reads each row's answers by its key). */
    missions: DEPLOIEMENT_ROWS.filter(([key]) => key !== 'consultations_avancees' || planned || missions[key] != null).map(([key, libelle]) => ({ key, libelle })),
    nationaux: themeRows('nationaux', section, partnerText),
    regionaux: themeRows('regionaux', section, partnerText),
    /** The partners after the regional indicators' table (the template reads each one's formalisation by `index`). */
    partenaires: partenaires(d).tous,
    /** The représentant légal's name (the template adds the qualité). */
    representant: fullName(at(d, 'statut_juridique.representant_legal')),
  };
}

function progressionText(delta: number): string {
  if (delta === 0) return 'autant qu’un an plus tôt';
  return `${formatNumber(Math.abs(delta))} ${delta > 0 ? 'de plus' : 'de moins'}`;
}
