import type { ChalkInstance } from 'chalk';

/**
 * Text without colour: every style (`c.red`, `c.red.bold`…) is the identity. Not a thenable: it
 * is returned by an async function, and `then` would make the await wait forever.
 */
const PLAIN: ChalkInstance = new Proxy(((...text: unknown[]) => text.join(' ')) as unknown as ChalkInstance, {
  get: (_target, key) => (key === 'then' || typeof key === 'symbol' ? undefined : PLAIN),
});

/**
 * Colours only on a terminal; NO_COLOR turns them off and FORCE_COLOR on (no-color.org). Without
 * colours chalk is not even loaded: its terminal detection costs a command a few milliseconds.
 */
export async function colorsFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Promise<ChalkInstance> {
  const forceColor = env.FORCE_COLOR;
  const forced = forceColor !== undefined && forceColor !== '0' && forceColor !== 'false';
  if (!forced && (forceColor !== undefined || env.NO_COLOR || !stream.isTTY)) return PLAIN;
  const { Chalk, supportsColor } = await import('chalk');
  const level = forced ? (Number(forceColor) >= 1 && Number(forceColor) <= 3 ? (Number(forceColor) as 1 | 2 | 3) : 1) : supportsColor ? supportsColor.level : 1;
  return new Chalk({ level });
}
