/** Per-browser manifest differences, applied to the one manifest.json at build time. */

export type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'konteks@konteks.invalid';

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; type?: string } };

export function manifestFor(base: Manifest, browser: Browser): Manifest {
  const m: Manifest = structuredClone(base);
  if (browser === 'firefox') {
    const worker = m.background?.service_worker;
    if (!worker) throw new Error('manifest.json: background.service_worker is missing');
    m.background = { scripts: [worker], type: 'module' } as Manifest['background'];
    delete m['minimum_chrome_version'];
    m['browser_specific_settings'] = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return m;
}
