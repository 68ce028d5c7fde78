#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm run build` (run by `npm install` through `prepare`);
// bin/boot.cjs loads it with V8's code cache. This file is CommonJS (see bin/package.json): an
// ES module entry point would cost every command about 5 ms of Node's module loader.
require('./boot.cjs');
