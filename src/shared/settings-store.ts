/** Settings in extension storage: storage.sync where it works, storage.local otherwise. */
import browser from './browser.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

type Area = typeof browser.storage.sync;

/**
 * The area, probed once per page. Probing again before each save put a round trip between a
 * click and the write: a popup closed meanwhile never wrote the change (seen in Firefox).
 */
let chosen: Promise<Area> | null = null;
function area(): Promise<Area> {
  return (chosen ??= (async () => {
    try {
      await browser.storage.sync.get(SETTINGS_KEY);
      return browser.storage.sync;
    } catch {
      return browser.storage.local; // sync disabled or unavailable (e.g. temporary add-on)
    }
  })());
}

export async function loadSettings(): Promise<Settings> {
  try {
    const a = await area();
    const got = await a.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(s: Settings): Promise<void> {
  const a = await area();
  await a.set({ [SETTINGS_KEY]: parseSettings(s) });
}

/** Calls back with the new settings whenever they change, in any area. Returns an unsubscribe. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const c = changes[SETTINGS_KEY];
    if (c) fn(parseSettings(c.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
