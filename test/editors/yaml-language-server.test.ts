// A dossier written by `ess init` in a folder whose path holds spaces and accents, opened in
// yaml-language-server as an editor would: the modeline leads to the schema, completion and hover
// give the French labels, a bad postal code gets the French message.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaRefFor } from '../../src/wizard/write.js';
import { ess, ROOT, tempDir } from '../helpers/cli.js';
import { endOfLine, positionOf, textOf, YamlLanguageServer } from '../helpers/lsp.js';

describe('a dossier written by init, in yaml-language-server', () => {
  let server: YamlLanguageServer;
  let text: string;
  let uri: string;
  let diagnostics: Awaited<ReturnType<YamlLanguageServer['open']>>;

  beforeAll(async () => {
    const dir = join(tempDir('ess lsp '), 'Équipe cardio 64');
    mkdirSync(dir);
    expect(ess(['init', '--non-interactif'], { cwd: dir }).status).toBe(0);
    const file = join(dir, 'dossier-ess.yaml');
    const written = readFileSync(file, 'utf8');
    expect(written.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+$/);
    // What a user types next: a département, a partner type being chosen, a mistyped postal code.
    text = written
      .replace('departements: [ À COMPLÉTER ]', 'departements: [ "64", "40" ]')
      .replace(/^( {4}type:) À COMPLÉTER$/m, '$1 ')
      .replace(/^( {4}code_postal:) À COMPLÉTER$/m, '$1 "6410"');
    writeFileSync(file, text);
    uri = pathToFileURL(file).href;
    server = await YamlLanguageServer.start();
    diagnostics = await server.open(uri, text);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('offers the partner types with their French labels', async () => {
    const { items } = await server.completion(uri, endOfLine(text, '    type: '));
    const msp = items.find((i) => i.label === 'msp');
    expect(msp, JSON.stringify(items.map((i) => i.label))).toBeDefined();
    expect(textOf(msp!.documentation)).toContain('Maison de santé pluriprofessionnelle (MSP)');
    expect(textOf(items.find((i) => i.label === 'dac')!.documentation)).toContain('Dispositif d’appui à la coordination (DAC)');
  });

  it('names the département under the cursor', async () => {
    const at = positionOf(text, '[ "64"');
    const hover = await server.hover(uri, { line: at.line, character: at.character + 3 });
    expect(textOf(hover?.contents)).toContain('Pyrénées-Atlantiques (64)');
  });

  it('shows the French title of a key, and what « À COMPLÉTER » means', async () => {
    expect(textOf((await server.hover(uri, positionOf(text, 'departements:')))?.contents)).toContain('Territoire(s) couvert(s)');
    const placeholder = positionOf(text, 'medecins_specialite: À COMPLÉTER');
    const hover = await server.hover(uri, { line: placeholder.line, character: placeholder.character + 'medecins_specialite: '.length + 2 });
    expect(textOf(hover?.contents)).toContain('Réponse à compléter');
  });

  it('reports a mistyped postal code with the French message of the schema', () => {
    const messages = diagnostics.map((d) => d.message);
    expect(messages.some((m) => m.includes('Code postal attendu : 5 chiffres')), JSON.stringify(messages)).toBe(true);
  });

  it('finds a schema installed in a folder whose path holds a space (the modeline is percent-encoded)', async () => {
    const program = join(tempDir(), 'Mes programmes', 'dossier-ess');
    mkdirSync(join(program, 'schemas'), { recursive: true });
    const schema = join(program, 'schemas', 'dossier.schema.json');
    copyFileSync(join(ROOT, 'schemas', 'dossier.schema.json'), schema);
    const file = join(tempDir('ess lsp '), 'dossier-ess.yaml');
    const ref = schemaRefFor(file, schema);
    expect(ref).toContain('Mes%20programmes');
    const other = text.replace(/^# yaml-language-server: \$schema=\S+$/m, `# yaml-language-server: $schema=${ref}`);
    const otherUri = pathToFileURL(file).href;
    await server.open(otherUri, other);
    const { items } = await server.completion(otherUri, endOfLine(other, '    type: '));
    expect(textOf(items.find((i) => i.label === 'cpts')?.documentation)).toContain('Communauté professionnelle territoriale de santé (CPTS)');
  });
});
