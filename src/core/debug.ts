// `--debug`: technical lines on stderr (why the fast YAML reader gave up, stack traces). The flag
// lives on globalThis under a registered symbol: each lazily loaded bundle has its own copy of
// this module (see core/errors.ts), and they must all see the one flag main() set.
const KEY = Symbol.for('ess.debug');
const flags = globalThis as unknown as Record<symbol, boolean | undefined>;

export function enableDebug(): void {
  flags[KEY] = true;
}

export function debugLine(text: string): void {
  if (flags[KEY]) process.stderr.write(`${text}\n`);
}
