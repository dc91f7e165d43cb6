/**
 * `npm run bench [-- --json] [--runs N] [--pages N] [--browser chromium|firefox|both]`
 *
 * Measures Konteks against a bare text walk, a naive RegExp pass and mark.js on the
 * real pages of KONTEKS_CORPUS (default ../shared/corpus/pages; scripts stripped, every
 * non-loopback request blocked), plus copies with mentions injected. All methods run in
 * the same page world on the same DOM; figures are medians of several runs after a
 * warm-up, reported as ratios measured in this one run. It never fails because the
 * machine is slow: it reports. The longest task is wall time as the page saw it; in
 * Chromium the cold run is also traced, for that task's thread-CPU time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { compileMatcher } from '../src/core/compile.ts';
import type { Article } from '../src/core/dataset.ts';
import { findMentions } from '../src/core/engine.ts';
import { decodeMatcher, encodeMatcher } from '../src/core/matcher-binary.ts';
import { launch, LIVE_RANGE, mentionsByTab, ROOT, type BrowserName, type TaskTime, type TestBrowser, type TestPage } from './browsers.ts';
import { CORPUS_CSP, corpusDir, inject, INJECTED, stripScripts } from './corpus.ts';
import { loadDataset } from './dataset.ts';
import { htmlBlocks } from './scan.ts';
import { startServer } from './serve.ts';
import { datasetPlugin } from './vite-dataset-plugin.ts';

const argv = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const JSON_OUT = argv.includes('--json');
const RUNS = Math.max(1, Number(opt('--runs', '5')));
const LIMIT = Number(opt('--pages', '0'));
const WHICH = opt('--browser', 'both');
const log = (...a: unknown[]) => (JSON_OUT ? process.stderr : process.stdout).write(a.join(' ') + '\n');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

async function pageBenchBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'error',
    root: ROOT,
    plugins: [datasetPlugin()],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(ROOT, 'scripts/bench/page-bench.ts'), formats: ['iife'], name: 'KonteksBench', fileName: () => 'page-bench.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  return outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
}

/** 10,000 synthetic articles, 10 aliases each (about 100,000), plus the real one. */
function syntheticArticles(real: Article[], count = 10_000): Article[] {
  const syl = ['ka', 'lo', 'mi', 'ru', 'sen', 'ta', 'vo', 'zhi', 'an', 'bel', 'cor', 'dru', 'el', 'fa', 'gor', 'hu'];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const word = () => {
    let w = '';
    for (let i = 0, n = 2 + Math.floor(rnd() * 3); i < n; i++) w += syl[Math.floor(rnd() * syl.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const base = real[0]!;
  const out: Article[] = [...real];
  for (let a = 0; a < count; a++) {
    const first = word();
    const last = `${word()}${a}`;
    const aliases = [`${first} ${last}`, last, `${last}a`, `${last}u`, `${first[0]}. ${last}`, `${first} ${last} Jr`, `${last}ov`, `${last}sky`, `${first}-${last}`, `Dr ${last}`];
    out.push({
      ...base,
      id: `synthetic-${a}`,
      entities: [{
        id: `person/synthetic-${a}`, kind: 'person', name: { id: first, en: first }, role: { id: 'x', en: 'x' },
        sentences: base.entities[0]!.sentences, aliases: aliases.map((text) => ({ text, lang: 'en' })),
      }],
    });
  }
  return out;
}

interface PageResult {
  page: string;
  chars: number;
  walk_ms: number;
  /** The walk plus the prefilter on each text (decision 26). */
  floor_ms: number;
  floor_over_walk: number;
  konteks_ms: number;
  regex_ms: number;
  markjs_ms: number | null;
  konteks_over_walk: number;
  regex_over_konteks: number;
  markjs_over_konteks: number | null;
  /**
   * The first walk, and the first floor pass, each in a fresh tab of the injected page:
   * what reading (and testing) every text node costs a page load, the first touch of its
   * nodes included (decision 26).
   */
  cold_walk_ms: number;
  cold_floor_ms: number;
  /** The same timings on the page as it is, no mention injected. */
  plain: ReturnType<typeof timings>;
  long_task_cold_ms: number;
  /** Chromium: the cold run's longest main-thread task in thread-CPU time (the machine's other load left out), and that task's wall time. */
  long_task_cold_cpu_ms: number | null;
  long_task_cold_task_wall_ms: number | null;
  long_task_warm_ms: number;
  main_thread_cold_ms: number;
  main_thread_warm_ms: number;
  /** The first annotation of the page as it is, freshly loaded: what most page loads get. */
  plain_cold: { main_thread_ms: number; long_task_ms: number };
  injected_recall: { konteks: number; regex: number; markjs: number | null };
  synthetic_konteks_ms?: number;
  /** Every sixth page: the content script's own metered first scan, extension loaded (see contentScriptCold). */
  content_script_cold_ms?: number;
}

/**
 * Mean time of one run of `expr`, repeated in the page until `ms` have passed (at most
 * `cap` runs): the browsers' clocks are coarse (Chromium 0.1 ms, Firefox 1 ms), a single
 * sub-millisecond run cannot be timed.
 */
async function timeIn(page: TestPage, expr: string, ms = 20, cap = 2000): Promise<number> {
  return page.evaluate<number>(`(async () => {
    let n = 0; const t = performance.now(); let now = t;
    do { await (${expr}); n++; now = performance.now(); } while (now - t < ${ms} && n < ${cap});
    return (now - t) / n;
  })()`);
}

/**
 * Runs `expr` for WARM_MS before it is timed. Konteks runs a lot of JavaScript once per
 * page; until the engine has compiled it, it runs interpreted, many times slower. One
 * 20 ms round (the warm-up this bench had first) was about 20 runs of Konteks on a median
 * page: not warm. Every method gets the same warm-up; cold figures are reported apart.
 */
const WARM_MS = 300;
const warmIn = (page: TestPage, expr: string) => timeIn(page, expr, WARM_MS, 5000);

type Timed = { walk: number; floor: number; konteks: number; regex: number };

/** Medians of RUNS timed rounds of walk, the floor, Konteks and the naive RegExp, after warming each up. */
async function timeMethods(tab: TestPage, B: string, A: string): Promise<Timed> {
  const methods = { walk: `${B}.walk()`, floor: `${B}.floor()`, konteks: `${B}.konteks(false)`, regex: `${B}.regex(${A})` };
  for (const expr of Object.values(methods)) {
    await warmIn(tab, expr);
    await tab.evaluate(`${B}.clear()`);
  }
  const t: Record<keyof typeof methods, number[]> = { walk: [], floor: [], konteks: [], regex: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const [k, expr] of Object.entries(methods) as [keyof typeof methods, string][]) {
      t[k].push(await timeIn(tab, expr));
      await tab.evaluate(`${B}.clear()`);
    }
  }
  return { walk: median(t.walk), floor: median(t.floor), konteks: median(t.konteks), regex: median(t.regex) };
}

/** Loads `url` in the tab and runs the bench bundle in the page's world. */
async function openWithBench(tab: TestPage, url: string, bundle: string): Promise<void> {
  await tab.goto(url);
  await tab.evaluate(`(0, eval)(${JSON.stringify(bundle)}), true`);
}

/** One run of `expr` in a fresh tab of `url`, timed in the page: a cold figure. */
async function coldOnce(browser: TestBrowser, url: string, bundle: string, expr: string): Promise<number> {
  const tab = await browser.newPage();
  try {
    await openWithBench(tab, url, bundle);
    return await tab.evaluate<number>(`(() => { const t = performance.now(); ${expr}; return performance.now() - t; })()`);
  } finally {
    await tab.close().catch(() => undefined);
  }
}

/** A page's timings and their ratios, as reported. */
function timings(t: Timed) {
  return {
    walk_ms: round(t.walk),
    floor_ms: round(t.floor),
    floor_over_walk: round(t.floor / Math.max(t.walk, 0.001), 2),
    konteks_ms: round(t.konteks),
    regex_ms: round(t.regex),
    konteks_over_walk: round(t.konteks / Math.max(t.walk, 0.001), 2),
    regex_over_konteks: round(t.regex / t.konteks, 2),
  };
}

function recall(found: string[]): number {
  const want = Object.values(INJECTED.expected).flat();
  const pool = [...found];
  let hit = 0;
  for (const w of want) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      hit++;
      pool.splice(i, 1);
    }
  }
  return hit / want.length;
}

/** Serves a corpus page, scripts stripped and under the corpus CSP: as it is at /p/, with mentions injected at /i/. */
function servePage(server: Awaited<ReturnType<typeof startServer>>, dir: string, p: string): void {
  const html = stripScripts(fs.readFileSync(path.join(dir, p), 'utf8'));
  server.set(`/p/${p}`, html, 'text/html; charset=utf-8', { 'content-security-policy': CORPUS_CSP });
  server.set(`/i/${p}`, inject(html), 'text/html; charset=utf-8', { 'content-security-policy': CORPUS_CSP });
}

async function benchBrowser(name: BrowserName, pages: string[], dir: string, bundle: string, markSource: string, aliases: string[], syntheticJson: string, syntheticBin: Buffer) {
  const server = await startServer();
  // The 10,000-article matcher is fetched by each page from the loopback server (not pushed through the driver).
  if (syntheticJson) {
    server.set('/synthetic.json', syntheticJson, 'application/json');
    server.set('/synthetic.bin', syntheticBin, 'application/octet-stream');
  }
  for (const p of pages) servePage(server, dir, p);
  const browser = await launch(name, { extension: false });
  const results: PageResult[] = [];
  const A = JSON.stringify(aliases);
  const B = 'window.__konteksBench';
  let syntheticStartup = NaN;
  let syntheticJsonStartup = NaN;
  let syntheticRead = NaN;
  let realStartup = NaN;
  try {
    for (const [i, p] of pages.entries()) {
      const tab = await browser.newPage();
      try {
        await openWithBench(tab, server.url(`/i/${p}`), bundle);
        // Cold: the first annotation on a freshly loaded page, sliced as in the content script.
        // In Chromium the run is traced: each task's thread-CPU time tells Konteks' own cost
        // from the time a shared machine gave other processes (wall time counts both).
        let coldCpu: TaskTime | null = null;
        let cold: { texts: string[]; slices: number[] };
        if (tab.traceTasks) {
          const traced = await tab.traceTasks<{ texts: string[]; slices: number[] }>(`${B}.konteks(true)`);
          cold = traced.value;
          for (const t of traced.tasks) if (!coldCpu || t.cpuMs > coldCpu.cpuMs) coldCpu = t;
        } else cold = await tab.evaluate<{ texts: string[]; slices: number[] }>(`${B}.konteks(true)`);
        await tab.evaluate(`(0, eval)(${JSON.stringify(markSource)}), true`);
        const markT: number[] = [];
        let regexFound: string[] = [];
        let markFound: string[] | null = null;
        const timed = await timeMethods(tab, B, A);
        regexFound = await tab.evaluate<string[]>(`${B}.regex(${A})`);
        await tab.evaluate(`${B}.clear()`);
        const warm = await tab.evaluate<{ texts: string[]; slices: number[] }>(`${B}.konteks(true)`);
        await tab.evaluate(`${B}.clear()`);
        const markRuns = Math.max(1, Math.min(RUNS, 3));
        await warmIn(tab, `${B}.markjs(${A})`);
        for (let r = 0; r <= markRuns; r++) {
          const t0 = Date.now();
          const m = await timeIn(tab, `${B}.markjs(${A})`);
          if (r > 0) markT.push(m);
          if (Date.now() - t0 > 20_000) break; // a pathological page: one figure is enough
        }
        markFound = await tab.evaluate<string[]>(`${B}.markjs(${A})`);
        // Dataset scaling on the same page: the real matcher against 10,000 articles.
        let synthetic: number | undefined;
        if (syntheticJson) {
          if (i === 0) realStartup = await tab.evaluate<number>(`${B}.setMatcher(null)`);
          // The page pass runs on the binary form (decision 16); the JSON form's parse is measured once, to compare.
          if (i === 0) syntheticJsonStartup = await tab.evaluate<number>(`fetch(${JSON.stringify(server.url('/synthetic.json'))}).then(r => r.text()).then(t => ${B}.setMatcher(t))`);
          const [read, startup] = await tab.evaluate<[number, number]>(`(async () => { const t0 = performance.now(); const b = await (await fetch(${JSON.stringify(server.url('/synthetic.bin'))})).arrayBuffer(); const read = performance.now() - t0; return [read, ${B}.setMatcherBinary(b)]; })()`);
          if (i === 0) [syntheticRead, syntheticStartup] = [read, startup];
          const st: number[] = [];
          await warmIn(tab, `${B}.konteks(false)`);
          for (let r = 0; r < RUNS; r++) {
            await tab.evaluate(`${B}.clear()`);
            st.push(await timeIn(tab, `${B}.konteks(false)`));
          }
          synthetic = median(st);
          await tab.evaluate(`${B}.setMatcher(null)`);
        }
        const chars = await tab.evaluate<number>(`${B}.walk()`);
        // The page as it is (no mention injected): what most pages a user opens look like.
        await openWithBench(tab, server.url(`/p/${p}`), bundle);
        const plainCold = await tab.evaluate<{ texts: string[]; slices: number[] }>(`${B}.konteks(true)`);
        await tab.evaluate(`${B}.clear()`);
        const plain = await timeMethods(tab, B, A);
        const coldWalk = await coldOnce(browser, server.url(`/i/${p}`), bundle, `${B}.walk()`);
        const coldFloor = await coldOnce(browser, server.url(`/i/${p}`), bundle, `${B}.floor()`);
        const res: PageResult = {
          page: p.replace(/\.html$/, ''),
          chars,
          ...timings(timed),
          markjs_ms: markT.length ? round(median(markT)) : null,
          markjs_over_konteks: markT.length ? round(median(markT) / timed.konteks, 1) : null,
          cold_walk_ms: round(coldWalk, 2),
          cold_floor_ms: round(coldFloor, 2),
          plain: timings(plain),
          long_task_cold_ms: round(Math.max(...cold.slices), 2),
          long_task_cold_cpu_ms: coldCpu ? round(coldCpu.cpuMs, 2) : null,
          long_task_cold_task_wall_ms: coldCpu ? round(coldCpu.wallMs, 2) : null,
          long_task_warm_ms: round(Math.max(...warm.slices), 2),
          main_thread_cold_ms: round(cold.slices.reduce((a, b) => a + b, 0), 2),
          main_thread_warm_ms: round(warm.slices.reduce((a, b) => a + b, 0), 2),
          plain_cold: { main_thread_ms: round(plainCold.slices.reduce((a, b) => a + b, 0), 2), long_task_ms: round(Math.max(...plainCold.slices), 2) },
          injected_recall: { konteks: recall(cold.texts), regex: round(recall(regexFound)), markjs: markFound ? round(recall(markFound)) : null },
          ...(synthetic !== undefined ? { synthetic_konteks_ms: round(synthetic) } : {}),
        };
        results.push(res);
        log(`${name} ${String(i + 1).padStart(3)}/${pages.length} ${res.page.padEnd(36)} walk ${res.walk_ms.toFixed(2)} ms · konteks ${res.konteks_ms.toFixed(2)} (×${res.konteks_over_walk}; as is ×${res.plain.konteks_over_walk}; floor ×${res.floor_over_walk}) · cold walk ${res.cold_walk_ms} ms · regex ×${res.regex_over_konteks} · mark.js ×${res.markjs_over_konteks} · longest task ${res.long_task_cold_ms} ms${res.long_task_cold_cpu_ms !== null ? ` (CPU ${res.long_task_cold_cpu_ms})` : ""} · recall ${res.injected_recall.konteks}`);
      } catch (err) {
        // One odd page must not sink the run: say so and go on.
        log(`${name} ${String(i + 1).padStart(3)}/${pages.length} ${p}: skipped (${String((err as Error).message).split('\n')[0]})`);
      } finally {
        await tab.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { version: browser.version, results, syntheticStartup, syntheticJsonStartup, syntheticRead, realStartup };
}

/** Pointer rest to visible card, minus the deliberate delay, with the real extension. */
async function cardLatency(name: BrowserName): Promise<number[]> {
  const demo = fs.readFileSync(path.join(ROOT, 'assets/demo/news.html'), 'utf8');
  const server = await startServer({ '/': demo });
  const browser = await launch(name);
  const out: number[] = [];
  try {
    const tab = await browser.newPage();
    await tab.goto(server.url('/'));
    await tab.waitFor(`CSS.highlights.get('konteks-person')?.size > 5`);
    await tab.evaluate(`(() => {
      window.__lastMove = 0; window.__shown = [];
      addEventListener('pointermove', () => { window.__lastMove = performance.now(); }, true);
      new MutationObserver(rs => { for (const r of rs) for (const n of r.addedNodes) if (n.nodeName === 'KONTEKS-CARD') window.__shown.push(performance.now() - window.__lastMove); })
        .observe(document.documentElement, { childList: true });
      return true;
    })()`);
    const ranges = await tab.evaluate<{ x: number; y: number }[]>(`[...CSS.highlights.get('konteks-person')].slice(0, 6).map(r => { const b = ${LIVE_RANGE}(r).getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })`);
    for (const at of ranges) {
      await tab.mouseMove(5, 5);
      await tab.waitFor(`document.querySelector('konteks-card') === null`);
      await tab.mouseMove(at.x, at.y);
      await tab.waitFor(`document.querySelector('konteks-card') !== null`);
    }
    const shown = await tab.evaluate<number[]>(`window.__shown`);
    out.push(...shown.map((ms) => round(ms - 400, 1)));
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/**
 * The methods above run in the page's own world. The content script runs in an isolated
 * world (Chromium) or behind Xray wrappers (Firefox), where DOM calls may cost more. On
 * every sixth page, with the built extension loaded: the first scan's main-thread time as
 * the content script meters it (`workMs` of `get-mentions`: its slices and observer
 * callbacks), to set beside the cold figure measured in the page's world.
 */
async function contentScriptCold(name: BrowserName, pages: string[], dir: string): Promise<Map<string, number>> {
  const server = await startServer();
  const sample = pages.filter((_, i) => i % 6 === 5);
  for (const p of sample) servePage(server, dir, p);
  const browser = await launch(name);
  const out = new Map<string, number>();
  try {
    for (const p of sample) {
      const tab = await browser.newPage();
      try {
        await tab.goto(server.url(`/i/${p}`));
        // The injected block holds the treaty: its highlight means the first scan has painted.
        await tab.waitFor(`(CSS.highlights.get('konteks-treaty')?.size ?? 0) > 0`, 30_000);
        await new Promise((r) => setTimeout(r, 300));
        const reply = (await mentionsByTab(browser)).find((r) => r.host === '127.0.0.1');
        if (reply?.workMs !== undefined) out.set(p.replace(/\.html$/, ''), reply.workMs);
      } catch (err) {
        log(`${name} content script ${p}: skipped (${String((err as Error).message).split('\n')[0]})`);
      } finally {
        await tab.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** The engine alone, in Node: characters per second, real dataset and 10,000 articles. */
function engineMicro(texts: string[], real: ReturnType<typeof compileMatcher>, synthetic: ReturnType<typeof compileMatcher>) {
  const text = texts.join('\n');
  const run = (m: typeof real) => {
    findMentions(m, text); // warm-up
    const t: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      findMentions(m, text);
      t.push(performance.now() - t0);
    }
    return median(t);
  };
  const a = run(real);
  const b = run(synthetic);
  const c = run(decodeMatcher(encodeMatcher(synthetic)));
  return {
    chars: text.length, real_chars_per_s: Math.round(text.length / (a / 1000)), synthetic_chars_per_s: Math.round(text.length / (b / 1000)), ratio: round(b / a, 2),
    synthetic_binary_chars_per_s: Math.round(text.length / (c / 1000)), binary_ratio: round(c / a, 2),
  };
}

async function main() {
  const dir = corpusDir();
  if (!dir) {
    process.stderr.write('bench: corpus folder not found: set KONTEKS_CORPUS to a folder of .html pages (default ../shared/corpus/pages)\n');
    process.exit(2);
  }
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
  let pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  if (LIMIT > 0) pages = pages.slice(0, LIMIT);
  const { articles, languages } = loadDataset();
  const real = compileMatcher(articles, languages);
  const aliases = [...new Set(articles.flatMap((a) => a.entities.flatMap((e) => e.aliases.map((x) => x.text))))];
  log(`bench: ${pages.length} pages from ${dir}; ${aliases.length} aliases; ${RUNS} runs after a warm-up`);
  const t0 = performance.now();
  const synthArticles = syntheticArticles(articles);
  const synthetic = compileMatcher(synthArticles, languages);
  const syntheticJson = JSON.stringify(synthetic);
  const syntheticBin = Buffer.from(encodeMatcher(synthetic));
  const synthAliases = synthArticles.reduce((n, a) => n + a.entities.reduce((m, e) => m + e.aliases.length, 0), 0);
  log(`bench: synthetic dataset: ${synthArticles.length} articles, ${synthAliases} aliases, ${synthetic.automaton.fail.length} states, compiled in ${(performance.now() - t0).toFixed(0)} ms`);
  const bundle = await pageBenchBundle();
  const markSource = fs.readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

  const contentScript = fs.readFileSync(path.join(ROOT, 'dist/chrome/src/content/index.js'));
  const matcherModule = fs.readFileSync(path.join(ROOT, 'node_modules/.konteks/matcher.js'));
  const browsers: BrowserName[] = WHICH === 'both' ? ['chromium', 'firefox'] : [WHICH as BrowserName];
  const report: Record<string, unknown>[] = [];
  for (const b of browsers) {
    const { version, results, syntheticStartup, syntheticJsonStartup, syntheticRead, realStartup } = await benchBrowser(b, pages, dir, bundle, markSource, aliases, syntheticJson, syntheticBin);
    const med = (f: (r: PageResult) => number | null) => round(median(results.map(f).filter((x): x is number => x !== null && Number.isFinite(x))), 2);
    const scaling = round(median(results.map((r) => (r.synthetic_konteks_ms ?? NaN) / r.konteks_ms).filter(Number.isFinite)), 2);
    const latency = b === 'chromium' || b === 'firefox' ? await cardLatency(b).catch((e) => (console.error(`${b}: card latency not measured: ${String(e).slice(0, 300)}`), [])) : [];
    const inScript = await contentScriptCold(b, pages, dir).catch((err) => {
      log(`${b} content script: skipped (${String((err as Error).message).split('\n')[0]})`);
      return new Map<string, number>();
    });
    for (const r of results) if (inScript.has(r.page)) r.content_script_cold_ms = inScript.get(r.page)!;
    const sampled = results.filter((r) => r.content_script_cold_ms !== undefined);
    // Pages whose cold run was traced (Chromium): longest slice (wall) and longest task (CPU).
    const traced = results.flatMap((r) => (r.long_task_cold_cpu_ms === null ? [] : [{ wall: r.long_task_cold_ms, cpu: r.long_task_cold_cpu_ms }]));
    const wiki = results.find((r) => r.page === 'wikipedia-2');
    report.push({
      browser: version,
      pages: results,
      median: {
        walk_ms: med((r) => r.walk_ms),
        konteks_ms: med((r) => r.konteks_ms),
        konteks_over_walk: med((r) => r.konteks_over_walk),
        regex_over_konteks: med((r) => r.regex_over_konteks),
        markjs_over_konteks: med((r) => r.markjs_over_konteks),
        konteks_over_walk_plain: med((r) => r.plain.konteks_over_walk),
        // The floor of a node-by-node pass (decision 26), and what the injected mentions add to Konteks' pass.
        floor_over_walk: med((r) => r.floor_over_walk),
        floor_over_walk_plain: med((r) => r.plain.floor_over_walk),
        injected_mentions_over_walk: med((r) => (r.konteks_ms - r.plain.konteks_ms) / Math.max(r.walk_ms, 0.001)),
        injected_mentions_ms: med((r) => r.konteks_ms - r.plain.konteks_ms),
        cold_walk_ms: med((r) => r.cold_walk_ms),
        cold_floor_ms: med((r) => r.cold_floor_ms),
        regex_over_konteks_plain: med((r) => r.plain.regex_over_konteks),
      },
      max_long_task_ms: round(Math.max(...results.map((r) => Math.max(r.long_task_cold_ms, r.long_task_warm_ms, r.plain_cold.long_task_ms))), 2),
      cold_pages_over_16_ms: results.filter((r) => r.long_task_cold_ms > 16).length,
      cold_pages_over_16_ms_as_is: results.filter((r) => r.plain_cold.long_task_ms > 16).length,
      // A page load's whole first annotation (wall time, all slices), median over pages.
      cold_main_thread_median_ms: { injected: med((r) => r.main_thread_cold_ms), as_is: med((r) => r.plain_cold.main_thread_ms) },
      max_long_task_cold_cpu_ms: traced.length ? round(Math.max(...traced.map((r) => r.cpu)), 2) : null,
      cold_pages_over_16_ms_cpu: traced.length ? traced.filter((r) => r.cpu > 16).length : null,
      // A slice's CPU time is at most its wall time and at most its task's CPU time: the
      // smaller of the page's longest slice and its longest task (CPU) bounds every slice.
      max_cold_slice_cpu_bound_ms: traced.length ? round(Math.max(...traced.map((r) => Math.min(r.wall, r.cpu))), 2) : null,
      wikipedia_2_main_thread_ms: wiki ? { cold: wiki.main_thread_cold_ms, warm: wiki.main_thread_warm_ms } : null,
      // wikipedia-2's floors: the bare walk and the floor pass, cold (fresh tabs) and warm.
      wikipedia_2_floors_ms: wiki ? { cold_walk: wiki.cold_walk_ms, cold_floor: wiki.cold_floor_ms, walk: wiki.walk_ms, floor: wiki.floor_ms } : null,
      scaling_ratio: scaling,
      // synthetic: decoding the binary form (views; the bytes already read); synthetic_json: JSON.parse of the same matcher.
      startup_parse_ms: { real: round(realStartup, 2), synthetic: round(syntheticStartup, 3), synthetic_json: round(syntheticJsonStartup, 2) },
      synthetic_read_ms: round(syntheticRead, 2),
      injected_recall: round(Math.min(...results.map((r) => r.injected_recall.konteks)), 3),
      injected_recall_regex: med((r) => r.injected_recall.regex),
      injected_recall_markjs: med((r) => r.injected_recall.markjs),
      card_latency_minus_delay_ms: { median: round(median(latency), 1), samples: latency },
      content_script_cold: {
        pages: sampled.length,
        median_ms: round(median(sampled.map((r) => r.content_script_cold_ms!)), 1),
        median_over_page_world: round(median(sampled.map((r) => r.content_script_cold_ms! / r.main_thread_cold_ms)), 2),
      },
    });
  }
  const texts = pages.slice(0, 40).flatMap((p) => htmlBlocks(fs.readFileSync(path.join(dir, p), 'utf8')));
  const micro = engineMicro(texts, real, synthetic);
  const summary = {
    ...(report[0] as object),
    browsers: report,
    content_script_bytes: contentScript.length,
    content_script_gzip_bytes: gzipSync(contentScript, { level: 9 }).length,
    compiled_dataset_bytes: matcherModule.length,
    compiled_dataset_gzip_bytes: gzipSync(matcherModule, { level: 9 }).length,
    engine_micro: micro,
    synthetic_dataset: { articles: synthArticles.length, aliases: synthAliases, states: synthetic.automaton.fail.length, json_bytes: syntheticJson.length, binary_bytes: syntheticBin.length },
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, browsers: report.map((r) => r['browser']) },
    runs: RUNS,
  };
  if (JSON_OUT) {
    process.stdout.write(JSON.stringify(summary) + '\n');
    return;
  }
  log('');
  log('konteks/walk and regex/konteks: pages with mentions injected, then (after the slash) the pages as they are.');
  log('| browser | pages | konteks/walk | regex/konteks | mark.js/konteks | longest task | wikipedia-2 cold/warm | 10k-article scaling | injected recall (konteks/regex/mark.js) | card − delay |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  type Row = { cold_main_thread_median_ms: { injected: number; as_is: number }; browser: string; pages: PageResult[]; median: Record<string, number>; max_long_task_ms: number; max_long_task_cold_cpu_ms: number | null; wikipedia_2_main_thread_ms: { cold: number; warm: number } | null; wikipedia_2_floors_ms: { cold_walk: number; cold_floor: number; walk: number; floor: number } | null; scaling_ratio: number; injected_recall: number; injected_recall_regex: number; injected_recall_markjs: number; card_latency_minus_delay_ms: { median: number }; content_script_cold: { pages: number; median_ms: number; median_over_page_world: number }; startup_parse_ms: { synthetic: number; synthetic_json: number }; synthetic_read_ms: number };
  const rows = report as unknown as Row[];
  for (const r of rows) {
    const w = r.wikipedia_2_main_thread_ms;
    log(`| ${r.browser} | ${r.pages.length} | ${r.median['konteks_over_walk']} / ${r.median['konteks_over_walk_plain']} | ${r.median['regex_over_konteks']} / ${r.median['regex_over_konteks_plain']} | ${r.median['markjs_over_konteks']} | ${r.max_long_task_ms} ms${r.max_long_task_cold_cpu_ms !== null ? ` (cold, CPU: ${r.max_long_task_cold_cpu_ms} ms)` : ''} | ${w ? `${w.cold} / ${w.warm} ms` : 'n/a'} | ${r.scaling_ratio} | ${r.injected_recall} / ${r.injected_recall_regex} / ${r.injected_recall_markjs} | ${r.card_latency_minus_delay_ms.median} ms |`);
  }
  for (const r of rows) {
    const c = r.content_script_cold;
    log(`${r.browser}: 10,000-article matcher start-up: binary decode ${r.startup_parse_ms.synthetic} ms (reading its bytes: ${r.synthetic_read_ms} ms); JSON.parse ${r.startup_parse_ms.synthetic_json} ms`);
    log(`${r.browser}: a page's first annotation, cold, median over pages: ${r.cold_main_thread_median_ms.injected} ms with mentions injected, ${r.cold_main_thread_median_ms.as_is} ms as it is`);
    log(`${r.browser}: floors (decision 26): the walk plus the prefilter on each text ×${r.median['floor_over_walk']} the walk (as is ×${r.median['floor_over_walk_plain']}); the injected mentions add ×${r.median['injected_mentions_over_walk']} (${r.median['injected_mentions_ms']} ms); cold, in a fresh tab: walk ${r.median['cold_walk_ms']} ms, floor ${r.median['cold_floor_ms']} ms${r.wikipedia_2_floors_ms ? `; wikipedia-2: walk ${r.wikipedia_2_floors_ms.cold_walk} ms, floor ${r.wikipedia_2_floors_ms.cold_floor} ms cold, ${r.wikipedia_2_floors_ms.walk} and ${r.wikipedia_2_floors_ms.floor} ms warm` : ''}`);
    log(`${r.browser}: the content script's own first scan (extension loaded, ${c.pages} pages): median ${c.median_ms} ms, ×${c.median_over_page_world} the cold figure in the page's world`);
  }
  log('');
  log(`content script: ${summary.content_script_bytes} bytes, ${summary.content_script_gzip_bytes} gzip; compiled dataset: ${summary.compiled_dataset_bytes} bytes, ${summary.compiled_dataset_gzip_bytes} gzip`);
  log(`engine alone (Node, ${micro.chars} chars): ${micro.real_chars_per_s.toLocaleString('en')} chars/s real dataset, ${micro.synthetic_chars_per_s.toLocaleString('en')} chars/s with ${synthAliases} aliases (×${micro.ratio}; binary form ${micro.synthetic_binary_chars_per_s.toLocaleString('en')}, ×${micro.binary_ratio})`);
  log(`machine: ${summary.machine.cpu} × ${summary.machine.cores}, Node ${summary.machine.node}`);
}

await main();
