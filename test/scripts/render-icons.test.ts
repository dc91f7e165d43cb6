import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath, renderIcon } from '../../scripts/render-icons.ts';

describe('icons', () => {
  it.each(ICON_SIZES)('icon-%d.png is the SVG rendered at that size (run npm run icons if not)', (size) => {
    const png = fs.readFileSync(iconPath(size));
    expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    expect(png.equals(renderIcon(size))).toBe(true);
  });
});
