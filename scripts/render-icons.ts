/** Renders assets/icons/konteks.svg to the PNG sizes the manifest lists. Run: npm run icons. */
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const root = path.resolve(import.meta.dirname, '..');

export function renderIcon(size: number): Buffer {
  const svg = fs.readFileSync(path.join(root, 'assets/icons/konteks.svg'));
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export function iconPath(size: number): string {
  return path.join(root, `assets/static/icons/icon-${size}.png`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of ICON_SIZES) fs.writeFileSync(iconPath(size), renderIcon(size));
  console.log(`wrote ${ICON_SIZES.length} icons`);
}
