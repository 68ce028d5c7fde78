// Files stay small and named for what they hold (issue 15: no source file over 350 lines). The
// generated files, the committed WordML skeleton and the data of the referentials are not code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const LIMIT = 350;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'skeleton' ? [] : sources(path);
    return /\.(ts|mjs|hbs)$/.test(e.name) ? [path] : [];
  });
}

describe('source files', () => {
  it(`are at most ${LIMIT} lines long`, () => {
    const long = sources(join(root, 'src'))
      .map((file) => [relative(root, file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > LIMIT);
    expect(long).toEqual([]);
  });
});
