/**
 * Real browsers with the built extension loaded: Debian's Chromium through
 * playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi. Both are
 * wrapped in one small interface so every e2e test runs the same steps in both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID } from './manifest.ts';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const RESULTS = path.join(ROOT, 'test-results');
const FIREFOX_UUID = '6a7e1f0c-4b1d-4c58-9d35-0b1f6f0f4e11';

const EXECUTABLES: Record<BrowserName, string[]> = {
  chromium: [process.env['KONTEKS_CHROMIUM'] ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  firefox: [process.env['KONTEKS_FIREFOX'] ?? '', '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function executable(name: BrowserName): string {
  const found = EXECUTABLES[name].find((p) => p && fs.existsSync(p));
  if (!found) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(`${name} is not installed. Install it with: sudo apt-get install -y ${pkg} (or set KONTEKS_${name.toUpperCase()} to its path)`);
  }
  return found;
}

export function distDir(name: BrowserName): string {
  const dir = path.join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
  return dir;
}

/** What a test does with a page, whichever browser it is in. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  waitFor(fn: string, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** A tap of one finger (touch pointer events, as a phone or tablet sends them). */
  tap(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(file: string): Promise<string>;
  /** CSS pixels; `scale` is the device pixel ratio (2: a 1280×800 screen at 200% zoom is 640×400 at scale 2). */
  setViewport(width: number, height: number, scale?: number): Promise<void>;
  /** Makes this the active tab (commands act on the active tab). */
  front(): Promise<void>;
  /** Uncaught page errors and console errors seen so far. */
  errors(): string[];
  /**
   * Evaluates `fn` while the browser traces its main thread (Chromium only): its value, and
   * the wall and thread-CPU time of every task the page's main thread ran meanwhile. On a
   * shared machine a task's wall time includes time the system gave other processes.
   */
  traceTasks?<T>(fn: string): Promise<{ value: T; tasks: TaskTime[] }>;
  close(): Promise<void>;
}

/** One task of a page's main thread: wall time, and the time the thread itself ran. */
export interface TaskTime {
  wallMs: number;
  cpuMs: number;
}

/** A request the browser made for a web page or for the extension (not for itself). */
export interface SeenRequest {
  url: string;
  /** Who asked: the document's or worker's URL (Chromium), the requester's origin (Firefox). */
  from: string;
}

export interface TestBrowser {
  /** Browser name and version, e.g. "Chromium 156.0.8078.73". */
  version: string;
  /** Resolves when the user closes the browser (npm start). */
  closed: Promise<void>;
  name: BrowserName;
  /** Base URL of the extension's pages, e.g. chrome-extension://ID/ */
  extensionBase: string;
  newPage(): Promise<TestPage>;
  /** Updates (reinstalls) the extension while the browser runs, as a store update would. */
  updateExtension(): Promise<void>;
  /** Opens an extension page (popup, reader) and waits until `ready` holds. */
  openExtensionPage(pathname: string, ready: string): Promise<TestPage>;
  /**
   * Every request made since launch by a page, a frame or the extension (its pages and
   * background), seen by the browser itself: the browser's own traffic (updates, safe
   * browsing) is left out by who asked, so anything else Konteks sent would be here.
   */
  requests(): Promise<SeenRequest[]>;
  /** Evaluates in the extension's service worker (Chromium; Firefox's event page is out of the drivers' reach). */
  inBackground?: (expression: string) => Promise<unknown>;
  close(): Promise<void>;
}

const wrap = (fn: string): string => `(() => (${fn}))()`;

/**
 * Polls a condition with plain evaluations: the drivers' own waitFor compiles strings in
 * the page, which extension pages' CSP forbids, and rAF polling stalls in background tabs.
 */
async function poll(evaluate: (fn: string) => Promise<unknown>, fn: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      if (await evaluate(wrap(`(${fn}) === true || (${fn}) ? true : false`))) return;
    } catch (err) {
      last = err; // the page may be navigating
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for: ${fn.slice(0, 200)}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function pwPage(page: PwPage): TestPage {
  const errs: string[] = [];
  // The session that holds a device-pixel-ratio override (see scaleChromium), once one is set.
  let scaled: CDPSession | null = null;
  page.on('pageerror', (e) => errs.push(`pageerror: ${e.message}`));
  page.on('console', (m) => void (m.type() === 'error' && errs.push(`console: ${m.text()}`)));
  return {
    errors: () => [...errs],
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn) => page.evaluate(wrap(fn)),
    waitFor: (fn, timeout = 20_000) => poll((f) => page.evaluate(f), fn, timeout),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => tapChromium(page, x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => {
      const p = path.join(RESULTS, file);
      // Playwright's own screenshot sets its viewport again, which drops the override.
      if (scaled) fs.writeFileSync(p, Buffer.from(((await scaled.send('Page.captureScreenshot', { format: 'png' })) as { data: string }).data, 'base64'));
      else await page.screenshot({ path: p });
      return p;
    },
    setViewport: async (width, height, scale = 1) => {
      if (scale === 1) return page.setViewportSize({ width, height });
      scaled ??= await page.context().newCDPSession(page);
      await scaled.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false });
    },
    front: () => page.bringToFront(),
    close: () => page.close(),
    traceTasks: (fn) => traceTasks(page, fn),
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { message?: string } };
}

/**
 * A tap through the DevTools protocol: Playwright's own needs a context made with touch
 * (which every other test would then see). Touch emulation is on for this page only while
 * the tap lasts.
 */
async function tapChromium(page: PwPage, x: number, y: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/** See TestPage.traceTasks: the tasks between two time stamps the page writes into the trace. */
async function traceTasks<T>(page: PwPage, fn: string): Promise<{ value: T; tasks: TaskTime[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  try {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
    const value = (await page.evaluate(wrap(`(async () => { console.timeStamp('konteks-trace-start'); try { return await (${fn}); } finally { console.timeStamp('konteks-trace-end'); } })()`))) as T;
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const stamp = (m: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m);
    const start = stamp('konteks-trace-start');
    const end = stamp('konteks-trace-end');
    if (!start || !end) throw new Error('the trace holds no time stamps from the page');
    const tasks = events
      .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
      .filter((e) => e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts)
      .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }));
    return { value, tasks };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function ppPage(page: PpPage): TestPage {
  const errs: string[] = [];
  page.on('pageerror', (e) => errs.push(`pageerror: ${(e as Error).message ?? String(e)}`));
  page.on('console', (m) => void (m.type() === 'error' && errs.push(`console: ${m.text()}`)));
  return {
    errors: () => [...errs],
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn) => page.evaluate(wrap(fn)) as Promise<never>,
    waitFor: (fn, timeout = 20_000) => poll((f) => page.evaluate(f), fn, timeout),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (file) => {
      const p = path.join(RESULTS, file);
      await page.screenshot({ path: p as `${string}.png` });
      return p;
    },
    setViewport: (width, height, scale = 1) => page.setViewport({ width, height, deviceScaleFactor: scale }),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export interface LaunchOptions {
  /** prefers-color-scheme: dark for every page. */
  dark?: boolean;
  /** Default true; `npm start` opens a real window when there is a display. */
  headless?: boolean;
  /** Default true; the benchmark runs its methods in a browser without Konteks. */
  extension?: boolean;
  /** A profile folder to use and keep (a restart test relaunches on it); default: a fresh one, removed on close. */
  profile?: string;
  /** The browser's UI language (default en-US); other than en-US needs Debian's chromium-l10n / firefox-esr-l10n-* packages. */
  locale?: string;
  /** The unpacked extension to load (default dist/chrome or dist/firefox); a test's own build elsewhere. */
  dist?: string;
}

async function launchChromium({ dark = false, headless = true, extension = true, profile: kept, locale = 'en-US', dist: own }: LaunchOptions): Promise<TestBrowser> {
  const dist = extension ? own ?? distDir('chromium') : '';
  const profile = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'konteks-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: executable('chromium'),
    headless,
    viewport: { width: 1280, height: 800 },
    colorScheme: dark ? 'dark' : 'light',
    locale,
    // Playwright passes --disable-extensions by default: our extension loads despite it,
    // but could not be loaded again after a reload (an update) with it.
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    args: [
      ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []), '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', `--lang=${locale}`,
    ],
  });
  const seen: SeenRequest[] = [];
  // Pages, frames, extension pages, and service workers (Playwright follows them all);
  // content scripts' requests are their page's.
  context.on('request', (r) => {
    let from = r.serviceWorker()?.url() ?? '';
    if (!from) try { from = r.frame().url(); } catch { from = 'navigation'; }
    seen.push({ url: r.url(), from });
  });
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }))) : null;
  const extensionBase = worker ? `chrome-extension://${new URL(worker.url()).host}/` : '';
  return {
    name: 'chromium',
    version: `Chromium ${context.browser()?.version() ?? ''}`.trim(),
    closed: new Promise((resolve) => context.on('close', () => resolve())),
    extensionBase,
    newPage: async () => pwPage(await context.newPage()),
    openExtensionPage: async (pathname, ready) => {
      const page = await context.newPage();
      await page.goto(extensionBase + pathname);
      const p = pwPage(page);
      await p.waitFor(ready);
      return p;
    },
    updateExtension: async () => {
      // What an update does to open tabs: the running extension is torn down and started
      // again. Chromium only loads an unpacked extension again in developer mode.
      const page = await context.newPage();
      await page.goto('chrome://extensions/');
      await page.evaluate('chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })');
      const next = context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
      await page.evaluate(`chrome.developerPrivate.reload(${JSON.stringify(new URL(extensionBase).host)}, { failQuietly: true })`);
      await next;
      await page.close().catch(() => undefined);
    },
    requests: async () => [...seen],
    inBackground: async (expression) => {
      const sw = context.serviceWorkers().find((w) => w.url().startsWith(extensionBase));
      if (!sw) throw new Error('the extension has no running service worker');
      return sw.evaluate(expression);
    },
    close: async () => {
      await context.close();
      if (!kept) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ dark = false, headless = true, extension = true, profile, locale = 'en-US', dist: own }: LaunchOptions): Promise<TestBrowser> {
  const dist = extension ? own ?? distDir('firefox') : '';
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable('firefox'),
    headless,
    ...(profile ? { userDataDir: profile } : {}),
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.accept_languages': locale,
      'intl.locale.requested': locale,
      // Debian's language packs sit in the application's scope: let a fresh profile use them.
      'extensions.autoDisableScopes': 0,
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme (no CDP emulation over BiDi).
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    },
  });
  const netLog = await watchNetwork(browser);
  if (extension) await browser.installExtension(dist);
  const extensionBase = `moz-extension://${FIREFOX_UUID}/`;
  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//i, 'Firefox '),
    closed: new Promise((resolve) => browser.on('disconnected', () => resolve())),
    extensionBase,
    newPage: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      return ppPage(page);
    },
    openExtensionPage: async (pathname, ready) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      // goto() of a moz-extension:// page never resolves over BiDi: start it, then poll.
      void page.goto(extensionBase + pathname).catch(() => undefined);
      const p = ppPage(page);
      await p.waitFor(`location.href.startsWith(${JSON.stringify(extensionBase)}) && (${ready})`);
      return p;
    },
    // Installing the same add-on again is how Firefox updates it in place.
    updateExtension: async () => {
      await browser.installExtension(dist);
    },
    requests: netLog,
    close: () => browser.close(),
  };
}

/**
 * Firefox's network log, kept in its parent process, where every HTTP(S) and WebSocket
 * request of every tab, frame and extension passes. WebDriver BiDi's own network events
 * only cover tabs; with system access we observe the channels themselves and tell the
 * browser's own requests (system principal) from everyone else's.
 */
async function watchNetwork(browser: PpBrowser): Promise<() => Promise<SeenRequest[]>> {
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
  const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context: string = tree.contexts[0].context;
  const evaluate = async (expression: string): Promise<unknown> => {
    const { result } = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
    if (result.type !== 'success') throw new Error(`Firefox network log: ${JSON.stringify(result.exceptionDetails ?? result)}`);
    return result.result.value;
  };
  await evaluate(`(() => {
    const seen = (globalThis.__konteksSeen = []);
    Services.obs.addObserver({ observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const by = channel.loadInfo?.triggeringPrincipal;
      if (!by || by.isSystemPrincipal) return;
      seen.push({ url: channel.URI.spec, from: by.origin });
    } }, 'http-on-modify-request');
    return true;
  })()`);
  return async () => JSON.parse(String(await evaluate(`JSON.stringify(globalThis.__konteksSeen)`))) as SeenRequest[];
}

export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<TestBrowser> {
  fs.mkdirSync(RESULTS, { recursive: true });
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/**
 * Page-world source of a function that makes a live Range from one of Konteks' highlight
 * ranges (StaticRanges, decision 25), for its text and line boxes: `${LIVE_RANGE}(r)`.
 */
export const LIVE_RANGE = `((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; })`;

/**
 * Every tab's answer to `get-mentions`, asked from an extension page (tabs without Konteks
 * left out). Tabs are told apart by the answer: their URLs need the "tabs" permission.
 */
export async function mentionsByTab(browser: TestBrowser): Promise<{ tabId: number; host: string; count: number; workMs?: number }[]> {
  const api = browser.name === 'chromium' ? 'chrome' : 'browser';
  const probe = await browser.openExtensionPage('src/options/index.html', `document.querySelector('h1') !== null`);
  try {
    return await probe.evaluate(`${api}.tabs.query({}).then((tabs) => Promise.all(tabs.map((t) =>
      ${api}.tabs.sendMessage(t.id, { protocol: 'konteks/1', type: 'get-mentions' }, { frameId: 0 }).then((r) => r && { tabId: t.id, ...r }, () => null),
    ))).then((all) => all.filter(Boolean))`);
  } finally {
    await probe.close();
  }
}

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
