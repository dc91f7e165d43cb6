/**
 * `npm run build`: both browsers' builds (dist/chrome, dist/firefox) and store-ready
 * zips (dist/konteks-<browser>-<version>.zip). Usage: build.ts [chrome|firefox ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { zipSync } from 'fflate';
import type { Browser } from './manifest.ts';
import { DatasetError, loadDataset } from './dataset.ts';
import { coverage, renderCoverage } from './coverage.ts';
import { DIST_ROOT } from './build-paths.ts';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Zips a folder with fixed timestamps, so the same build gives the same bytes. */
export function zipFolder(dir: string, out: string): number {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of filesUnder(dir)) {
    entries[path.relative(dir, file).split(path.sep).join('/')] = [fs.readFileSync(file), { mtime: new Date('2021-03-19T00:00:00Z') }];
  }
  const zip = zipSync(entries, { level: 9 });
  fs.writeFileSync(out, zip);
  return zip.length;
}

/**
 * @crxjs/vite-plugin 3.0.0 builds the content script as a Vite library in IIFE format and
 * passes `output.inlineDynamicImports: true`; rolldown builds IIFE libraries with
 * `codeSplitting: false`, which already inlines everything, and prints a deprecation
 * notice ("inlineDynamicImports option is ignored...") through its own logger, which no
 * Vite option reaches. The notice says nothing about our build, so that one line is
 * dropped; every other line of stderr passes.
 */
const CRX_NOTICE = /inlineDynamicImports`? option is ignored because `?codeSplitting: false`? is set/;

async function withoutCrxNotice<T>(run: () => Promise<T>): Promise<T> {
  const write = process.stderr.write;
  process.stderr.write = function (chunk: unknown, ...rest: unknown[]): boolean {
    if (CRX_NOTICE.test(String(chunk))) return true;
    return (write as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
  } as typeof process.stderr.write;
  try {
    return await run();
  } finally {
    process.stderr.write = write;
  }
}

export async function buildBrowser(browser: Browser): Promise<string> {
  await withoutCrxNotice(() => build({ root, mode: browser, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts') }));
  const version = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')).version as string;
  const dir = path.join(DIST_ROOT, browser);
  const zip = path.join(DIST_ROOT, `konteks-${browser}-${version}.zip`);
  const bytes = zipFolder(dir, zip);
  console.log(`${browser}: ${path.relative(root, dir)}/ and ${path.relative(root, zip)} (${(bytes / 1024).toFixed(1)} KiB)`);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
  const wanted = (process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox']) as Browser[];
  try {
    for (const b of wanted) {
      if (b !== 'chrome' && b !== 'firefox') throw new Error(`unknown browser "${b}" (chrome or firefox)`);
      await buildBrowser(b);
    }
    // What the dataset covers per language: a missing piece is a visible gap ("—").
    const { articles, languages } = loadDataset();
    console.log(`\ncoverage (aliases per person and language, as seen on pages in that language):\n${renderCoverage(coverage(articles, languages), 'text')}`);
  } catch (err) {
    // A dataset fault is the user's to fix: print it plainly, no stack.
    const e = err as Error;
    const dataset = e instanceof DatasetError || e.name === 'DatasetError' || /DatasetError/.test(String(e.stack));
    console.error(dataset ? `Dataset error:\n${e.message.replace(/^.*DatasetError: /s, '')}` : e.stack ?? String(e));
    process.exit(1);
  }
}
