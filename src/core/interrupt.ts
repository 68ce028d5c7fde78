// What must be undone when the user interrupts (Ctrl-C, kill, a closed terminal): temporary files,
// a LibreOffice process group. Plain `process.on`, no module to load: check and render start as fast.

/** Exit status of an interrupted run: 128 + the signal's number, as a shell reports it. */
export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof SIGNAL_EXIT;

interface Registry {
  cleanups: Set<() => void>;
  installed: boolean;
}

// One registry per process: each lazily loaded bundle has its own copy of this module.
const KEY = Symbol.for('ess.interrupt');
function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (global[KEY] ??= { cleanups: new Set(), installed: false });
}

/** Runs every registered cleanup once (each failure is ignored: the others must still run). */
export function runCleanups(): void {
  const { cleanups } = registry();
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: an interrupted run must still end.
    }
  }
}

/**
 * Registers `cleanup` to run if the process is interrupted; returns the function that unregisters
 * it once the work is done. The first call installs the signal handlers, which end the process
 * with 128 + the signal's number after the cleanups.
 */
export function onInterrupt(cleanup: () => void): () => void {
  const r = registry();
  if (!r.installed) {
    r.installed = true;
    for (const signal of Object.keys(SIGNAL_EXIT) as Signal[]) {
      process.on(signal, () => {
        runCleanups();
        process.exit(SIGNAL_EXIT[signal]);
      });
    }
  }
  r.cleanups.add(cleanup);
  return () => void r.cleanups.delete(cleanup);
}
