/**
 * The real-page corpus for the tests that read it: only where KONTEKS_CORPUS names it
 * (`.ci/run` sets it to ../shared/corpus/pages). Without it those tests are skipped, and
 * say so in the test output rather than passing in silence.
 */
import fs from 'node:fs';

export function corpusForTests(what: string): string | null {
  const dir = process.env['KONTEKS_CORPUS'];
  if (dir && fs.existsSync(dir)) return dir;
  console.warn(
    `skipped: ${what}: ${dir ? `KONTEKS_CORPUS=${dir} does not exist` : 'KONTEKS_CORPUS is not set'}. ` +
      'Run with KONTEKS_CORPUS=../shared/corpus/pages (as .ci/run does) to include it.',
  );
  return null;
}
