import type { Rule } from './rule.js';
import { aCompleter } from './a-completer.js';
import { specialiteMedecineGenerale } from './specialite-medecine-generale.js';
import { rppsCle } from './rpps-cle.js';
import { rppsDoublon } from './rpps-doublon.js';
import { adherentSpecialite } from './adherent-specialite.js';
import { pluriSpecialitesDerogation } from './pluri-specialites-derogation.js';
import { siretCle } from './siret-cle.js';
import { statutSiret } from './statut-siret.js';
import { statutDatePrefecture } from './statut-date-prefecture.js';
import { territoireMedecinsMinimum } from './territoire-medecins-minimum.js';
import { seuilAdherents } from './seuil-adherents.js';
import { seuilAdherentsCible } from './seuil-adherents-cible.js';
import { missionSocle } from './mission-socle.js';
import { partenairesPremierRecours, partenairesEtablissement, partenairesDac } from './partenaires.js';
import { consultationHorsTerritoire } from './consultation-hors-territoire.js';
import { indicateurQualitatif } from './indicateur-qualitatif.js';
import { delaiProjetSante } from './delai-projet-sante.js';
import { delaiMissionsSocle } from './delai-missions-socle.js';
import { delaiOperationnel } from './delai-operationnel.js';
import { deploiementConsultationsAvancees } from './deploiement-consultations-avancees.js';
import { cpamRattachement } from './cpam-rattachement.js';
import { financementRule } from './financement.js';
import { texteTropLong } from './texte-trop-long.js';
import { adherentsEffectif } from './adherents-effectif.js';
import { dotationDixAdherents } from './dotation-dix-adherents.js';
import { datesCoherence } from './dates-coherence.js';
import { essMemeSpecialite } from './ess-meme-specialite.js';
import { statutCoherence } from './statut-coherence.js';
import { rapportCoherence } from './rapport-coherence.js';
import { rapportIndicateursProjet } from './rapport-indicateurs-projet.js';
import { annuaireRppsInconnu } from './annuaire-rpps-inconnu.js';
import { annuaireIdentite } from './annuaire-identite.js';
import { annuaireProfession } from './annuaire-profession.js';
import { annuaireSpecialite } from './annuaire-specialite.js';
import { annuaireNonLiberal } from './annuaire-non-liberal.js';
import { annuaireHorsTerritoire } from './annuaire-hors-territoire.js';
import { annuaireEffectif } from './annuaire-effectif.js';

/**
 * The registry: every eligibility rule, in the order of eligibility-rules.md (`yaml` and `schema`
 * are produced by the parser and the structure check). Rules added beyond the table
 * (pluri-specialites-derogation, delai-operationnel, deploiement-consultations-avancees) sit next
 * to the rule they complete; texte-trop-long, which guards the documents rather than eligibility,
 * comes last, then the checks against the Annuaire santé, which run only with `check --annuaire`.
 */
export const rules: readonly Rule[] = [
  aCompleter,
  specialiteMedecineGenerale,
  rppsCle,
  rppsDoublon,
  adherentSpecialite,
  pluriSpecialitesDerogation,
  siretCle,
  statutSiret,
  statutDatePrefecture,
  territoireMedecinsMinimum,
  seuilAdherents,
  seuilAdherentsCible,
  missionSocle,
  partenairesPremierRecours,
  partenairesEtablissement,
  partenairesDac,
  consultationHorsTerritoire,
  indicateurQualitatif,
  delaiProjetSante,
  delaiMissionsSocle,
  delaiOperationnel,
  deploiementConsultationsAvancees,
  cpamRattachement,
  financementRule,
  adherentsEffectif,
  dotationDixAdherents,
  datesCoherence,
  essMemeSpecialite,
  statutCoherence,
  rapportCoherence,
  rapportIndicateursProjet,
  texteTropLong,
  annuaireRppsInconnu,
  annuaireIdentite,
  annuaireProfession,
  annuaireSpecialite,
  annuaireNonLiberal,
  annuaireHorsTerritoire,
  annuaireEffectif,
];
