import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/ess.js');
export const COMPLETE_SAMPLE = join(ROOT, 'samples/ess-cardio-cote-basque.yaml');
export const LETTRE_SAMPLE = join(ROOT, 'samples/ess-dermato-limousin-lettre.yaml');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would (no TTY, no colours unless asked). */
export function ess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    // COLUMNS wide: a finding on one line, as the tests match it (test/check/width.test.ts sets its own).
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: '1000', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'ess-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sampleText(path = COMPLETE_SAMPLE): string {
  return readFileSync(path, 'utf8');
}

/** Writes a variant of a sample: `replace` pairs are applied in order, each must match. */
export function mutateSample(replacements: Array<[string | RegExp, string]>, base = COMPLETE_SAMPLE): string {
  let text = readFileSync(base, 'utf8');
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`mutation did not apply: ${String(from)}`);
    text = next;
  }
  const file = join(tempDir(), 'dossier.yaml');
  writeFileSync(file, text);
  return file;
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`not found: ${needle}`);
}
