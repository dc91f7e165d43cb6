/** The README is for a newcomer: short, and every file it links to exists. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { README } from '../../scripts/coverage.ts';

const text = fs.readFileSync(README, 'utf8');

describe('the README', () => {
  it('stays under 10 KB (figures and test tables live in docs/)', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(10 * 1024);
  });

  it('links only to files that exist', () => {
    const links = [...text.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(5);
    for (const l of links) expect(fs.existsSync(path.resolve(path.dirname(README), l)), l).toBe(true);
  });

  it('gives the two commands', () => {
    expect(text).toContain('npm ci && npm start');
    expect(text).toContain('npm test');
  });
});
