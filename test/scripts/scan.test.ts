import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import matcher from 'virtual:konteks/matcher';
import { DEMO_PAGE, htmlBlocks, scanDocument, scanFile } from '../../scripts/scan.ts';
import { corpusForTests } from '../corpus-env.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scan = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });

describe('scan command', () => {
  it('prints one JSON object with UTF-16 offsets into the file text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'konteks-scan-'));
    const txt = path.join(dir, 'a.txt');
    fs.writeFileSync(txt, '😀 Menlu Lavrov bertemu Wang Yi.\n');
    const r = scan(['--json', txt]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      files: [{
        path: txt,
        mentions: [
          { entity: 'person/sergey-lavrov', kind: 'person', surface: 'Lavrov', start: 9, end: 15 },
          { entity: 'person/wang-yi', kind: 'person', surface: 'Wang Yi', start: 24, end: 31 },
        ],
      }],
    });
    fs.rmSync(dir, { recursive: true });
  });

  it('reads stdin with -', () => {
    const r = scan(['--json', '-'], 'Xi Jinping and 习近平');
    expect(JSON.parse(r.stdout).files[0].mentions.map((m: { surface: string }) => m.surface)).toEqual(['Xi Jinping', '习近平']);
  });

  it('scans the bundled demo page by default, as a readable table', () => {
    const r = scan([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/assets\/demo\/news\.html: \d+ mentions/);
    for (const id of ['person/sergey-lavrov', 'person/wang-yi', 'person/zhao-lijian', 'person/xi-jinping', 'person/vladimir-putin',
      'person/li-yonghui', 'treaty/good-neighborliness-2001', 'figure/trade-2020', 'figure/top-partner-11-years']) {
      expect(r.stdout).toContain(id);
    }
  });

  it('gives one clear line and status 2 for bad paths, never a stack trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'konteks-scan-'));
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    const bin = path.join(dir, 'x.bin');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from([0x50, 0xfc, 0x74, 0x69, 0x6e]));
    const r = scan([path.join(dir, 'missing.txt'), dir, big, bin, latin1]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `scan: ${path.join(dir, 'missing.txt')}: no such file`,
      `scan: ${dir}: is a directory (give files, e.g. dir/*.html)`,
      `scan: ${big}: is too large (50.0 MiB; the limit is 32 MiB)`,
      `scan: ${bin}: looks binary (contains NUL bytes)`,
      `scan: ${latin1}: is not valid UTF-8 text`,
    ]);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('scan: HTML text extraction', () => {
  it('reads visible text block by block, like the content script', () => {
    const blocks = htmlBlocks('<html><head><title>Putin</title><link rel="preload" href="/x.json"></head><body><p>Sergey <b>Lavrov</b></p><script>Putin()</script><div>Wang Yi</div></body></html>');
    expect(blocks).toEqual(['Sergey Lavrov', 'Wang Yi']);
    const { text, mentions } = scanDocument(matcher, blocks);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(mentions.map((m) => m.surface)).toEqual(['Sergey Lavrov', 'Wang Yi']);
  });
  it('finds every entity in the demo page and nothing in its traps paragraph', () => {
    const { mentions } = scanFile(matcher, DEMO_PAGE);
    expect(new Set(mentions.map((m) => m.entity)).size).toBe(9);
    expect(mentions.map((m) => m.surface)).not.toContain('XI');
    // The buyback sentence has $107 billion but no trade word; the textarea is never read.
    expect(mentions.filter((m) => m.entity === 'figure/trade-2020').map((m) => m.surface)).toEqual(['$107 billion', '$107 miliar', '107,76 млрд долларов', '1077.7亿美元']);
    expect(htmlBlocks(fs.readFileSync(DEMO_PAGE, 'utf8')).join('\n')).not.toContain('never marked');
  });
});

const corpus = corpusForTests('scan over the corpus pages');
describe.runIf(corpus)('scan: the real-page corpus', () => {
  it('finds the known mentions and nothing else', () => {
    const pages = fs.readdirSync(corpus!).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const found: Record<string, string[]> = {};
    for (const f of pages) {
      const { mentions } = scanFile(matcher, path.join(corpus!, f));
      if (mentions.length) found[f.replace(/\.html$/, '')] = [...new Set(mentions.map((m) => m.entity))];
    }
    expect(found).toEqual({
      'nytimes-1': ['person/vladimir-putin'],
      'nytimes-5': ['person/xi-jinping'],
      'wapo-2': ['person/vladimir-putin'],
      'yahoo-2': ['person/vladimir-putin'],
      'yahoo-3': ['person/vladimir-putin'],
    });
  }, 120_000);
});
