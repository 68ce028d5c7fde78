import { join } from 'node:path';

// `ess check` on the complete sample against bare node (issue: ≤ 2×).
export default async function (b) {
  const sample = join(b.root, 'samples/ess-cardio-cote-basque.yaml');
  const ms = b.median([...b.ess, 'check', sample], { expectStatus: 0 });
  b.row('ess check (échantillon complet)', ms, { against: 'node -e 0', againstMs: b.baseline });
  b.checkSampleMs = ms;
}
