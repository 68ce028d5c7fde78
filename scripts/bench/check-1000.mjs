import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `ess check` on a dossier of 1,000 adhérents against the complete sample (issue: ≤ 1.5×).
// The big dossier is generated here (in .bench/, never committed): the complete sample with its
// Annexe 1 replaced by 1,000 distinct RPPS with a valid Luhn key, for 5,000 médecins.

/** The Luhn check digit that makes `body` + digit valid. */
function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function bigDossier(sampleText, count) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const body = `1${String(10000000 + i * 7919).padStart(9, '0')}`;
    rows.push(`  - { nom: Médecin${i}, prenom: Prénom${i}, rpps: "${body}${luhnDigit(body)}" }`);
  }
  return sampleText
    .replace('medecins_specialite: 182', `medecins_specialite: ${count * 5}`)
    .replace(/\nadherents:\n[\s\S]*$/, `\nadherents:\n${rows.join('\n')}\n`);
}

export default async function (b) {
  const sample = join(b.root, 'samples/ess-cardio-cote-basque.yaml');
  const big = join(b.tmp, 'ess-1000-adherents.yaml');
  writeFileSync(big, bigDossier(readFileSync(sample, 'utf8'), 1000));
  const [sampleMs, ms] = b.interleaved([[...b.ess, 'check', sample], [...b.ess, 'check', big]], { expectStatus: [0, 0] });
  b.row('ess check (1 000 adhérents)', ms, { against: 'ess check (échantillon complet)', againstMs: sampleMs, note: 'objectif ≤ 1,5×' });
}
