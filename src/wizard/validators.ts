// Checks run on each answer as it is typed: the same patterns and formats as the schema (taken
// from it, never retyped) and the same check keys as `ess check`, so that the wizard cannot write
// what check would refuse.
import { isBlank } from '../core/text.js';
import { readTypedDate } from '../core/dates.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { rppsValid, siretValid } from '../core/checksums.js';
import { dossierSchema } from '../dossier/schema-nav.js';
import { specialiteById } from '../referentiels/index.js';

type Verdict = true | string;

interface PatternDef {
  anyOf: Array<{ pattern?: string }>;
}
const defs = dossierSchema.$defs as Record<string, PatternDef>;

/** The regular expression of a `$defs` type of the schema (telephone, rpps, siret, code_postal). */
export function schemaPattern(def: 'telephone' | 'rpps' | 'siret' | 'code_postal'): RegExp {
  const pattern = defs[def]!.anyOf.find((branch) => branch.pattern)?.pattern;
  if (!pattern) throw new Error(`no pattern for $defs/${def} in the schema`);
  return new RegExp(pattern);
}

const TELEPHONE = schemaPattern('telephone');
const RPPS = schemaPattern('rpps');
const SIRET = schemaPattern('siret');
const CODE_POSTAL = schemaPattern('code_postal');
const EMAIL = fullFormats.email as RegExp;

/** Spaces people type inside numbers (« 884 321 765 00015 ») are not part of them. */
export function digitsOnly(value: string): string {
  return value.replace(/[\s.]/g, '');
}

export function required(value: string): Verdict {
  return !isBlank(value) || 'Une réponse est attendue ici.';
}

export function specialite(id: string): Verdict {
  const s = specialiteById.get(id);
  if (!s) return `Spécialité inconnue : ${id}.`;
  if (!s.eligible) return `Impossible : ${s.motif ?? 'cette spécialité ne peut pas porter une ESS'}. Choisissez une autre spécialité.`;
  return true;
}

export function medecins(value: string): Verdict {
  if (value.trim() === '') return true;
  return /^[0-9]+$/.test(value.trim()) || 'Indiquez un nombre entier de médecins (par exemple 182), ou laissez vide pour « À COMPLÉTER ».';
}

export function siret(value: string): Verdict {
  const v = digitsOnly(value);
  if (v === '') return true;
  if (!SIRET.test(v)) return `Un SIRET a 14 chiffres (ici ${v.replace(/\D/g, '').length}) : vérifiez le numéro sur l’avis de situation SIRENE.`;
  return siretValid(v) || 'Ce SIRET n’a pas une clé de contrôle valide : un chiffre est sans doute mal recopié.';
}

/** « 15/11/2026 », « 2026-11-15 » (or 15.11.2026, 15-11-2026) to ISO; undefined when it is not a real date. */
export function isoDate(value: string): string | undefined {
  const reading = readTypedDate(value);
  return reading && 'iso' in reading ? reading.iso : undefined;
}

export function date(value: string): Verdict {
  if (value.trim() === '') return true;
  const reading = readTypedDate(value);
  if (reading && 'impossible' in reading) return `Date impossible : ${reading.impossible}. Vérifiez le jour et le mois (JJ/MM/AAAA).`;
  if (reading) return true;
  if (/^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2}$/.test(value.trim())) return 'L’année s’écrit avec ses 4 chiffres : par exemple 15/11/2026.';
  return 'Date attendue au format JJ/MM/AAAA (par exemple 15/11/2026) ou AAAA-MM-JJ, ou laissez vide pour « À COMPLÉTER ».';
}

export function courriel(value: string): Verdict {
  if (value.trim() === '') return true;
  return EMAIL.test(value.trim()) || 'Adresse électronique attendue, par exemple prenom.nom@exemple.fr (ou laissez vide pour « À COMPLÉTER »).';
}

export function telephone(value: string): Verdict {
  if (value.trim() === '') return true;
  return TELEPHONE.test(value.trim()) || 'Numéro de téléphone attendu, par exemple 05 59 00 11 22 ou +33 5 59 00 11 22 (ou laissez vide pour « À COMPLÉTER »).';
}

export function codePostal(value: string): Verdict {
  if (value.trim() === '') return true;
  return CODE_POSTAL.test(value.trim()) || 'Code postal attendu : 5 chiffres, par exemple 64100.';
}

/** An RPPS as typed: 11 digits, valid key, not already in the list. */
export function rpps(value: string, known: ReadonlySet<string> = new Set()): Verdict {
  const v = digitsOnly(value);
  if (!RPPS.test(v)) return `Un numéro RPPS a 11 chiffres (ici ${v.replace(/\D/g, '').length}) : il figure sur la carte CPS ou dans l’Annuaire santé.`;
  if (!rppsValid(v)) return 'Ce numéro RPPS n’a pas une clé de contrôle valide : un chiffre est sans doute mal recopié.';
  if (known.has(v)) return 'Ce numéro RPPS est déjà dans la liste des adhérents.';
  return true;
}
