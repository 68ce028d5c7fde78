// The wizard's long-text questions use the multi-line prompt: a pasted paragraph keeps all its lines.
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { multilinePrompt } from '../../src/wizard/prompts/multiline.js';
import { textSection } from '../../src/wizard/sections/texts.js';
import type { Ctx } from '../../src/wizard/ask.js';
import { buildDossierYaml } from '../../src/wizard/build-yaml.js';
import { prompts, settle } from './session.js';
import { dossierOf } from './helpers.js';

describe('wizard: long texts over several lines', () => {
  it('a pasted two-paragraph answer keeps its lines, and is written as a block that check reads back', async () => {
    const ctx: Ctx = { p: { ...prompts, multiline: wrapPrompt(multilinePrompt) as Ctx['p']['multiline'] }, io: { out: () => undefined }, answers: {} };
    const done = textSection('diagnostic').ask(ctx);
    await settle();
    screen.type('o');
    screen.keypress('enter');
    await settle();
    expect(screen.getScreen()).toContain('Etat de santé');
    screen.keypress({ name: 'paste-start' });
    screen.type('Premier paragraphe : « x ».');
    screen.keypress('enter');
    await settle(50);
    screen.keypress('enter');
    await settle(50);
    screen.type('Second paragraphe.');
    screen.keypress({ name: 'paste-end' });
    screen.keypress('enter');
    await settle(50);
    screen.keypress('enter');
    await settle();
    // The other questions of the section: left for later.
    for (let i = 0; i < 4; i++) {
      screen.keypress('enter');
      await settle();
    }
    await done;
    const text = (ctx.answers.diagnostic as { etat_sante?: string }).etat_sante;
    expect(text).toBe('Premier paragraphe : « x ».\n\nSecond paragraphe.');
    expect(ctx.answers.diagnostic).not.toHaveProperty('offre_de_soins');
    const written = dossierOf(buildDossierYaml(ctx.answers, { schemaRef: 'dossier.schema.json' }));
    expect(written!.diagnostic!.etat_sante!.trim()).toBe(text);
  });
});
