/**
 * Real pages from the shared corpus (KONTEKS_CORPUS), prepared for tests and the
 * benchmark: scripts stripped, served with a CSP that blocks every non-loopback request,
 * and copies with our mentions injected into the page's own markup.
 */
import fs from 'node:fs';
import path from 'node:path';

export function corpusDir(): string | null {
  const dir = process.env['KONTEKS_CORPUS'] ?? path.resolve(import.meta.dirname, '../../shared/corpus/pages');
  return fs.existsSync(dir) ? dir : null;
}

/** Only loopback; no page script runs ('unsafe-eval' only lets the test driver evaluate its probes). */
export const CORPUS_CSP = "default-src 'self'; script-src 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; frame-src 'self'";

export function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

/** Mentions injected into a page, in messy markup; `expected` is what must be marked. */
export const INJECTED = {
  html: `<p class="konteks-injected">Russian Foreign Minister Sergey <b>Lavrov</b> met <a href="#w">Wang Yi</a>; President Xi Jinping
    spoke with Vladi&shy;mir Putin. China has been Russia&#8217;s largest trading partner for 11 consecutive years, and bilateral trade
    exceeded <span>$107 billion</span> last year, as the Treaty of Good-Neighborliness and Friendly Cooperation turns 20.</p>
    <div class="konteks-injected"><span>拉夫罗夫与王毅会谈。</span>Zhao Lijian and Li Yonghui spoke.</div>`,
  expected: {
    person: ['Sergey Lavrov', 'Wang Yi', 'Xi Jinping', 'Vladimir Putin', '拉夫罗夫', '王毅', 'Zhao Lijian', 'Li Yonghui'],
    treaty: ['Treaty of Good-Neighborliness and Friendly Cooperation'],
    figure: ['11 consecutive years', '$107 billion'],
  },
};

/** The page with the injected block after the first paragraph of its body (or at the start of <body>). */
export function inject(html: string): string {
  const body = /<body\b[^>]*>/i.exec(html);
  const from = body ? body.index + body[0].length : 0;
  // The first </p> of the body that is not inside a comment, <noscript>, <template>, <iframe> or <textarea> (never shown as text).
  const re = /<!--[\s\S]*?-->|<noscript\b[\s\S]*?<\/noscript\s*>|<template\b[\s\S]*?<\/template\s*>|<iframe\b[\s\S]*?<\/iframe\s*>|<textarea\b[\s\S]*?<\/textarea\s*>|<\/p\s*>/gi;
  re.lastIndex = from;
  let at = from;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!/^<\/p/i.test(m[0])) continue;
    at = m.index + m[0].length;
    break;
  }
  return html.slice(0, at) + INJECTED.html + html.slice(at);
}

export function readCorpusPage(dir: string, name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8');
}
