import { describe, expect, it } from 'vitest';
import { findings, ruleTable, mutate, SAMPLE } from './table.js';
import { dossierYaml } from './minimal.js';

/** Dordogne and Lot-et-Garonne: two caisses; the seat in Port-Sainte-Foy (24), whose postal code 33220 is Gironde's too. */
const portSainteFoy = (departement?: string) =>
  dossierYaml({
    territoire: { departements: ['24', '47'], medecins_specialite: 60 },
    statut_juridique: { siege: { adresse: '1 rue du Port', code_postal: '33220', commune: 'Port-Sainte-Foy-et-Ponchapt', ...(departement ? { departement } : {}) } },
  });

const seat = (cp: string, commune: string): Array<[string, string]> => [['code_postal: "64100"', `code_postal: "${cp}"`], ['commune: Bayonne', `commune: ${commune}`]];

ruleTable('cpam-rattachement', {
  valid: [
    {
      name: 'one département with one caisse, seat inside',
      text: mutate([['departements: ["64", "40"]', 'departements: ["33"]'], ...seat('33000', 'Bordeaux')]),
    },
  ],
  invalid: [
    {
      name: 'sample: 64 and 40, seat in Bayonne',
      text: SAMPLE,
      path: '/statut_juridique/siege/code_postal',
      line: 'code_postal: "64100"',
      severity: { lettre: 'info', projet: 'info' },
      message: ['2 départements (64 Pyrénées-Atlantiques et 40 Landes) : la CPAM compétente est celle du siège de l’association (64100 Bayonne), soit la CPAM de Bayonne'],
    },
    {
      name: 'only 64: two caisses, seat in Pau',
      text: mutate([['departements: ["64", "40"]', 'departements: ["64"]'], ['code_postal: "40700"', 'code_postal: "64700"'], ...seat('64000', 'Pau')]),
      path: '/statut_juridique/siege/code_postal',
      line: 'code_postal: "64000"',
      severity: { lettre: 'info', projet: 'info' },
      message: ['(64 Pyrénées-Atlantiques) relève de deux caisses, la CPAM de Bayonne et la CPAM de Pau-Pyrénées', 'soit la CPAM de Pau-Pyrénées'],
    },
    {
      name: 'seat whose postal code does not decide: says so, names both',
      text: mutate(seat('64130', 'Mauléon-Licharre')),
      path: '/statut_juridique/siege/code_postal',
      line: 'code_postal: "64130"',
      severity: { lettre: 'info', projet: 'info' },
      message: ['la CPAM de Bayonne ou la CPAM de Pau-Pyrénées', 'ne figure pas'],
    },
    {
      name: 'seat outside the territory: warning',
      text: mutate([['departements: ["64", "40"]', 'departements: ["40"]'], ['code_postal: "64120"', 'code_postal: "40120"'], ['code_postal: "64130"', 'code_postal: "40130"']]),
      path: '/statut_juridique/siege/code_postal',
      line: 'code_postal: "64100"',
      severity: { lettre: 'warning', projet: 'warning' },
      message: ['département 64 Pyrénées-Atlantiques, hors du territoire de l’ESS (40 Landes)', 'reste celle du territoire, la CPAM des Landes'],
    },
    {
      name: 'seat outside a territory of several caisses: the seat’s caisse is still named, with a warning',
      text: mutate([['departements: ["64", "40"]', 'departements: ["40", "33"]'], ['code_postal: "64120"', 'code_postal: "40120"'], ['code_postal: "64130"', 'code_postal: "33130"']]),
      path: '/statut_juridique/siege/code_postal',
      line: 'code_postal: "64100"',
      severity: { lettre: 'warning', projet: 'warning' },
      count: 2,
      message: ['(40 Landes et 33 Gironde)', 'la CPAM compétente reste celle du siège'],
    },
    {
      name: 'minimal dossier: a shared postal code, the département given decides (seat inside, Dordogne’s caisse)',
      text: portSainteFoy('24'),
      path: '/statut_juridique/siege/code_postal',
      line: "code_postal: \"33220\"",
      severity: { lettre: 'info', projet: 'info' },
      message: ['la CPAM compétente est celle du siège de l’association (33220 Port-Sainte-Foy-et-Ponchapt), soit la CPAM de la Dordogne'],
    },
    {
      name: 'minimal dossier: the same seat without its département reads as Gironde: outside, warned, Gironde’s caisse named',
      text: portSainteFoy(),
      path: '/statut_juridique/siege/code_postal',
      line: "code_postal: \"33220\"",
      severity: { lettre: 'warning', projet: 'warning' },
      count: 2,
      message: ['département 33 Gironde, hors du territoire'],
    },
  ],
});

describe('cpam-rattachement: a seat outside a territory of several caisses', () => {
  it.each([
    ['Landes and Gironde, seat in Bayonne', mutate([['departements: ["64", "40"]', 'departements: ["40", "33"]'], ['code_postal: "64120"', 'code_postal: "40120"'], ['code_postal: "64130"', 'code_postal: "33130"']]), 'la CPAM de Bayonne'],
    ['the shared postal code read as Gironde', portSainteFoy(), 'la CPAM de la Gironde'],
  ])('%s: besides the warning, the info names the seat’s caisse', (_, text, caisse) => {
    for (const stage of ['lettre', 'projet'] as const) {
      const found = findings(text, 'cpam-rattachement', stage);
      expect(found.map((f) => f.severity), stage).toEqual(['warning', 'info']);
      expect(found[1]!.message).toContain(`la CPAM compétente est celle du siège de l’association`);
      expect(found[1]!.message).toContain(`soit ${caisse}`);
    }
  });
});
