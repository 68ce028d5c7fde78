// What the formulaires d'adhésion show: the ESS and its association once, then one form per adhérent
// and a blank one. Computed values only. A form is paper to sign: an answer missing or still « À
// COMPLÉTER » prints as an empty line to fill by hand, never as the placeholder.
import { toIsoDate } from '../../core/dates.js';
import { isPlaceholder } from '../../rules/values.js';
import { essSpecialty } from '../../facts/index.js';
import { specialiteById } from '../../referentiels/index.js';
import { arr, at, common, consultationsAvancees, obj, specialiteLabel, territoire } from '../common.js';
import type { BuildOptions } from '../document.js';
import { textOf } from '../escape.js';

export type AdhesionView = ReturnType<typeof view>;

/** An answer to print on a form: '' when absent or a placeholder. */
const filled = (v: unknown): string => {
  const text = textOf(v).trim();
  return isPlaceholder(text) ? '' : text;
};

/** « 15/01/2026 »: a form's date, as one writes it by hand; '' when unknown or not a real date. */
export function formDate(value: unknown): string {
  const iso = toIsoDate(value);
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export interface Formulaire {
  nom: string;
  prenom: string;
  /** The specialty in words (« Cardiologie et maladies vasculaires »). */
  specialite: string;
  rpps: string;
  /** The date of adhesion (JJ/MM/AAAA), when known. */
  adhesion: string;
}

/**
 * One form per adhérent, in the order of `adherents`: a repeated RPPS is the same médecin (one form),
 * and médecine générale is never an adhérent (CSP L.1411-11-1; only a draft can get here with one).
 * An adhérent of another specialty (dérogation) signs too. Then the blank form.
 */
export function formulaires(d: unknown): Formulaire[] {
  const main = filled(essSpecialty(d));
  const seen = new Set<string>();
  const forms: Formulaire[] = [];
  for (const a of arr(at(d, 'adherents'))) {
    const rpps = filled(obj(a).rpps);
    const id = filled(obj(a).specialite) || main;
    if (rpps !== '' && seen.has(rpps)) continue;
    if (specialiteById.get(id)?.eligible === false) continue;
    if (rpps !== '') seen.add(rpps);
    forms.push({
      nom: filled(obj(a).nom),
      prenom: filled(obj(a).prenom),
      specialite: id ? specialiteLabel(id) : '',
      rpps,
      adhesion: formDate(obj(a).adhesion),
    });
  }
  // The blank form, for the next adhérents.
  forms.push({ nom: '', prenom: '', specialite: '', rpps: '', adhesion: '' });
  return forms;
}

export function view(d: unknown, options: BuildOptions) {
  const base = common(d, options.brouillon);
  const main = filled(essSpecialty(d));
  return {
    ...base,
    specialite: main ? specialiteLabel(main) : '',
    /** « Pyrénées-Atlantiques (64) et Landes (40) ». */
    territoire: territoire(d).texte,
    /** The optional mission (consultations avancées) is part of the engagement when the ESS plans it. */
    avancees: !consultationsAvancees(d).aucun,
    formulaires: formulaires(d),
  };
}
