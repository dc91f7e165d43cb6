/**
 * Light or dark card from the page's own colours: a dark card on a light page (or the
 * reverse) is jarring. Pure: takes the computed background colours around a mention,
 * innermost first, and answers from the first one that is (nearly) opaque; null when none
 * is, and the browser's preference decides.
 */
export type CardTheme = 'light' | 'dark';

const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/;

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour, or null when transparent or unreadable. */
export function luminance(colour: string): number | null {
  const m = RGB.exec(colour.trim());
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (!(a >= 0.5)) return null;
  const lin = (v: string) => {
    const c = Math.min(255, parseFloat(v)) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

export function themeFromBackgrounds(colours: Iterable<string>): CardTheme | null {
  for (const c of colours) {
    const l = luminance(c);
    // 0.18: about where white text and black text contrast equally with the background.
    if (l !== null) return l < 0.18 ? 'dark' : 'light';
  }
  return null;
}
