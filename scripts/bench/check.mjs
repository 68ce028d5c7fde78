import { join } from 'node:path';

// `ess check` on the complete sample against bare node (issue: ≤ 2×), run in turn with it.
export default async function (b) {
  const sample = join(b.root, 'samples/ess-cardio-cote-basque.yaml');
  const [nodeMs, ms] = b.interleaved([b.node, [...b.ess, 'check', sample]], { expectStatus: [0, 0] });
  b.row('ess check (échantillon complet)', ms, { against: 'node -e 0', againstMs: nodeMs });
}
