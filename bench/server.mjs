// The server part of `npm run bench`: the latency of one `register.search` round trip through the local server
// (`raadsnota serve`, a whole process as a user starts it, asked over HTTP with keep-alive as a browser asks) on a copy
// of the 100,000-item register the register part built, with words typed as a user types them: every keystroke of
// common and rare words, a number and two words. As the peer in the same run, interleaved, the same searches through
// `dispatch` in this process: the difference is the server's own cost (HTTP, JSON, the token and origin checks).
// Prints figures; asserts nothing. Its files go to `server/` in the bench's temporary folder.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForBench } from './bundle.mjs';
import { RARE_WORDS } from './register-data.mjs';
import { median, percentile, within } from './stats.mjs';
import { printTable } from './table.mjs';

const SEARCHES = { warmup: 20, runs: 400, limit: 50, targetP95Ms: 20 };
/** What a user types, keystroke by keystroke from the second letter: common words, rare ones, a number, two words. */
const TYPED = [
  'financiele',
  'school',
  RARE_WORDS[0],
  'fietsroute',
  RARE_WORDS[1],
  'M-2019-123',
  'veilige fietsroute',
];

const ms = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const s = (v) => `${(v / 1000).toFixed(1)} s`;
const count = (n) => n.toLocaleString('en-US');

/** Every prefix of each typed text from its second character on, as the searches of search-as-you-type. */
function keystrokes() {
  return TYPED.flatMap((text) =>
    Array.from({ length: text.length - 1 }, (_, i) => text.slice(0, i + 2)).filter((t) => !t.endsWith(' ')),
  );
}

/** Starts `raadsnota serve` on `db` and gives the child and the address it prints (the token in the fragment). */
export function serve(root, db) {
  const child = spawn(process.execPath, [join(root, 'bin', 'raadsnota.cjs'), 'serve', '--db', db], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, url: new URL(out.split('\n')[0]) });
    });
    child.on('exit', (code) =>
      reject(new Error(`raadsnota serve ended with ${code} before it printed an address:\n${err}`)),
    );
  });
}

/** `register`: the 100,000-item register the register part built (`{ file, today, size }`), read here from a copy. */
export async function serverBench({ root, scratch, progress, register: built }) {
  const started = performance.now();
  const dir = join(scratch, 'server');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'register-100k.sqlite');

  progress('server: bundling dispatch with esbuild');
  const api = await import(
    await bundleForBench(root, dir, 'server', [
      "export { dispatch } from './api/dispatch.ts';",
      "export { registerAccess } from './api/register-access.ts';",
      "export { assetsFrom } from './api/assets.ts';",
      "export { loadMigrations } from './db/migrations.ts';",
    ])
  );
  progress(`server: a copy of the register part's register of ${count(built.size)} items`);
  copyFileSync(built.file, db);
  const templates = join(root, 'templates');
  const ctx = {
    db: api.registerAccess({
      file: db,
      migrations: api.loadMigrations(join(root, 'db', 'migrations')),
      makeFolder: false,
    }),
    assets: api.assetsFrom({
      templatesDir: templates,
      huisstijlDir: join(templates, 'huisstijl', 'gemeente-voorbeeld'),
      wordListFile: join(templates, 'taal', 'ambtelijke-woorden.json'),
    }),
    now: () => new Date(),
    user: 'bench',
  };
  progress('server: starting raadsnota serve on the copy');
  const { child, url } = await serve(root, db);
  const token = url.hash.slice('#token='.length);
  const endpoint = `${url.origin}/api/register.search`;

  const overHttp = async (query) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(query),
    });
    const page = await response.json();
    if (!response.ok) throw new Error(`register.search over HTTP gave ${response.status}: ${page.message}`);
    return page;
  };
  const inProcess = async (query) => {
    const result = await api.dispatch('register.search', query, ctx);
    if (!result.ok) throw new Error(`register.search gave ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const timed = async (work, query) => {
    const start = performance.now();
    const page = await work(query);
    return { ms: performance.now() - start, page };
  };

  const typed = keystrokes();
  const queries = Array.from({ length: SEARCHES.warmup + SEARCHES.runs }, (_, i) => ({
    text: typed[i % typed.length],
    limit: SEARCHES.limit,
  }));
  progress(
    `server: ${count(SEARCHES.runs)} searches (${typed.length} keystrokes, repeated) over HTTP and in process, ` +
      `interleaved, after ${SEARCHES.warmup} warm-ups`,
  );
  const times = { http: [], dispatch: [] };
  const perText = new Map();
  let differ = 0;
  let bytes = 0;
  for (const [i, query] of queries.entries()) {
    // Alternating which goes first, so that neither always meets a cache the other warmed.
    const order = i % 2 === 0 ? ['http', 'dispatch'] : ['dispatch', 'http'];
    const results = {};
    for (const way of order) results[way] = await timed(way === 'http' ? overHttp : inProcess, query);
    if (results.http.page.total !== results.dispatch.page.total) differ++;
    if (i < SEARCHES.warmup) continue;
    bytes += JSON.stringify(results.http.page).length;
    for (const way of order) times[way].push(results[way].ms);
    perText.set(query.text, [...(perText.get(query.text) ?? []), results.dispatch.ms]);
  }

  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  child.kill('SIGTERM');
  const exitCode = await exited;
  ctx.db.close();

  const stats = (values) => ({ p50: median(values), p95: percentile(values, 95) });
  const http = stats(times.http);
  const local = stats(times.dispatch);
  const n = times.http.length;
  // Each search's HTTP time less its own in-process time: the same words, measured side by side.
  const own = times.http.map((t, i) => t - times.dispatch[i]);
  const rows = [
    [`register.search round trip through raadsnota serve, p50 (n=${n})`, ms(http.p50)],
    [
      'register.search round trip through raadsnota serve, p95',
      ms(http.p95),
      `p95 ≤ ${SEARCHES.targetP95Ms} ms`,
      within(http.p95, SEARCHES.targetP95Ms),
    ],
    [`register.search through dispatch in process (peer), p50 (n=${n})`, ms(local.p50)],
    ['register.search through dispatch in process (peer), p95', ms(local.p95)],
    ["the server's own cost (HTTP, JSON, checks): median of the paired differences", ms(median(own))],
    ["the server's own cost: p95 of the paired differences", ms(percentile(own, 95))],
  ];
  console.log('');
  console.log(
    `Server: ${count(built.size)} items; searches as typed: ${TYPED.map((t) => `"${t}"`).join(', ')} ` +
      `(first page of ${SEARCHES.limit}, ${(bytes / n / 1024).toFixed(1)} KB of JSON on average); ` +
      `totals the same both ways: ${differ === 0 ? 'yes' : `no, ${differ} differ`}; ` +
      `serve exited with ${exitCode} on SIGTERM`,
  );
  const slowest = [...perText.entries()]
    .map(([text, values]) => [text, median(values)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  console.log(
    `slowest keystrokes, median in process: ${slowest.map(([text, v]) => `"${text}" ${ms(v)}`).join(', ')}`,
  );
  console.log('');
  printTable(rows.map((row) => [...row, '', ''].slice(0, 4)));
  rmSync(db, { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  console.log(`server part took ${s(performance.now() - started)}`);
}
