import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/check.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { formatJson } from '../../src/report/json.js';
import { formatStylish } from '../../src/report/stylish.js';
import { COMPLETE_SAMPLE } from '../helpers/cli.js';
import { plainColors } from './plain-colors.js';

const result = checkDossier(decodeDossier('d.yaml', readFileSync(COMPLETE_SAMPLE)), 'projet');

describe('formatters are pure over the result', () => {
  it('the summary prints result.facts and computes nothing: other facts, other figures', () => {
    expect(result.facts).toBeDefined();
    const facts = { ...result.facts!, adherents: 7, medecins: 70, part: '10 %' };
    const text = formatStylish({ ...result, dossier: undefined, facts }, plainColors);
    expect(text).toContain('Synthèse');
    expect(text).toMatch(/7 adhérents de la spécialité sur 70 médecins/);
  });

  it('no facts (structure not valid): no summary', () => {
    expect(formatStylish({ ...result, facts: undefined }, plainColors)).not.toContain('Synthèse');
  });

  it('json: the contract’s object only (with the progress), facts and data left out', () => {
    expect(Object.keys(JSON.parse(formatJson(result)))).toEqual(['file', 'stage', 'results', 'summary', 'progress']);
    expect(Object.keys(JSON.parse(formatJson({ ...result, progress: undefined })))).toEqual(['file', 'stage', 'results', 'summary']);
  });

  it('progress: printed from result.progress, before the verdict', () => {
    const text = formatStylish({ ...result, progress: { stage: 'projet', answered: 38, total: 55, missing: [] } }, plainColors);
    expect(text).toMatch(/38 réponses rédigées sur 55 pour le projet de santé\.\n✔/);
    expect(formatStylish({ ...result, progress: { stage: 'projet', answered: 1, total: 55, missing: [] } }, plainColors)).toContain('1 réponse rédigée sur 55');
  });
});

describe('answers still to write', () => {
  const skeletonLike = (text: string) => checkDossier(decodeDossier('d.yaml', Buffer.from(text)), 'projet');
  const sample = readFileSync(COMPLETE_SAMPLE, 'utf8');
  // A few free-text answers of the sample back to the placeholder.
  const withPlaceholders = (keys: string[]) =>
    keys.reduce((text, key) => {
      const next = text.replace(new RegExp(`( +${key}:) [^\\n]*(\\n {4,}[^\\n]*)*`), '$1 À COMPLÉTER');
      if (next === text) throw new Error(key);
      return next;
    }, sample);

  it('from four, one block: the count and the explanation once, then section › question (ligne N), in the trame’s order', () => {
    const result = skeletonLike(withPlaceholders(['etat_sante', 'offre_de_soins', 'communication', 'instances']));
    const text = formatStylish(result, plainColors, { width: 100 });
    expect(text).toContain('4 endroits du fichier à compléter pour le projet de santé : écrivez-y votre réponse à la place de');
    expect(text.match(/ess completer d\.yaml/g)).toHaveLength(2);
    expect(text).not.toMatch(/\[a-completer\]/);
    const items = text.split('\n').filter((l) => /^ {4}\S.*\(ligne \d+\)$/.test(l));
    expect(items.map((l) => l.replace(/\s+\(ligne \d+\)$/, '').trim())).toEqual([
      '2. Diagnostic territorial › Etat de santé de la population et besoins',
      '2. Diagnostic territorial › Etat des lieux de l\'offre de soins',
      '4. Partenariats et gouvernance de l’ESS › Instances envisagées',
      '8. Plan de déploiement de l’ESS › Actions de communication prévues',
    ]);
    expect(text.split('\n').at(-1)).toBe('Ensuite : ess completer d.yaml');
  });

  it('under four, each keeps its own finding line', () => {
    const result = skeletonLike(withPlaceholders(['etat_sante', 'communication']));
    const text = formatStylish(result, plainColors, { width: 100 });
    expect(text.match(/d\.yaml:\d+:\d+ +erreur +« Etat de santé/g)).toHaveLength(1);
    expect(text).toMatch(/\[a-completer\]/);
    expect(text).not.toContain('endroits du fichier');
  });

  it('the groups that tell two questions apart, and the item’s number', () => {
    const result = skeletonLike(
      withPlaceholders(['etat_sante', 'offre_de_soins']).replace(/(structuration_second_recours:\n\s+travaux:) [^\n]*(\n {8,}[^\n]*)*/, '$1 À COMPLÉTER').replace(/(\n {2}- nom:) [^\n]*/, '$1 À COMPLÉTER'),
    );
    const text = formatStylish(result, plainColors, { width: 200 });
    expect(text).toContain('8. Plan de déploiement de l’ESS › Structuration de l\'offre de 2nd recours › Travaux envisagés');
    expect(text).toMatch(/4\. Partenariats et gouvernance de l’ESS › Nom de la structure, n° 1 +\(ligne \d+\)/);
  });

  it('ready: the last line names ess render', () => {
    expect(formatStylish(result, plainColors).split('\n').at(-1)).toBe('Ensuite : ess render d.yaml');
  });
});

describe('narrow terminals', () => {
  const long = { ...result, file: `/home/marie/Documents/${'dossiers-ess/'.repeat(4)}dossier.yaml`, results: result.results.slice(0, 2) };

  it('a long path leaves too little room: the place on its line, the finding below, nothing wider than the width', () => {
    const lines = formatStylish(long, plainColors, { width: 60 }).split('\n');
    const at = lines.findIndex((l) => l === `  ${long.file}:${long.results[0]!.line}:${long.results[0]!.column}`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {6}info {2}\S/);
    for (const l of lines.filter((x) => !x.includes(long.file))) expect([...l].length, l).toBeLessThanOrEqual(60);
  });

  it('the next command is never cut: on a line of its own when it does not fit', () => {
    const lines = formatStylish(long, plainColors, { width: 60 }).split('\n');
    expect(lines.slice(-2)).toEqual(['Ensuite :', `  ess render ${long.file}`]);
  });
});
