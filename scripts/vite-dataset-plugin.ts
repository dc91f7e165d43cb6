/**
 * Vite plugin: validates assets/articles/*.json and compiles them into two generated
 * modules, reachable through aliases (aliases also reach crxjs' separate IIFE build of
 * the content script, which runs without our plugins):
 * - `virtual:konteks/matcher`: the compiled matcher (content script, background);
 * - `virtual:konteks/articles`: the articles themselves (cards, popup, reader).
 * A bad article file fails the build with the file, field and fault.
 */
import type { Plugin } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { compileMatcher } from '../src/core/compile.ts';
import type { CompiledMatcher } from '../src/core/matcher.ts';
import { ARTICLES_DIR, LANGUAGES_DIR, loadDataset } from './dataset.ts';
import { GENERATED_DIR } from './build-paths.ts';

const AUTOMATON_MODULE = path.resolve(import.meta.dirname, '../src/core/automaton.ts');
const OUT_DIR = GENERATED_DIR;

/** JSON.parse of a string literal parses faster than the same object as JS source. */
const asModule = (value: unknown): string => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/**
 * The matcher's module. The automaton's `edgeStart` is stored as differences (most states
 * have 0 or 1 edges) and summed back on load: 1,614 bytes gzip as offsets, 180 as
 * differences, for about a thousand additions in the content script. Its `edgeChar` is
 * stored as a string (a Cyrillic or Han letter is 2-3 bytes, its code as a number 4-6):
 * 3,348 bytes gzip as numbers, fewer as text. Its failure and dictionary links are not
 * stored (3,123 bytes gzip at 30 languages): one `step` per state rebuilds them on first use.
 * Nor are `out`, `patternLength` and `alphabet`: the states where a pattern ends (as
 * differences) say them all, patterns being numbered in that order (1,192 + 383 + 746
 * bytes gzip stored, about 400 as output states).
 */
export function matcherModule(m: CompiledMatcher): string {
  const a = m.automaton;
  const starts = Array.from(a.edgeStart);
  let chars = '';
  for (let i = 0; i < a.edgeChar.length; i++) chars += String.fromCharCode(a.edgeChar[i]!);
  const outStates: number[] = [];
  for (let s = 0; s < a.out.length; s++) {
    if (a.out[s] === -1) continue;
    if (a.out[s] !== outStates.length) throw new Error('matcher: patterns are not numbered in the order of their states');
    outStates.push(s);
  }
  const deltas = (xs: number[]) => xs.map((x, i) => x - (i > 0 ? xs[i - 1]! : 0));
  const { fail: _f, outLink: _o, out: _out, patternLength: _p, alphabet: _a, ...trie } = a;
  const stored = { ...m, automaton: { ...trie, edgeStart: deltas(starts), edgeChar: chars, outStates: deltas(outStates) } };
  return `import { failureLinks, unpackOutputs } from ${JSON.stringify(AUTOMATON_MODULE)};
const m = JSON.parse(${JSON.stringify(JSON.stringify(stored))});
{
  const a = m.automaton;
  for (const d of [a.edgeStart, a.outStates]) for (let i = 1; i < d.length; i++) d[i] += d[i - 1];
  const s = a.edgeChar;
  const c = new Array(s.length);
  for (let i = 0; i < s.length; i++) c[i] = s.charCodeAt(i);
  a.edgeChar = c;
  Object.assign(a, unpackOutputs(a.edgeStart, c, a.outStates));
  delete a.outStates;
  // The failure links on first use: a page the prefilter turns away never needs them.
  const links = () => {
    const l = failureLinks(a.edgeStart, a.edgeChar, a.out);
    Object.defineProperty(a, 'fail', { value: l.fail, enumerable: true });
    Object.defineProperty(a, 'outLink', { value: l.outLink, enumerable: true });
    return l;
  };
  Object.defineProperty(a, 'fail', { get: () => links().fail, enumerable: true, configurable: true });
  Object.defineProperty(a, 'outLink', { get: () => links().outLink, enumerable: true, configurable: true });
}
export default m;
`;
}

/** Writes the generated modules; returns their paths. Throws DatasetError on a bad file. */
export function generateDatasetModules(dir = ARTICLES_DIR, languagesDir = LANGUAGES_DIR): { matcher: string; articles: string } {
  const { articles, languages } = loadDataset(dir, languagesDir);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const files = { matcher: path.join(OUT_DIR, 'matcher.js'), articles: path.join(OUT_DIR, 'articles.js') };
  fs.writeFileSync(files.matcher, matcherModule(compileMatcher(articles, languages)));
  fs.writeFileSync(files.articles, asModule(articles));
  return files;
}

/**
 * Preact with its one `innerHTML` assignment (the dangerouslySetInnerHTML branch, which
 * Konteks never uses) made inert: no code path of ours can write HTML, and store linters
 * have nothing to flag. Written next to the dataset modules and reached by alias.
 */
export function patchedPreact(): string {
  const src = fs.readFileSync(path.resolve(import.meta.dirname, '../node_modules/preact/dist/preact.mjs'), 'utf8');
  const patched = src.replace(/\/\/# sourceMappingURL=.*$/m, '').replace(/\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g, '($1.textContent="")');
  if (/\.innerHTML\s*=/.test(patched)) throw new Error('preact: an innerHTML assignment is left after patching; update scripts/vite-dataset-plugin.ts');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, 'preact.mjs');
  fs.writeFileSync(file, patched);
  return file;
}

export function datasetPlugin(dir = ARTICLES_DIR): Plugin {
  return {
    name: 'konteks-dataset',
    enforce: 'pre',
    config() {
      const files = generateDatasetModules(dir);
      return {
        resolve: {
          alias: [
            { find: /^virtual:konteks\/matcher$/, replacement: files.matcher },
            { find: /^virtual:konteks\/articles$/, replacement: files.articles },
            { find: /^preact$/, replacement: patchedPreact() },
          ],
        },
      };
    },
  };
}
