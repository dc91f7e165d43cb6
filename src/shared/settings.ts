/**
 * User settings: the model, defaults and a parser that never fails (a corrupt or
 * missing stored value falls back to its default, field by field).
 */
import { isLangTag, type Kind, type Lang } from '../core/dataset.ts';
import { refusalKey, type Refusal } from '../core/mark-filter.ts';

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
  /** Mark only the first mention of each entity on a page. */
  firstMentionOnly: boolean;
  /** Mentions the reader said are not ours ("Not this person"), per site and surface. */
  refusals: Refusal[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  kinds: { person: true, treaty: true, figure: true },
  hoverDelayMs: 400,
  readingLang: null,
  highlightStyle: 'underline',
  firstMentionOnly: false,
  refusals: [],
});

const MAX_REFUSALS = 1000;

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
    firstMentionOnly: bool(r['firstMentionOnly'], false),
    refusals: parseRefusals(r['refusals']),
  };
}

function parseRefusals(raw: unknown): Refusal[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Refusal[] = [];
  for (const x of raw) {
    const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const { site, entity, surface } = r;
    if (typeof site !== 'string' || !HOST.test(site) || typeof entity !== 'string' || !/^[\w./-]{1,100}$/.test(entity)) continue;
    if (typeof surface !== 'string' || surface.trim() === '' || surface.length > 256) continue;
    const key = `${site}\n${refusalKey(entity, surface)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ site, entity, surface });
    if (out.length === MAX_REFUSALS) break;
  }
  return out;
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

/** Adds ("not this") or removes (undo) a refusal; the newest first. */
export function withRefusal(settings: Settings, refusal: Refusal, refused: boolean): Settings {
  const r = { ...refusal, site: refusal.site.toLowerCase() };
  const key = refusalKey(r.entity, r.surface);
  const rest = settings.refusals.filter((x) => !(x.site === r.site && refusalKey(x.entity, x.surface) === key));
  return { ...settings, refusals: refused ? [r, ...rest].slice(0, MAX_REFUSALS) : rest };
}
