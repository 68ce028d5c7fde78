// Drives whole wizard sessions in-process: the real inquirer prompts, wired to @inquirer/testing's
// virtual screen, are injected into `init`.
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import * as inquirer from '@inquirer/prompts';
import { expect } from 'vitest';
import { init } from '../../src/commands/init.js';
import type { Prompts } from '../../src/wizard/wizard.js';

export { screen };

export const prompts: Prompts = {
  input: wrapPrompt(inquirer.input) as Prompts['input'],
  select: wrapPrompt(inquirer.select) as Prompts['select'],
  checkbox: wrapPrompt(inquirer.checkbox) as Prompts['checkbox'],
  confirm: wrapPrompt(inquirer.confirm) as Prompts['confirm'],
  search: wrapPrompt(inquirer.search) as Prompts['search'],
};

export interface Session {
  result: Promise<number>;
  stdout: string[];
  stderr: string[];
}

/** Ctrl-C, as a terminal sends it to the prompt. */
export async function ctrlC(): Promise<void> {
  screen.keypress({ name: 'c', ctrl: true });
  await settle();
}

export function startInit(file: string, options: { force?: boolean } = {}): Session {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const result = init(file, { force: options.force }, { prompts, interactive: true, stdout: (t) => void stdout.push(t), stderr: (t) => void stderr.push(t) });
  return { result, stdout, stderr };
}

/** The prompt on screen shows this text. */
export function sees(text: string | RegExp): void {
  if (typeof text === 'string') expect(screen.getScreen()).toContain(text);
  else expect(screen.getScreen()).toMatch(text);
}

/** Types an answer, presses Enter and waits for what comes next (next prompt or an error). */
export async function answer(text: string): Promise<void> {
  if (text) screen.type(text);
  screen.keypress('enter');
  await settle();
}

export async function keys(...names: string[]): Promise<void> {
  for (const name of names) screen.keypress(name);
  await settle();
}

/**
 * The next render, or nothing after a short while: a keypress may have re-rendered synchronously
 * already, and waiting for a render that never comes would hang the test instead of failing it.
 */
export async function settle(ms = 200): Promise<void> {
  await Promise.race([screen.next(), new Promise((resolve) => setTimeout(resolve, ms))]);
}

export function erase(n: number): void {
  for (let i = 0; i < n; i++) screen.keypress('backspace');
}

/** Answers « non » to the offer of a section of long texts (they stay « À COMPLÉTER »). */
export async function skipSection(title: string): Promise<void> {
  sees(title);
  await answer('');
}

/** Waits (a few renders at most) until the screen shows this text: validation may be async. */
export async function seesSoon(text: string): Promise<void> {
  for (let i = 0; i < 5 && !screen.getScreen().includes(text); i++) {
    await settle(100);
  }
  sees(text);
}

/** Answers the least possible until the adhérents question (everything else « À COMPLÉTER »). */
export async function fastForwardToAdherents(specialite = 'dermato'): Promise<void> {
  await settle(2000);
  sees("Nom de l'ESS");
  await answer('ESS Rapide');
  screen.type(specialite);
  await settle();
  await answer('');
  await answer(''); // date
  await fastForwardFromTerritoire();
}

/** From the territory's first question, the least possible until the adhérents question. */
export async function fastForwardFromTerritoire(): Promise<void> {
  sees('Territoire(s) couvert(s)');
  screen.keypress('space');
  await answer(''); // Charente
  await answer(''); // médecins
  await answer(''); // constituée
  for (let i = 0; i < 2 + 5 + 3; i++) await answer(''); // association, SIRET, représentant, siège
  for (let i = 0; i < 5; i++) await answer(''); // référent
  await answer(''); // diagnostic: later
  sees('Ajouter un partenaire du projet ?');
  await answer('n');
  for (let i = 0; i < 5; i++) await answer(''); // gouvernance … déploiement: later
  for (let i = 0; i < 3; i++) await answer(''); // lettre d'intention, signature
  sees('Comment saisir les médecins adhérents ?');
}
