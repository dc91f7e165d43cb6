import { describe, expect, it } from 'vitest';
import { luminance, themeFromBackgrounds } from '../../src/ui/card-theme.ts';

describe('the card follows the page colours', () => {
  it.each([
    [['rgb(255, 255, 255)'], 'light'],
    [['rgb(18, 18, 18)'], 'dark'],
    [['rgba(0, 0, 0, 0)', 'rgb(32, 33, 36)'], 'dark'], // transparent paragraph on a dark body
    [['rgba(0, 0, 0, 0.1)', 'rgb(250, 250, 250)'], 'light'], // a faint tint is not the background
    [['rgb(0 0 0 / 0%)', 'rgb(13 17 23)'], 'dark'], // the space-separated form
    [['rgb(30, 90, 200)'], 'dark'],
    [['rgb(255, 220, 120)'], 'light'],
  ] as const)('%j → %s', (colours, theme) => expect(themeFromBackgrounds(colours)).toBe(theme));

  it('has no answer when everything is transparent or unreadable: the browser decides', () => {
    expect(themeFromBackgrounds(['rgba(0, 0, 0, 0)', 'transparent', 'color(display-p3 1 1 1)', ''])).toBeNull();
    expect(themeFromBackgrounds([])).toBeNull();
  });

  it('computes WCAG luminance', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgb(128, 128, 128)')).toBeCloseTo(0.2159, 3);
  });
});
