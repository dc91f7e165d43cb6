/**
 * `npm run bench:ab -- <checkout> [--json] [--runs N] [--pages N] [--browser chromium|firefox|both]`
 *
 * This checkout's engine beside another checkout's (e.g. `git worktree add /tmp/ab d8cc142 &&
 * (cd /tmp/ab && npm ci)`), interleaved on the same pages: both page-bench bundles are
 * loaded into one tab and timed in turns, so the machine's noise falls on both alike; the
 * cold first pass is timed in fresh tabs, old and new in turns. Each bundle carries its own
 * checkout's dataset. Reports medians over pages of new/old, with mentions injected and as
 * the pages are. It never fails because the machine is slow: it reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { launch, ROOT, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { CORPUS_CSP, corpusDir, inject, stripScripts } from './corpus.ts';
import { startServer } from './serve.ts';

const argv = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const JSON_OUT = argv.includes('--json');
const RUNS = Math.max(1, Number(opt('--runs', '3')));
const LIMIT = Number(opt('--pages', '0'));
const WHICH = opt('--browser', 'both');
const OTHER = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--runs', '--pages', '--browser'].includes(argv[i - 1]!)));
const log = (...a: unknown[]) => (JSON_OUT ? process.stderr : process.stdout).write(a.join(' ') + '\n');
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** A checkout's page-bench bundle, built with that checkout's own dataset plugin and sources. */
async function bundleOf(root: string): Promise<string> {
  const { datasetPlugin } = (await import(path.join(root, 'scripts/vite-dataset-plugin.ts'))) as { datasetPlugin: () => Plugin };
  const out = await build({
    configFile: false, logLevel: 'error', root, plugins: [datasetPlugin()],
    build: { write: false, minify: true, target: 'es2022', lib: { entry: path.join(root, 'scripts/bench/page-bench.ts'), formats: ['iife'], name: 'KonteksBench', fileName: () => 'page-bench.js' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  return outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
}

const OLD = 'window.__konteksOld';
const NEW = 'window.__konteksBench';

/** Loads both bundles into the tab: the other checkout's first, renamed, then ours. */
async function loadBoth(tab: TestPage, url: string, old: string, ours: string): Promise<void> {
  await tab.goto(url);
  await tab.evaluate(`(0, eval)(${JSON.stringify(old)}), ${OLD} = window.__konteksBench, delete window.__konteksBench, true`);
  await tab.evaluate(`(0, eval)(${JSON.stringify(ours)}), true`);
}

async function timeIn(page: TestPage, expr: string, ms: number, cap = 5000): Promise<number> {
  return page.evaluate<number>(`(async () => {
    let n = 0; const t = performance.now(); let now = t;
    do { await (${expr}); n++; now = performance.now(); } while (now - t < ${ms} && n < ${cap});
    return (now - t) / n;
  })()`);
}

/** Warm timings of old and new, in turns, after the same warm-up (as `npm run bench` warms). */
async function warm(tab: TestPage): Promise<{ old: number; ours: number; walk: number }> {
  const run = (b: string) => `${b}.konteks(false).then(() => ${b}.clear())`;
  for (const b of [OLD, NEW]) await timeIn(tab, run(b), 300);
  await timeIn(tab, `${NEW}.walk()`, 100);
  const t = { old: [] as number[], ours: [] as number[], walk: [] as number[] };
  for (let r = 0; r < RUNS; r++) {
    t.old.push(await timeIn(tab, run(OLD), 20));
    t.ours.push(await timeIn(tab, run(NEW), 20));
    t.walk.push(await timeIn(tab, `${NEW}.walk()`, 20));
  }
  return { old: median(t.old), ours: median(t.ours), walk: median(t.walk) };
}

/** One cold first pass (sliced, as the content script runs) in a fresh tab, for one bundle: main-thread ms. */
async function coldOnce(browser: TestBrowser, url: string, bundle: string): Promise<number> {
  const tab = await browser.newPage();
  try {
    await tab.goto(url);
    await tab.evaluate(`(0, eval)(${JSON.stringify(bundle)}), true`);
    return await tab.evaluate<number>(`${NEW}.konteks(true).then(r => r.slices.reduce((a, b) => a + b, 0))`);
  } finally {
    await tab.close().catch(() => undefined);
  }
}

type Row = { page: string; injected: { old: number; ours: number; walk: number; cold_old: number; cold_ours: number }; as_is: { old: number; ours: number; walk: number; cold_old: number; cold_ours: number } };

async function benchBrowser(name: BrowserName, pages: string[], dir: string, old: string, ours: string): Promise<{ version: string; rows: Row[] }> {
  const server = await startServer();
  for (const p of pages) {
    const html = stripScripts(fs.readFileSync(path.join(dir, p), 'utf8'));
    server.set(`/p/${p}`, html, 'text/html; charset=utf-8', { 'content-security-policy': CORPUS_CSP });
    server.set(`/i/${p}`, inject(html), 'text/html; charset=utf-8', { 'content-security-policy': CORPUS_CSP });
  }
  const browser = await launch(name, { extension: false });
  const rows: Row[] = [];
  try {
    for (const [i, p] of pages.entries()) {
      const row = { page: p.replace(/\.html$/, '') } as Row;
      try {
        for (const [key, prefix] of [['injected', '/i/'], ['as_is', '/p/']] as const) {
          const url = server.url(prefix + p);
          const tab = await browser.newPage();
          try {
            await loadBoth(tab, url, old, ours);
            const w = await warm(tab);
            const cold = { old: [] as number[], ours: [] as number[] };
            for (let r = 0; r < RUNS; r++) {
              cold.old.push(await coldOnce(browser, url, old));
              cold.ours.push(await coldOnce(browser, url, ours));
            }
            row[key] = { ...w, cold_old: median(cold.old), cold_ours: median(cold.ours) };
          } finally {
            await tab.close().catch(() => undefined);
          }
        }
        rows.push(row);
        const r = (x: number, y: number) => (x / y).toFixed(2);
        log(`${name} ${String(i + 1).padStart(3)}/${pages.length} ${row.page.padEnd(36)} new/old warm ${r(row.injected.ours, row.injected.old)} injected, ${r(row.as_is.ours, row.as_is.old)} as is · cold ${r(row.injected.cold_ours, row.injected.cold_old)}, ${r(row.as_is.cold_ours, row.as_is.cold_old)}`);
      } catch (err) {
        log(`${name} ${String(i + 1).padStart(3)}/${pages.length} ${p}: skipped (${String((err as Error).message).split('\n')[0]})`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { version: browser.version, rows };
}

async function main(): Promise<void> {
  const dir = corpusDir();
  if (!OTHER || !fs.existsSync(path.join(OTHER, 'scripts/bench/page-bench.ts'))) {
    process.stderr.write('bench:ab: give the other checkout\'s folder (one with scripts/bench/page-bench.ts and its node_modules)\n');
    process.exit(2);
  }
  if (!dir) {
    process.stderr.write('bench:ab: corpus folder not found: set KONTEKS_CORPUS to a folder of .html pages\n');
    process.exit(2);
  }
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
  let pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  if (LIMIT > 0) pages = pages.slice(0, LIMIT);
  const other = path.resolve(OTHER);
  const old = await bundleOf(other);
  const ours = await bundleOf(ROOT); // after the other's: our dataset modules are the last written
  log(`bench:ab: ${pages.length} pages; ${RUNS} runs; old ${other} (${old.length} bytes), new ${ROOT} (${ours.length} bytes)`);
  const browsers: BrowserName[] = WHICH === 'both' ? ['chromium', 'firefox'] : [WHICH as BrowserName];
  const report = [];
  for (const b of browsers) {
    const { version, rows } = await benchBrowser(b, pages, dir, old, ours);
    const med = (f: (r: Row) => number) => round(median(rows.map(f)), 3);
    report.push({
      browser: version,
      pages: rows.length,
      // Medians over pages of each page's ratio: below 1, this checkout is faster.
      new_over_old: {
        warm_injected: med((r) => r.injected.ours / r.injected.old),
        warm_as_is: med((r) => r.as_is.ours / r.as_is.old),
        cold_injected: med((r) => r.injected.cold_ours / r.injected.cold_old),
        cold_as_is: med((r) => r.as_is.cold_ours / r.as_is.cold_old),
      },
      konteks_over_walk: {
        injected: { old: med((r) => r.injected.old / r.injected.walk), new: med((r) => r.injected.ours / r.injected.walk) },
        as_is: { old: med((r) => r.as_is.old / r.as_is.walk), new: med((r) => r.as_is.ours / r.as_is.walk) },
      },
      cold_ms: {
        injected: { old: med((r) => r.injected.cold_old), new: med((r) => r.injected.cold_ours) },
        as_is: { old: med((r) => r.as_is.cold_old), new: med((r) => r.as_is.cold_ours) },
      },
      rows,
    });
  }
  if (JSON_OUT) {
    process.stdout.write(JSON.stringify({ other, runs: RUNS, browsers: report }) + '\n');
    return;
  }
  log('');
  log('| browser | pages | new/old warm, injected | as is | cold, injected | as is | konteks/walk injected old → new | as is old → new | cold ms injected old → new | as is old → new |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of report) {
    const n = r.new_over_old;
    log(`| ${r.browser} | ${r.pages} | ${n.warm_injected} | ${n.warm_as_is} | ${n.cold_injected} | ${n.cold_as_is} | ${r.konteks_over_walk.injected.old} → ${r.konteks_over_walk.injected.new} | ${r.konteks_over_walk.as_is.old} → ${r.konteks_over_walk.as_is.new} | ${r.cold_ms.injected.old} → ${r.cold_ms.injected.new} | ${r.cold_ms.as_is.old} → ${r.cold_ms.as_is.new} |`);
  }
}

await main();
