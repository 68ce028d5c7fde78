// Messages cite only what their source says (issue 12, item 9): checked on the documented example
// of every rule, which is the finding users really get.
import { describe, expect, it } from 'vitest';
import { exampleFinding } from '../../scripts/docs/rules-doc.js';
import { rules } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

describe('rule messages', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s: no invented procedure, no misplaced citation, targets named as the cahier names them', (_id, rule) => {
    const finding = exampleFinding(rule, ROOT);
    expect(finding).not.toMatch(/prévenez|informez l’ARS|du retard/i);
    expect(finding).not.toMatch(/trame type, §5\.2/);
    // Only 50 % is « au terme de 5 ans »; 30 % is the intermediate target.
    expect(finding).not.toMatch(/30 %[^.;]*(à|au terme de) 5 ans/);
    expect(finding).not.toMatch(/\b1 (adhérents|médecins)\b/);
  });
});
