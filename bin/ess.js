#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (run by `npm install` through `prepare`).
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('ess : le programme n’est pas construit. Lancez « npm install » (ou « npm run build ») dans le dossier du projet.\n');
    process.exitCode = 2;
  } else throw error;
});
