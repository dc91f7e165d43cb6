/**
 * `npm start [-- --firefox] [--headless]`: builds Konteks, serves the bundled demo news
 * page on 127.0.0.1 and opens the system's Chromium (or Firefox) with the extension
 * loaded. Headless (or with no display) it hovers the second marked name (the first when
 * there is only one), saves a screenshot of the card and prints the name and the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildBrowser } from './build.ts';
import { launch, LIVE_RANGE, RESULTS, type BrowserName } from './browsers.ts';
import { startServer } from './serve.ts';

const args = process.argv.slice(2);
const name: BrowserName = args.includes('--firefox') ? 'firefox' : 'chromium';
const headless = args.includes('--headless') || !process.env['DISPLAY'];

process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
await buildBrowser(name === 'chromium' ? 'chrome' : 'firefox');
const demo = fs.readFileSync(path.resolve(import.meta.dirname, '../assets/demo/news.html'), 'utf8');
const server = await startServer({ '/': demo });
const browser = await launch(name, { headless });
const page = await browser.newPage();
await page.goto(server.url('/'));
console.log(`Konteks is loaded in ${name}; demo page: ${server.url('/')}`);

if (headless) {
  await page.waitFor(`CSS.highlights.get('konteks-person')?.size > 0`);
  const at = await page.evaluate<{ x: number; y: number; text: string }>(`(() => {
    const s = [...CSS.highlights.get('konteks-person')][1] ?? [...CSS.highlights.get('konteks-person')][0];
    const r = ${LIVE_RANGE}(s); // our highlights hold StaticRanges: a live Range for its boxes
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: r.toString() };
  })()`);
  await page.mouseMove(at.x - 2, at.y);
  await page.mouseMove(at.x, at.y);
  await page.waitFor(`(() => { const d = document.querySelector('konteks-card')?.shadowRoot?.querySelector('[role="dialog"]'); return d && getComputedStyle(d).opacity === '1'; })()`);
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = await page.screenshot(`start-${name}.png`);
  console.log(`Hovered "${at.text}"; the card: ${file}`);
  await browser.close();
  await server.close();
} else {
  console.log('Hover a name to see its card. Close the browser to stop.');
  await browser.closed;
  await server.close();
}
