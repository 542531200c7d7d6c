#!/usr/bin/env node
// Starts the compiled CLI (dist/cli.cjs, built by `npm ci`) with the V8 code cache that the build made for it, so
// that no TypeScript loader runs and little is compiled at start-up. A cache from another Node version is rejected
// by V8 and the bundle is simply compiled as usual.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
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
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, dirname(bundle));

process.exitCode = await cli.exports.main(process.argv.slice(2));

if (process.env.RAADSNOTA_WRITE_CODE_CACHE === '1') {
  // Made after a run, so the cache also holds the functions that the run compiled.
  writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
  renameSync(`${cacheFile}.tmp`, cacheFile);
}
