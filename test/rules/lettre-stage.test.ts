// The lettre stage (issue 12, item 7): what the lettre d'intention prints must be written, so that
// `render` never writes a lettre that reads « À COMPLÉTER » unless asked for a draft.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ess, tempDir } from '../helpers/cli.js';

describe('ess render --document lettre on the skeleton of ess init --non-interactif', () => {
  it('refuses without --brouillon (exit 1, errors of the lettre stage), writes a draft with it', () => {
    const dir = tempDir();
    expect(ess(['init', '--non-interactif'], { cwd: dir }).status).toBe(0);
    const file = join(dir, 'dossier-ess.yaml');
    const out = join(dir, 'sortie');
    const refused = ess(['render', file, '--document', 'lettre', '-o', out]);
    expect(refused.status).toBe(1);
    // The skeleton's many placeholders, as check groups them: one block, by section of the trame.
    expect(refused.stdout).toMatch(/\d+ endroits du fichier à compléter pour la lettre d’intention : écrivez-y votre réponse/);
    expect(refused.stdout).toMatch(/^ {4}1\. Identification de l’ESS : \d+ à compléter {2}\(lignes \d+ à \d+\)$/m);
    expect(refused.stdout).toContain(`Ensuite : ess completer ${file} --etape lettre`);
    expect(refused.stderr).toContain('aucun document écrit');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const draft = ess(['render', file, '--document', 'lettre', '-o', out, '--brouillon']);
    expect(draft.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('a placeholder with other words in an answer the lettre prints is refused too', () => {
    const dir = tempDir();
    const sample = readFileSync(join(__dirname, '../../samples/ess-dermato-limousin-lettre.yaml'), 'utf8');
    const file = join(dir, 'dossier.yaml');
    const text = sample.replace(/(\n {2}instances: )[^\n]*(\n {4}[^\n]*)*/, '$1"A completer : voir avec Marc"');
    expect(text).not.toBe(sample);
    writeFileSync(file, text);
    const r = ess(['render', file, '--document', 'lettre', '-o', join(dir, 'sortie')]);
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/erreur +« Instances envisagées » .*contient encore « à compléter »/);
  });

  it('the lettre sample renders its lettre (its projet-only placeholders are warnings)', () => {
    const dir = tempDir();
    const r = ess(['render', join(__dirname, '../../samples/ess-dermato-limousin-lettre.yaml'), '--document', 'lettre', '-o', dir]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
