import type { PageScanner } from '../../src/dom/page-scanner.ts';

/** Waits until mutation records have been delivered and the scanner has done all its work (no fixed sleep: CI machines are slow). */
export async function settled(scanner: PageScanner): Promise<void> {
  const tick = () => new Promise((r) => setTimeout(r, 10));
  await tick();
  await tick();
  for (let i = 0; i < 500 && !scanner.quiet; i++) {
    await scanner.idle();
    await tick();
  }
}
