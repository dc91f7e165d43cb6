/**
 * `npm run -s scan -- [--json] [PATH ...]`: the content script's engine and text
 * extraction, from the command line. .html files are parsed (happy-dom, scripts off)
 * and read block by block like a page; other files are plain UTF-8 text. With no PATH
 * it scans the bundled demo page. Bad paths get one line on stderr and exit status 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { compileMatcher } from '../src/core/compile.ts';
import { resolveDocument, scanText, type Mention } from '../src/core/engine.ts';
import type { CompiledMatcher } from '../src/core/matcher.ts';
import { collectBlocks } from '../src/dom/text-blocks.ts';
import { loadDataset } from './dataset.ts';

export const MAX_BYTES = 32 * 1024 * 1024;
export const DEMO_PAGE = path.resolve(import.meta.dirname, '../assets/demo/news.html');

export class ScanError extends Error {}

export interface FileResult {
  path: string;
  mentions: Mention[];
}

/** Visible text of an HTML document, blocks joined by newlines, as the content script reads it. */
export function htmlBlocks(html: string): string[] {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    // <link> elements carry no text, and happy-dom tries to preload them (and throws on
    // relative URLs in a document without a base): drop them before parsing.
    const doc = new window.DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
    const root = doc.body ?? doc.documentElement;
    return root ? collectBlocks(root as unknown as Node).map((b) => b.text) : [];
  } finally {
    void window.happyDOM.close();
  }
}

/** Mentions in one document, with offsets into `text` (for HTML: the extracted text). */
export function scanDocument(m: CompiledMatcher, blocks: string[]): { text: string; mentions: Mention[] } {
  const scanned = blocks.map((text) => ({ text, candidates: scanText(m, text) }));
  const resolved = resolveDocument(m, scanned);
  const mentions: Mention[] = [];
  let offset = 0;
  resolved.forEach((list, i) => {
    for (const x of list) mentions.push({ ...x, start: x.start + offset, end: x.end + offset });
    offset += blocks[i]!.length + 1;
  });
  return { text: blocks.join('\n'), mentions };
}

function isHtml(file: string, content: string): boolean {
  return /\.x?html?$/i.test(file) || (file === '-' && /^\s*<(!doctype html|html)/i.test(content));
}

/** Reads a file as UTF-8 text, refusing what is not a readable text file. */
export function readTextFile(file: string): string {
  let buf: Buffer;
  if (file === '-') buf = fs.readFileSync(0);
  else {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ScanError(code === 'ENOENT' ? 'no such file' : `cannot read (${code})`);
    }
    if (st.isDirectory()) throw new ScanError('is a directory (give files, e.g. dir/*.html)');
    if (!st.isFile()) throw new ScanError('is not a regular file');
    if (st.size > MAX_BYTES) throw new ScanError(`is too large (${(st.size / 1048576).toFixed(1)} MiB; the limit is ${MAX_BYTES / 1048576} MiB)`);
    try {
      buf = fs.readFileSync(file);
    } catch (err) {
      throw new ScanError(`cannot read (${(err as NodeJS.ErrnoException).code})`);
    }
  }
  if (buf.length > MAX_BYTES) throw new ScanError(`is too large (the limit is ${MAX_BYTES / 1048576} MiB)`);
  if (buf.subarray(0, 8192).includes(0)) throw new ScanError('looks binary (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new ScanError('is not valid UTF-8 text');
  }
}

export function scanFile(m: CompiledMatcher, file: string): FileResult {
  const content = readTextFile(file);
  const blocks = isHtml(file, content) ? htmlBlocks(content) : [content];
  return { path: file, mentions: scanDocument(m, blocks).mentions };
}

function table(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.path}: ${r.mentions.length} mention${r.mentions.length === 1 ? '' : 's'}`);
    const w = Math.max(0, ...r.mentions.map((x) => x.surface.length));
    for (const x of r.mentions) {
      lines.push(`  ${String(x.start).padStart(7)}–${String(x.end).padEnd(7)} ${x.kind.padEnd(7)} ${x.surface.replace(/\s+/g, ' ').padEnd(w)}  ${x.entity}`);
    }
    const counts = new Map<string, number>();
    for (const x of r.mentions) counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
    if (counts.size) lines.push(`  by entity: ${[...counts].map(([e, n]) => `${e} ×${n}`).join(', ')}`);
  }
  return lines.join('\n');
}

export function main(argv: string[]): number {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) {
    process.stderr.write(`scan: unknown option ${unknown[0]} (usage: npm run -s scan -- [--json] [PATH ...])\n`);
    return 2;
  }
  const paths = argv.filter((a) => a === '-' || !a.startsWith('--'));
  const { articles, languages } = loadDataset();
  const matcher = compileMatcher(articles, languages);
  const results: FileResult[] = [];
  let failed = false;
  for (const p of paths.length ? paths : [DEMO_PAGE]) {
    try {
      results.push(scanFile(matcher, p));
    } catch (err) {
      failed = true;
      const why = err instanceof ScanError ? err.message : `failed: ${(err as Error).message}`;
      process.stderr.write(`scan: ${p}: ${why}\n`);
    }
  }
  const shown = paths.length ? results : results.map((r) => ({ ...r, path: path.relative(process.cwd(), r.path) }));
  process.stdout.write((json ? JSON.stringify({ files: shown }) : table(shown)) + '\n');
  return failed ? 2 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`scan: ${(err as Error).message.split('\n').join('\nscan: ')}\n`);
    process.exitCode = 2;
  }
}
