import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The drafts of interrupted `ess init` sessions go to a folder of the test run, not the user's state folder.
    env: { ESS_ETAT: mkdtempSync(join(tmpdir(), 'ess-etat-')) },
    hookTimeout: 60_000,
  },
});
