/// <reference types="vitest/config" />
/**
 * One config, two targets: `vite build --mode chrome|firefox` writes dist/<browser>/.
 * The manifest is manifest.json with the per-browser differences applied here.
 * Tests (vitest) use the same dataset plugin, so they see what the build ships.
 */
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './scripts/vite-dataset-plugin.ts';
import { manifestFor, type Browser } from './scripts/manifest.ts';
import { DIST_ROOT } from './scripts/build-paths.ts';

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    publicDir: 'assets/static',
    plugins: [
      datasetPlugin(),
      preact(),
      ...(mode === 'test' ? [] : [crx({
        manifest: manifestFor(baseManifest, browser) as unknown as ManifestV3Export,
        browser,
        // One self-contained classic script: no loader, no web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      })]),
    ],
    build: {
      // Extension pages not reachable from the manifest.
      rollupOptions: { input: { reader: 'src/reader/index.html' } },
      outDir: `${DIST_ROOT}/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      sourcemap: false,
    },
    test: {
      // Bundle preact through Vite in tests too, so preact/hooks gets the same (aliased) preact;
      // and the generated dataset modules, which import TypeScript from src/.
      server: { deps: { inline: [/preact/, /\.konteks/] } },
      projects: [
        // Generous timeouts here too: some tests run the CLI in a child process (5–7 s each
        // while browsers ran beside them on this 2-core machine, past vitest's 5 s default).
        { extends: true, test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/e2e/**'], environment: 'node', testTimeout: 60_000 } },
        {
          extends: true,
          // Real browsers: one file at a time, generous timeouts (the machine is shared).
          test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 },
        },
      ],
    },
  };
});
