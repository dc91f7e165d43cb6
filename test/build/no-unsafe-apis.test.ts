/** Untrusted strings are only ever rendered as text: no HTML sinks, no eval, no remote URLs. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const files = (dir: string, ext: RegExp): string[] =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && ext.test(d.name)).map((d) => path.join(d.parentPath, d.name));
const SINKS = /\binnerHTML\b|\bouterHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]/;

describe('our code', () => {
  it('uses no HTML sink, eval or string-compiled code anywhere in src/', () => {
    const offenders = files(path.join(ROOT, 'src'), /\.(ts|tsx)$/).filter((f) => SINKS.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('makes no network request: no fetch, XHR, WebSocket, beacon or EventSource in src/', () => {
    const offenders = files(path.join(ROOT, 'src'), /\.(ts|tsx)$/).filter((f) => /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it.each(['chrome', 'firefox'])('dist/%s: no innerHTML assignment, no eval, no URL but our own', (b) => {
    const dir = path.join(ROOT, 'dist', b);
    if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: run npm run build (npm test does)`);
    for (const f of files(dir, /\.(js|html)$/)) {
      const code = fs.readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\.innerHTML\s*=[^=]|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/);
      // Namespace URIs (w3.org) are identifiers, not requests.
      const urls = [...code.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)]+/g)].map((m) => m[0]).filter((u) => !/^http:\/\/www\.w3\.org\//.test(u));
      expect(urls, f).toEqual([]);
    }
  });
});
