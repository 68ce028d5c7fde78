import type { ChalkInstance } from 'chalk';

/** Text without colour for formatter tests: every style is the identity. */
export const plainColors: ChalkInstance = new Proxy(((...text: unknown[]) => text.join(' ')) as unknown as ChalkInstance, {
  get: (_target, key) => (key === 'then' || typeof key === 'symbol' ? undefined : plainColors),
});
