// Minimal dossiers built for one rule: only the answers the rule reads, written as YAML by the
// `yaml` library, so that a rule's test does not depend on the sample's wording.
import { stringify } from 'yaml';

/** A valid RPPS (Luhn key) for each n: 1000000 + n on 10 digits, then the key. */
export function rpps(n: number): string {
  const body = String(1_000_000_000 + n).padStart(10, '0');
  for (let key = 0; key <= 9; key++) {
    const digits = `${body}${key}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

export interface AdherentRow {
  nom: string;
  prenom: string;
  rpps: string;
  specialite?: string;
}

/** `n` adhérents (of `specialite` when given, else of the ESS's), numbered from `from`. */
export function adherents(n: number, specialite?: string, from = 1): AdherentRow[] {
  return Array.from({ length: n }, (_, i) => ({
    nom: `Nom${from + i}`,
    prenom: `Prénom${from + i}`,
    rpps: rpps(from + i),
    ...(specialite ? { specialite } : {}),
  }));
}

/** The YAML of a minimal dossier: version, the ESS and whatever the rule needs. */
export function dossierYaml(parts: Record<string, unknown>): string {
  return stringify({ version: 1, ess: { nom: 'ESS test', specialite: 'cardiologie' }, ...parts }, { lineWidth: 0 });
}
