// The multi-line prompt alone, on @inquirer/testing's virtual screen.
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { joinLines, multilinePrompt } from '../../../src/wizard/prompts/multiline.js';

const pause = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));

describe('multiline prompt', () => {
  it('shows the lines as they are typed; Entrée on an empty line ends; trailing blank lines are not kept', async () => {
    const { answer, events, getScreen } = await render(multilinePrompt, { message: 'Question :' });
    expect(getScreen()).toContain('Entrée tout de suite : laisser la question pour plus tard');
    events.type('Première');
    events.keypress('enter');
    events.type('Deuxième');
    expect(getScreen()).toContain('│ Première');
    expect(getScreen()).toContain('│ Deuxième');
    expect(getScreen()).toContain('Entrée sur une ligne vide : terminer la réponse');
    events.keypress('enter');
    await pause();
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ text: 'Première\nDeuxième', editeur: false });
  });

  it('Entrée at once: left for later', async () => {
    const { answer, events } = await render(multilinePrompt, { message: 'Question :' });
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ text: '', editeur: false });
  });

  it('inside a bracketed paste, Entrée is a line break even after a pause; « \\r\\n » is one line break', async () => {
    const { answer, events } = await render(multilinePrompt, { message: 'Question :' });
    events.keypress({ name: 'paste-start' });
    events.type('Un');
    events.keypress('return');
    events.keypress('enter');
    await pause();
    events.keypress('return');
    await pause();
    events.type('Deux');
    events.keypress({ name: 'paste-end' });
    events.keypress('enter');
    await pause();
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ text: 'Un\n\nDeux', editeur: false });
  });

  it('Retour arrière at the start of an empty line goes back to the line above', async () => {
    const { answer, events, getScreen } = await render(multilinePrompt, { message: 'Question :' });
    events.type('Une lign');
    events.keypress('enter');
    events.keypress('backspace');
    events.type('e');
    expect(getScreen()).toContain('│ Une ligne');
    events.keypress('enter');
    await pause();
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ text: 'Une ligne', editeur: false });
  });

  it('`:e` alone or Ctrl-E asks for the editor, only when offered', async () => {
    const offered = await render(multilinePrompt, { message: 'Question :', editor: true });
    expect(offered.getScreen()).toContain('Ctrl-E');
    offered.events.type('Début');
    offered.events.keypress('enter');
    offered.events.type(':e');
    offered.events.keypress('enter');
    await expect(offered.answer).resolves.toEqual({ text: 'Début', editeur: true });
    const not = await render(multilinePrompt, { message: 'Question :' });
    expect(not.getScreen()).not.toContain('Ctrl-E');
    not.events.keypress({ name: 'e', ctrl: true });
    not.events.keypress('enter');
    await expect(not.answer).resolves.toEqual({ text: '', editeur: false });
  });

  it('joinLines keeps inner blank lines and drops the trailing ones', () => {
    expect(joinLines(['a', '', 'b', '', ''])).toBe('a\n\nb');
    expect(joinLines(['', ''])).toBe('');
  });
});
