/**
 * Where a build reads its articles and writes its output. By default the repository's own
 * (assets/articles, dist/). Two variables point a build elsewhere, for the e2e test that
 * proves two stories work with a fixture article that is never shipped:
 * - KONTEKS_ARTICLES: the folder of article files;
 * - KONTEKS_DIST: the output folder (dist/<browser> and the zips go there, and the generated
 *   dataset modules under its .generated/, so that build never overwrites the default one's
 *   modules, which unit tests running beside it read).
 */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const env = (name: string): string | undefined => process.env[name] || undefined;

export const ARTICLES_DIR = path.resolve(env('KONTEKS_ARTICLES') ?? path.join(ROOT, 'assets/articles'));
export const LANGUAGES_DIR = path.join(ROOT, 'assets/languages');
export const DIST_ROOT = path.resolve(env('KONTEKS_DIST') ?? path.join(ROOT, 'dist'));
export const GENERATED_DIR = env('KONTEKS_DIST') ? path.join(DIST_ROOT, '.generated') : path.join(ROOT, 'node_modules/.konteks');
