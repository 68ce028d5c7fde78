// Issue 16, item 1: every free-text answer of the skeleton is a block (« | », the placeholder on
// the next line, indented), the top of the file says how to write under it, and French text
// written there the way a person writes it (« : », guillemets, « # », a blank line between two
// paragraphs, a « - » bullet) checks clean and reaches the DOCX whole.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { questions } from '../../src/trame/index.js';
import { buildDossierYaml } from '../../src/wizard/build-yaml.js';
import { ess, tempDir } from '../helpers/cli.js';
import { docxText } from '../documents/docx-text.js';

// The yearly report's answers are not in init's skeleton: init writes no year.
const FREE_TEXT = questions.filter((q) => q.kind === 'texte-long' && !q.path.startsWith('activite.'));

/** The answer written under the block of `key`: two paragraphs, the second with a bullet line. */
const answerFor = (key: string) => [
  `Premier paragraphe de ${key} : le « diagnostic » partagé, priorité #1 des médecins.`,
  '',
  `Second paragraphe de ${key}, après une ligne vide ; il dit "entre guillemets droits" aussi.`,
  `- une puce de ${key} : avec # dièse`,
];

/**
 * Replaces each block's placeholder by `answerFor(key)`, at the placeholder's own indentation; an
 * empty block (an optional answer) is written under, two spaces deeper than its key.
 */
function fillBlocks(text: string): { text: string; keys: string[] } {
  const keys: string[] = [];
  const filled = text.replace(/^( *)(\w+): \|\n(?:( +)À COMPLÉTER\n|\n)/gm, (_m, indent: string, key: string, inner: string | undefined) => {
    keys.push(key);
    const at = inner ?? `${indent}  `;
    return `${indent}${key}: |\n${answerFor(key).map((l) => (l === '' ? '' : at + l)).join('\n')}\n`;
  });
  return { text: filled, keys };
}

describe('ess init writes free-text answers as blocks', () => {
  it('every free-text answer is a « | » block with the placeholder on the next line, indented; the header says how to write under it', () => {
    const text = buildDossierYaml({}, { schemaRef: 'schema.json' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=schema.json');
    const header = lines.slice(0, lines.findIndex((l) => l.startsWith('version:'))).join('\n');
    expect(header).toContain('une ligne vide commence un nouveau paragraphe');
    expect(header).toContain('« - » en début de ligne fait une puce');
    expect(header).toContain('« : », « # » et les guillemets s’écrivent tels quels');
    expect(header).toContain('gardez le retrait');
    expect(text).toMatch(/^diagnostic:\n(?:  #.*\n)*  etat_sante: \|\n    À COMPLÉTER\n/m);
    expect(text).toMatch(/^  - nom: À COMPLÉTER\n    type: À COMPLÉTER\n    cooperation: \|\n      À COMPLÉTER\n/m);
    // Short answers stay on their line.
    expect(text).toMatch(/^  nom: À COMPLÉTER$/m);
    // Each free-text answer the skeleton holds is a block; the data read back is the placeholder (or empty).
    const data = parse(text) as Record<string, unknown>;
    const blocks = [...text.matchAll(/^ *(\w+): \|$/gm)].map((m) => m[1]);
    const written = FREE_TEXT.filter((q) => {
      let v: unknown = data;
      for (const s of q.path.split('.')) v = v == null ? undefined : s === '*' ? (v as unknown[])[0] : (v as Record<string, unknown>)[s];
      return typeof v === 'string';
    });
    expect(written.length).toBeGreaterThan(25);
    expect(blocks.length).toBe(written.length);
  });

  it('an answer typed in the wizard is a block too, its text unchanged', () => {
    const text = buildDossierYaml({ diagnostic: { etat_sante: 'Une ligne : avec # dièse' } }, { schemaRef: 's' });
    expect(text).toContain('  etat_sante: |\n    Une ligne : avec # dièse\n');
    expect((parse(text) as { diagnostic: { etat_sante: string } }).diagnostic.etat_sante).toBe('Une ligne : avec # dièse\n');
  });

  it('round trip: init --non-interactif, French text under every block → check clean for those answers, DOCX with every word and both paragraphs', async () => {
    const dir = tempDir();
    expect(ess(['init', '--non-interactif'], { cwd: dir }).status).toBe(0);
    const file = join(dir, 'dossier-ess.yaml');
    const { text, keys } = fillBlocks(readFileSync(file, 'utf8'));
    expect(keys.length).toBe(FREE_TEXT.filter((q) => q.path !== 'territoire.derogation.motif' && !q.path.startsWith('deploiement.missions.consultations_avancees')).length);
    writeFileSync(file, text);

    const check = ess(['check', file, '--etape', 'projet', '--format', 'json']);
    const report = JSON.parse(check.stdout) as { results: Array<{ rule: string; path: string; message: string }> };
    expect(report.results.filter((f) => f.rule === 'yaml' || f.rule === 'schema')).toEqual([]);
    const filled = new Set(keys);
    const placeholders = report.results.filter((f) => f.rule === 'a-completer' && filled.has(f.path.split('/').at(-1)!));
    expect(placeholders).toEqual([]);
    // The trailing line end of a block is nothing: no answer is « too long » or odd for it.
    expect(report.results.filter((f) => f.rule === 'texte-trop-long')).toEqual([]);

    const out = join(dir, 'docs');
    const render = ess(['render', file, '--brouillon', '--document', 'projet', '--out', out]);
    expect(render.stderr).toContain('brouillon');
    expect(render.status).toBe(0);
    const docx = readdirSync(out).find((f) => f.endsWith('.docx'))!;
    const { paragraphs, text: body } = await docxText(join(out, docx));
    for (const key of keys.filter((k) => k !== 'travaux' && k !== 'cooperation')) {
      // Each paragraph of the answer is a paragraph of the document; every word is there.
      const first = paragraphs.findIndex((p) => p.text.includes(`Premier paragraphe de ${key} : le « diagnostic » partagé, priorité #1 des médecins.`));
      expect(first, key).toBeGreaterThan(-1);
      const second = paragraphs.find((p) => p.text.includes(`Second paragraphe de ${key}, après une ligne vide ; il dit "entre guillemets droits" aussi.`));
      expect(second, key).toBeDefined();
      expect(paragraphs[first]!.text, key).not.toContain('Second paragraphe');
      expect(body, key).toContain(`une puce de ${key} : avec # dièse`);
    }
    // In a table cell (partners, plan de déploiement) the words are all there too.
    for (const key of ['travaux', 'cooperation']) {
      expect(body).toContain(`Premier paragraphe de ${key} : le « diagnostic » partagé, priorité #1 des médecins.`);
      expect(body).toContain(`Second paragraphe de ${key}, après une ligne vide ; il dit "entre guillemets droits" aussi.`);
      expect(body).toContain(`une puce de ${key} : avec # dièse`);
    }
  }, 60_000);
});
