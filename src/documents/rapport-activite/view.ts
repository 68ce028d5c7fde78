// What the rapport d'activité shows besides the answers its template reads: computed values only.
// The figures of the year (adhérents at 31 December, share, targets, time elapsed) come from
// src/facts/rapport.ts, as `check --etape rapport` computes them; the national and regional
// indicators, their words and where each value is, from src/referentiels/indicateurs.json.
import { computeRapportFacts, durationText, formatNumber, frenchDate, isoDate, TARGET_YEARS, THRESHOLD_NAMES, addMonths, type RapportFacts } from '../../facts/index.js';
import { indicateurs as INDICATEURS } from '../../referentiels/index.js';
import type { Dossier } from '../../generated/dossier.js';
import { arr, at, common, dateText, DEPLOIEMENT_ROWS, joinNonEmpty, nomSansPrefixeEss, obj, partenaires, person, t, territoire, texts } from '../common.js';
import type { BuildOptions } from '../document.js';
import { textOf } from '../escape.js';

export type RapportView = ReturnType<typeof view>;

/** The words of `etat` (the schema's enumDescriptions of `etat_mission`; a test keeps them equal). */
export const ETATS: Record<string, string> = { deployee: 'Déployée', en_cours: 'En cours de déploiement', non_commencee: 'Non commencée' };

const NON_RENSEIGNE = 'non renseigné';

/** A value of the year as printed: numbers the French way, texts as written, '' when absent. */
function valueText(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return formatNumber(v);
  return textOf(v).trim();
}

/** An indicator's `valeur` pattern of the referential filled with the year's answers ({chemin} under activite.AAAA). */
export function fillValue(pattern: string, section: unknown): string {
  const keys = [...pattern.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const values = new Map(keys.map((k) => [k, valueText(at(section, k))]));
  if (keys.every((k) => values.get(k) === '')) return NON_RENSEIGNE;
  return pattern.replace(/\{([^}]+)\}/g, (_, k: string) => values.get(k) || '—');
}

/** The figures of a draft (any shape): only the answers the facts read. */
function draftRapportFacts(d: unknown, annee: string): RapportFacts {
  const medecins = at(d, 'territoire.medecins_specialite');
  const field = (o: unknown, key: string) => textOf(obj(o)[key]).trim();
  const draft = {
    version: 1,
    ess: { specialite: t(d, 'ess.specialite'), date: isoDate(at(d, 'ess.date')) },
    territoire: { medecins_specialite: typeof medecins === 'number' ? medecins : undefined },
    adherents: arr(at(d, 'adherents')).map((a) => ({ rpps: field(a, 'rpps'), specialite: field(a, 'specialite'), adhesion: isoDate(obj(a).adhesion) })),
  } as unknown as Dossier;
  return computeRapportFacts(draft, annee);
}

/** The projet's own indicators with the year's value: each promised one, then any the year adds. */
function reported(d: unknown, section: unknown, list: 'complementaires' | 'qualitatifs', valueKey: 'valeur' | 'resultat') {
  const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();
  const entries = arr(obj(section)[list]).map((e) => ({ indicateur: t(e, 'indicateur'), valeur: valueText(obj(e)[valueKey]) }));
  const promised = texts(at(d, `indicateurs.${list}`));
  const rows = promised.map((indicateur) => ({ indicateur, valeur: entries.find((e) => key(e.indicateur) === key(indicateur))?.valeur || NON_RENSEIGNE }));
  const extra = entries.filter((e) => e.indicateur !== '' && !promised.some((p) => key(p) === key(e.indicateur)));
  return [...rows, ...extra.map((e) => ({ indicateur: e.indicateur, valeur: e.valeur || NON_RENSEIGNE }))];
}

/** « 9 partenaires : 4 coopérations formalisées, 2 en cours de formalisation, 3 envisagées » (the list follows the table). */
function partnerSummary(all: ReturnType<typeof partenaires>['tous'], ids: string[]): string {
  if (all.length === 0) return 'aucun partenaire indiqué';
  const n = (id: string) => ids.filter((x) => x === id).length;
  const parts = [
    n('formalisee') && `${formatNumber(n('formalisee'))} formalisée${n('formalisee') > 1 ? 's' : ''}`,
    n('en_cours') && `${formatNumber(n('en_cours'))} en cours de formalisation`,
    n('envisagee') && `${formatNumber(n('envisagee'))} envisagée${n('envisagee') > 1 ? 's' : ''}`,
  ].filter((p): p is string => typeof p === 'string');
  return `${formatNumber(all.length)} partenaire${all.length > 1 ? 's' : ''}${parts.length > 0 ? ` ; coopérations : ${parts.join(', ')}` : ''} (liste ci-dessous)`;
}

function themeRows(kind: 'nationaux' | 'regionaux', section: unknown, partnerText: string) {
  return INDICATEURS.themes.flatMap((th) =>
    (th[kind] as Array<{ libelle: string; valeur?: string; dossier?: string }>).map((i, n) => ({
      theme: n === 0 ? th.titre : '',
      libelle: i.libelle,
      valeur: i.valeur ? fillValue(i.valeur, section) : partnerText,
    })),
  );
}

export function view(d: unknown, options: BuildOptions) {
  const annee = options.annee ?? '';
  const section = obj(obj(at(d, 'activite'))[annee]);
  const facts = draftRapportFacts(d, annee);
  const representant = person(at(d, 'statut_juridique.representant_legal'), 'qualite');
  const missions = obj(section.missions);
  // The optional mission is reported when the projet plans it or the year reports it.
  const planned = at(d, 'deploiement.missions.consultations_avancees') != null || arr(at(d, 'missions.consultations_avancees.lieux')).length > 0;
  const partners = partenaires(d).tous;
  const partnerText = partnerSummary(partners, arr(at(d, 'partenaires')).map((p) => t(p, 'formalisation')));
  const term = facts.projet ? frenchDate(addMonths(facts.projet, TARGET_YEARS * 12)) : '';
  const plural = facts.adherents > 1;
  return {
    ...common(d, options.brouillon, `Rapport d’activité ${annee}`),
    annee,
    territoire: territoire(d).texte,
    projetDate: dateText(at(d, 'ess.date')),
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
    missions: DEPLOIEMENT_ROWS.filter(([key]) => key !== 'consultations_avancees' || planned || missions[key] != null).map(([key, libelle]) => {
      const m = obj(missions[key]);
      return {
        libelle,
        etat: ETATS[t(m, 'etat')] ?? (t(m, 'etat') || NON_RENSEIGNE),
        date: dateText(m.date),
        realisations: t(m, 'realisations'),
      };
    }),
    nationaux: themeRows('nationaux', section, partnerText),
    regionaux: themeRows('regionaux', section, partnerText),
    /** The partners and their cooperation, after the regional indicators' table. */
    partenaires: partners.map((p) => ({ nom: p.nom, detail: joinNonEmpty([p.type, p.formalisation], ' — ') })),
    /** "Rapport d'activité de l'ESS …" without "ESS ESS" when the name already starts with it. */
    nomApresEss: nomSansPrefixeEss(t(d, 'ess.nom')),
    complementaires: reported(d, section, 'complementaires', 'valeur'),
    qualitatifs: reported(d, section, 'qualitatifs', 'resultat'),
    signataire: joinNonEmpty([representant.nomPrenom, representant.qualite], ', '),
    lieu: t(d, 'statut_juridique.siege.commune'),
  };
}

function progressionText(delta: number): string {
  if (delta === 0) return 'autant qu’un an plus tôt';
  return `${formatNumber(Math.abs(delta))} ${delta > 0 ? 'de plus' : 'de moins'}`;
}
