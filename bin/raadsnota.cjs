#!/usr/bin/env node
// Starts the compiled CLI (dist/cli.cjs, built by `npm ci`) with the V8 code cache that the build made for it, so
// that no TypeScript loader runs and little is compiled at start-up. A cache from another Node version is rejected
// by V8 and the bundle is simply compiled as usual. CommonJS, because Node starts it faster than an ES module.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = `${bundle}.cache`;

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const wrapper = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
const script = new vm.Script(wrapper, { filename: bundle, cachedData });
const cli = { exports: {} };
script.runInThisContext()(cli.exports, require, cli, bundle, dirname(bundle));

void cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (process.env.RAADSNOTA_WRITE_CODE_CACHE === '1') {
    // Made after a run, so the cache also holds the functions that the run compiled.
    writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
});
