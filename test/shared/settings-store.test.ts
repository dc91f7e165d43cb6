import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/shared/settings.ts';

/** A storage area whose reads answer on a later task, as the browser's do. */
function fakeArea(fail = false) {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: vi.fn((key: string) => new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error('no sync')) : resolve({ [key]: data[key] })), 0))),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, items)),
  };
}

let sync = fakeArea();
let local = fakeArea();
vi.mock('webextension-polyfill', () => ({ default: { storage: { get sync() { return sync; }, get local() { return local; }, onChanged: { addListener() {}, removeListener() {} } } } }));

describe('settings store', () => {
  beforeEach(async () => {
    // Work a test left running (a failed one) settles on its own fakes first.
    await new Promise((r) => setTimeout(r, 10));
    vi.resetModules(); // a fresh page: the area is probed once per page
  });

  it('writes a change at once, with no second probe of the area between the click and the write', async () => {
    sync = fakeArea();
    local = fakeArea();
    const store = await import('../../src/shared/settings-store.ts');
    await store.loadSettings();
    expect(sync.get).toHaveBeenCalledTimes(2); // the probe, then the read
    const saved = store.saveSettings({ ...DEFAULT_SETTINGS, readingLang: 'en' });
    // Microtasks only: a popup closed by the next task must not lose the write.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(sync.set).toHaveBeenCalledTimes(1);
    expect(sync.get).toHaveBeenCalledTimes(2);
    expect((sync.data[SETTINGS_KEY] as { readingLang: string }).readingLang).toBe('en');
    await saved;
  });

  it('falls back to local storage where sync is unavailable, for reads and writes', async () => {
    sync = fakeArea(true);
    local = fakeArea();
    const store = await import('../../src/shared/settings-store.ts');
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    await store.saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(sync.set).not.toHaveBeenCalled();
    expect((local.data[SETTINGS_KEY] as { enabled: boolean }).enabled).toBe(false);
  });
});
