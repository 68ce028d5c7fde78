import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `ess render` (both documents) of the complete sample against bare node (issue: ≤ 3×), and of a
// generated 1,000-adhérent dossier against the complete sample (issue: ≤ 2×). Files go to b.tmp.

/** The n-th valid RPPS, all distinct: "10" + 8 digits of n + a Luhn key. */
function rpps(n) {
  const body = `10${String(n).padStart(8, '0')}`;
  for (let key = 0; key < 10; key++) {
    const digits = (body + key).split('').map(Number);
    let sum = 0;
    for (let i = 0; i < 11; i++) {
      let d = digits[10 - i];
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return body + key;
  }
}

export default async function (b) {
  const sample = join(b.root, 'samples/ess-cardio-cote-basque.yaml');
  const out = join(b.tmp, 'render');
  rmSync(out, { recursive: true, force: true });
  const text = readFileSync(sample, 'utf8');
  const start = text.indexOf('adherents:\n');
  const lines = Array.from({ length: 1000 }, (_, i) => `  - { nom: Médecin${i}, prenom: Prénom${i}, rpps: "${rpps(i + 1)}" }`);
  const big = join(b.tmp, 'dossier-1000-adherents.yaml');
  writeFileSync(
    big,
    text.slice(0, start).replace('medecins_specialite: 182', 'medecins_specialite: 5000') + 'adherents:\n' + lines.join('\n') + '\n',
  );
  // The three in turn, so that both ratios are taken on the same stretch of the machine's time.
  const [nodeMs, ms, bigMs] = b.interleaved([b.node, [...b.ess, 'render', sample, '-o', out], [...b.ess, 'render', big, '-o', out]], { expectStatus: [0, 0, 0] });
  b.row('ess render, 2 documents (échantillon complet)', ms, { against: 'node -e 0', againstMs: nodeMs });
  const rss = b.peakRssMb([...b.ess, 'render', big, '-o', out]);
  b.row('ess render, 2 documents (1 000 adhérents)', bigMs, {
    against: 'ess render (échantillon)',
    againstMs: ms,
    note: rss ? `mémoire max ${rss.toFixed(0)} Mo` : undefined,
  });
}
