// Child process of bench/run.mjs (started with --expose-gc): loads the bundled engine and the assets once, then
// times parseMemo + renderDocx in a loop, sampling memory between runs. Writes the first render's bytes to outFile
// and prints one JSON object on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [engineFile, memoFile, templatesDir, huisstijlDir, outFile, warmupArg, runsArg, createdAtArg] =
  process.argv.slice(2);
const warmup = Number(warmupArg);
const runs = Number(runsArg);
const createdAt = new Date(createdAtArg);
const gc = globalThis.gc ?? (() => {});

const { loadAssets, typedMemo, renderDocx } = await import(pathToFileURL(engineFile).href);
const assets = await loadAssets(templatesDir, huisstijlDir);
const raw = JSON.parse(readFileSync(memoFile, 'utf8'));
const render = async () => renderDocx(typedMemo(raw, assets.types), assets, { createdAt });

const first = await render();
let bytes = first;
for (let i = 1; i < warmup; i++) bytes = await render();

gc();
const before = process.memoryUsage();
let peakRss = before.rss;
let peakHeap = before.heapUsed;
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  bytes = await render();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  const { rss, heapUsed } = process.memoryUsage();
  if (rss > peakRss) peakRss = rss;
  if (heapUsed > peakHeap) peakHeap = heapUsed;
}
gc();
const after = process.memoryUsage();
writeFileSync(outFile, first);
const sameAsFirst = bytes.length === first.length && bytes.every((b, i) => b === first[i]);

process.stdout.write(
  JSON.stringify({
    times,
    bytes: bytes.length,
    sameAsFirst,
    baselineRss: before.rss,
    baselineHeap: before.heapUsed,
    peakRss,
    peakHeap,
    retainedHeap: after.heapUsed - before.heapUsed,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
