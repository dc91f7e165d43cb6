/**
 * Which of a page's mentions are shown: the kinds the reader wants, mentions the reader said
 * are not ours ("Not this person", per site and surface) left out, and, when asked, only
 * the first mention of each entity (less clutter on a long page).
 */
import type { Kind } from './dataset.ts';
import { foldText } from './fold.ts';

export interface Refusal {
  site: string;
  entity: string;
  /** The mention as the page wrote it. */
  surface: string;
}

/** The key a refusal and a mention share: the same entity, the same surface once folded. */
export const refusalKey = (entity: string, surface: string): string => `${entity}\n${foldText(surface)}`;

/** The refusals for one site, as keys. */
export function refusalsFor(refusals: readonly Refusal[], site: string): Set<string> {
  const host = site.toLowerCase();
  return new Set(refusals.filter((r) => r.site === host).map((r) => refusalKey(r.entity, r.surface)));
}

export function shownMarks<T extends { entity: string; kind: Kind }>(
  all: readonly T[],
  surfaceOf: (m: T) => string,
  opts: { kinds: Readonly<Record<Kind, boolean>>; firstOnly: boolean; refused: ReadonlySet<string> },
): T[] {
  const seen = new Set<string>();
  return all.filter((m) => {
    if (!opts.kinds[m.kind]) return false;
    if (opts.refused.size > 0 && opts.refused.has(refusalKey(m.entity, surfaceOf(m)))) return false;
    if (!opts.firstOnly) return true;
    if (seen.has(m.entity)) return false;
    seen.add(m.entity);
    return true;
  });
}
