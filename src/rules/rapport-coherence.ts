import type { Rule, RuleReport } from './rule.js';
import { formatNumber, frenchDate, plural, rapportFactsOf } from '../facts/index.js';
import { DEPLOIEMENT_KEYS, yearSection } from './rapport.js';
import { isoDate, pointer } from './values.js';

const n = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export const rapportCoherence: Rule = {
  id: 'rapport-coherence',
  severity: { rapport: 'error' },
  source: 'cahier des charges, §VI.E « Evaluation »',
  description: 'Les chiffres de l’année ne se contredisent pas : médecins traitants adressants au plus égaux aux soignants adressants, médecins actifs au plus égaux aux adhérents comptés au 31 décembre, médecins proposant des consultations avancées au plus égaux aux médecins actifs (et des consultations avancées réalisées seulement s’il y en a), patients de télé-expertise au plus égaux aux actes, une mission déployée mise en service au plus tard le 31 décembre.',
  check({ dossier, annee }) {
    const section = yearSection(dossier, annee);
    if (!section || !annee) return [];
    const at = (...segments: string[]) => pointer('activite', annee, ...segments);
    const reports: RuleReport[] = [];
    const ind = section.indicateurs ?? {};
    const soignants = n(ind.soignants_adressants);
    const traitants = n(ind.medecins_traitants_adressants);
    if (soignants !== undefined && traitants !== undefined && traitants > soignants) {
      reports.push({ path: at('indicateurs', 'medecins_traitants_adressants'), message: `${plural(traitants, 'médecin traitant adressant', 'médecins traitants adressants')}, pour ${plural(soignants, 'soignant adressant', 'soignants adressants')} en tout : les médecins traitants sont comptés parmi les soignants adressants. Corrigez l’un des deux chiffres` });
    }
    const actifs = n(section.medecins_actifs);
    const { adherents } = rapportFactsOf(dossier, annee);
    if (actifs !== undefined && actifs > adherents) {
      reports.push({ path: at('medecins_actifs'), message: `${plural(actifs, 'médecin actif', 'médecins actifs')} dans l’année, pour ${plural(adherents, 'adhérent compté', 'adhérents comptés')} au 31 décembre ${annee} (adherents, avec leur date d’adhésion) : les médecins actifs sont des adhérents. Corrigez medecins_actifs, ou ajoutez les adhérents manquants` });
    }
    const avancees = n(ind.medecins_consultations_avancees);
    if (avancees !== undefined && actifs !== undefined && avancees > actifs) {
      reports.push({ path: at('indicateurs', 'medecins_consultations_avancees'), message: `${plural(avancees, 'médecin propose', 'médecins proposent')} des consultations avancées, pour ${plural(actifs, 'médecin actif', 'médecins actifs')} : ils sont comptés parmi les médecins actifs. Corrigez l’un des deux chiffres` });
    }
    const realisees = n(ind.consultations_avancees);
    if (realisees !== undefined && realisees > 0 && avancees === 0) {
      reports.push({ path: at('indicateurs', 'consultations_avancees'), message: `${plural(realisees, 'consultation avancée réalisée', 'consultations avancées réalisées')}, mais aucun médecin ne propose de consultations avancées (medecins_consultations_avancees: 0). Corrigez l’un des deux chiffres` });
    }
    const actes = n(section.regionaux?.actes_teleexpertise_teleconsultation);
    const patients = n(section.regionaux?.patients_teleexpertise_teleconsultation);
    if (actes !== undefined && patients !== undefined && patients > actes) {
      reports.push({ path: at('regionaux', 'patients_teleexpertise_teleconsultation'), message: `${formatNumber(patients)} patients ayant bénéficié d’au moins une télé-expertise ou téléconsultation, pour ${plural(actes, 'acte')} : chaque patient compté en a eu au moins un. Corrigez l’un des deux chiffres` });
    }
    const fin = `${annee}-12-31`;
    for (const key of DEPLOIEMENT_KEYS) {
      const mission = section.missions?.[key];
      const date = isoDate(mission?.date);
      if (mission?.etat === 'deployee' && date && date > fin) {
        reports.push({ path: at('missions', key, 'date'), message: `La mission est dite déployée au 31 décembre ${annee}, mais sa mise en service est datée du ${frenchDate(date)}. Corrigez la date, ou son état (en_cours)` });
      }
    }
    return reports;
  },
};
