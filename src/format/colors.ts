import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

/** Colours only on a terminal; NO_COLOR turns them off and FORCE_COLOR on (no-color.org). */
export function colorsFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  let level: 0 | 1 | 2 | 3 = 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') {
    const forced = Number(env.FORCE_COLOR);
    level = forced >= 1 && forced <= 3 ? (forced as 1 | 2 | 3) : 1;
  } else if (env.FORCE_COLOR === undefined && !env.NO_COLOR && stream.isTTY) {
    level = supportsColor ? supportsColor.level : 1;
  }
  return new Chalk({ level });
}
