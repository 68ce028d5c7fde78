// Check keys of the French identifiers (facts in ../shared/reference/README.md).

/** Luhn: doubling every second digit from the right; valid when the sum is a multiple of 10. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** RPPS: 11 digits, the last a Luhn key over the 11 digits. */
export function rppsValid(rpps: string): boolean {
  return /^[0-9]{11}$/.test(rpps) && luhnValid(rpps);
}

/** SIREN of La Poste, whose establishments' SIRET follow their own key. */
const LA_POSTE_SIREN = '356000000';

/** SIRET: 14 digits, Luhn over the 14; La Poste's are valid when the digit sum is a multiple of 5. */
export function siretValid(siret: string): boolean {
  if (!/^[0-9]{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((s, c) => s + Number(c), 0);
    return sum % 5 === 0;
  }
  return luhnValid(siret);
}
