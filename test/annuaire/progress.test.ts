import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/annuaire/progress.js';

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
