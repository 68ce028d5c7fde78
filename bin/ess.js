#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (run by `npm install` through `prepare`);
// bin/boot.cjs loads it with V8's code cache.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./boot.cjs');
