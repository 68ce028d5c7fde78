// `ess completer` in a real terminal: the built binary in a tmux pane, keys sent as a person types
// them, and a paste as the terminal sends it (tmux `paste-buffer -p` wraps it in the bracketed
// paste sequences when the program asked for them). Skipped only where tmux is not installed
// (CI installs it: .ci/run). Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/check.js';
import { decodeDossier } from '../../src/dossier/read.js';
import { BIN, LETTRE_SAMPLE, tempDir } from '../helpers/cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A server of our own: the user's tmux sessions are never touched.
const SOCKET = `ess-completer-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screenText = () => tmux('capture-pane', '-p', '-t', 'ess').stdout;

async function waitFor(what: string, ready: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`attendu : ${what}\n--- écran ---\n${screenText()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(() => {
  if (!hasTmux) return;
  tmux('kill-server');
  // The server's socket file may stay behind: it is ours, by its name.
  rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, SOCKET), { force: true });
});

describe.skipIf(!hasTmux)('ess completer in a real terminal (tmux)', () => {
  it('a pasted two-paragraph answer and a typed one are saved, Ctrl-C keeps them with the comments and a backup', async () => {
    const dir = tempDir('ess-completer-tmux-');
    const file = join(dir, 'dossier-ess.yaml');
    const exit = join(dir, 'exit');
    copyFileSync(LETTRE_SAMPLE, file);
    const original = readFileSync(file, 'utf8');
    const command = `cd '${dir}' && NO_COLOR=1 '${process.execPath}' '${BIN}' completer; echo $? > '${exit}'; sleep 60`;
    expect(tmux('new-session', '-d', '-s', 'ess', '-x', '100', '-y', '40', command).status).toBe(0);
    const text = () => readFileSync(file, 'utf8');

    await waitFor('la première question', () => screenText().includes('Date du projet de santé'));
    expect(screenText()).toMatch(/\d+ réponses rédigées sur \d+ pour le projet de santé/);
    tmux('send-keys', '-t', 'ess', '15/11/2026', 'Enter');
    await waitFor('la question de l’état de santé', () => screenText().includes('Etat de santé'));
    expect(text()).toMatch(/^ {2}date: 2026-11-15$/m);

    tmux('set-buffer', '-b', 'ess', 'Premier paragraphe : « deux lignes »,\nla seconde avec un #.\n\nSecond paragraphe.');
    tmux('paste-buffer', '-p', '-d', '-b', 'ess', '-t', 'ess');
    await waitFor('le collage à l’écran', () => screenText().includes('Second paragraphe.'));
    // The paste ended with no line break: one Entrée ends its last line, one on the empty line ends the answer.
    tmux('send-keys', '-t', 'ess', 'Enter');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text()).toContain('etat_sante: À COMPLÉTER');
    tmux('send-keys', '-t', 'ess', 'Enter');
    await waitFor('la réponse collée enregistrée', () => text().includes('etat_sante: |'));
    expect(text()).toContain('  etat_sante: |\n    Premier paragraphe : « deux lignes »,\n    la seconde avec un #.\n\n    Second paragraphe.\n');

    await waitFor('la question de l’offre de soins', () => screenText().includes('offre de soins'));
    tmux('send-keys', '-t', 'ess', 'Tapée au clavier,', 'Enter');
    tmux('send-keys', '-t', 'ess', 'sur deux lignes.', 'Enter');
    tmux('send-keys', '-t', 'ess', 'Enter');
    await waitFor('la réponse tapée enregistrée', () => text().includes('offre_de_soins: |'));
    expect(text()).toContain('  offre_de_soins: |\n    Tapée au clavier,\n    sur deux lignes.\n');

    await waitFor('la question des CPTS', () => screenText().includes('CPTS'));
    tmux('send-keys', '-t', 'ess', 'Enter');
    await waitFor('la question des fragilités', () => screenText().includes('Fragilités'));
    tmux('send-keys', '-t', 'ess', 'pas encore fini');
    tmux('send-keys', '-t', 'ess', 'C-c');
    await waitFor('la fin de la commande', () => existsSync(exit) && readFileSync(exit, 'utf8').trim() !== '');
    expect(readFileSync(exit, 'utf8').trim()).toBe('130');
    const words = screenText().replace(/\s+/g, ' ');
    expect(words).toContain('3 réponse(s) enregistrée(s)');
    expect(words).toContain('dossier-ess.yaml.bak');

    const saved = text();
    expect(saved).toContain('besoins_cpts: À COMPLÉTER');
    expect(saved).not.toContain('pas encore fini');
    expect(saved.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(original.split('\n').filter((l) => l.trimStart().startsWith('#')));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
    const result = checkDossier(decodeDossier(file, readFileSync(file)), 'projet');
    expect(result.results.filter((f) => f.rule === 'yaml' || f.rule === 'schema')).toEqual([]);
    expect(result.results.filter((f) => f.rule === 'a-completer').map((f) => f.path)).not.toContain('/diagnostic/offre_de_soins');
  }, 60_000);
});
