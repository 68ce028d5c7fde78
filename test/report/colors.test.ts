import { describe, expect, it } from 'vitest';
import { colorsFor } from '../../src/report/colors.js';

const pipe = { isTTY: false } as NodeJS.WriteStream;
const terminal = { isTTY: true } as NodeJS.WriteStream;

describe('colorsFor', () => {
  it('gives plain text off a terminal, for every style and chain (and can be awaited)', async () => {
    const c = await colorsFor(pipe, {});
    expect(c.red.bold('erreur')).toBe('erreur');
    expect(c.dim('a', 'b')).toBe('a b');
    expect(c.underline('x')).toBe('x');
  });

  it('honours NO_COLOR and FORCE_COLOR', async () => {
    expect((await colorsFor(terminal, { NO_COLOR: '1' })).red('x')).toBe('x');
    expect((await colorsFor(terminal, { FORCE_COLOR: '0' })).red('x')).toBe('x');
    expect((await colorsFor(pipe, { FORCE_COLOR: '1' })).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
