/**
 * User settings: the model, defaults and a parser that never fails (a corrupt or
 * missing stored value falls back to its default, field by field).
 */
import { isLangTag, type Kind, type Lang } from '../core/dataset.ts';

export interface Settings {
  /** Off everywhere when false. */
  enabled: boolean;
  /** Hostnames where Konteks is off. */
  disabledSites: string[];
  kinds: Record<Kind, boolean>;
  /** Pointer rest before a card shows (ms). */
  hoverDelayMs: number;
  /**
   * The language the reader last chose for the story (cards, popup, reader): the original's
   * or one of our translations'. Null: the browser's language decides (reading-language.ts).
   */
  readingLang: Lang | null;
  highlightStyle: 'underline' | 'background';
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  kinds: { person: true, treaty: true, figure: true },
  hoverDelayMs: 400,
  readingLang: null,
  highlightStyle: 'underline',
});

export const SETTINGS_KEY = 'konteks.settings';

const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/;

export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const kinds = (typeof r['kinds'] === 'object' && r['kinds'] !== null ? r['kinds'] : {}) as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const delay = r['hoverDelayMs'];
  return {
    enabled: bool(r['enabled'], DEFAULT_SETTINGS.enabled),
    disabledSites: Array.isArray(r['disabledSites'])
      ? [...new Set(r['disabledSites'].filter((s): s is string => typeof s === 'string' && HOST.test(s)))].slice(0, 1000)
      : [],
    kinds: {
      person: bool(kinds['person'], true),
      treaty: bool(kinds['treaty'], true),
      figure: bool(kinds['figure'], true),
    },
    hoverDelayMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(2000, Math.max(100, Math.round(delay))) : DEFAULT_SETTINGS.hoverDelayMs,
    // Before the reader's language decided, `articleLang` held 'id' (the default, never a
    // choice made) or 'en' (chosen): only the choice carries over.
    readingLang: isLangTag(r['readingLang']) ? r['readingLang'] : r['articleLang'] === 'en' ? 'en' : null,
    highlightStyle: r['highlightStyle'] === 'background' ? 'background' : 'underline',
  };
}

/** Is Konteks on for this hostname? */
export function isOnFor(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

/** Adds or removes a hostname from the sites where Konteks is off. */
export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const host = hostname.toLowerCase();
  const rest = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: on ? rest : [...rest, host] };
}
