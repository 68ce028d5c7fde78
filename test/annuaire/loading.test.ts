import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/annuaire/progress.js';
import { ROOT } from '../helpers/cli.js';

/** The files a module loads at start-up: its static imports, recursively (dynamic import() excluded). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"();]*?\s*from\s*)?["'](\.[^"']+)["']/g)) staticClosure(join(dirname(file), m[1]!), seen);
  return seen;
}

describe('start-up of plain check', () => {
  it('does not load the annuaire reader nor yauzl (built bundle; run `npm run build` first)', () => {
    const cli = readFileSync(join(ROOT, 'dist/cli.js'), 'utf8');
    const chunk = /import\("\.\/(chunks\/check-[^"]+\.js)"\)/.exec(cli)![1]!;
    const loaded = [...staticClosure(join(ROOT, 'dist', chunk))];
    expect(loaded.length).toBeGreaterThan(1);
    for (const f of loaded) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toContain('PS_LibreAcces_Personne_activite');
      expect(text, f).not.toContain('yauzl');
    }
    // …while the annuaire module is reachable from it, lazily.
    expect(readFileSync(join(ROOT, 'dist', chunk), 'utf8')).toMatch(/import\("\.\/check-[^"]+\.js"\)/);
  });
});

describe('progress', () => {
  const fake = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
  };
  it('shows the share of bytes read on a terminal, then clears the line', () => {
    const { writes, stream } = fake(true);
    const p = progressReporter(1000, 'Lecture…', stream);
    p.update(10);
    p.update(12); // same percent: not rewritten
    p.update(500);
    p.update(1000);
    p.done();
    expect(writes).toEqual(['\rLecture… 1 %', '\rLecture… 50 %', '\rLecture… 100 %', '\r\x1b[K']);
  });
  it('writes nothing when not a terminal', () => {
    const { writes, stream } = fake(false);
    const p = progressReporter(1000, 'Lecture…', stream);
    p.update(500);
    p.done();
    expect(writes).toEqual([]);
  });
});
