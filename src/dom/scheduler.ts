/**
 * Cooperative time slicing: work runs in slices of a few milliseconds and yields to the
 * page between them, so Konteks never causes a long task. The clock and the yield are
 * injected, so tests can drive it without real time.
 */

export interface Slicer {
  /** True when the current slice has used its budget. */
  shouldYield(): boolean;
  /** Ends the slice: resolves once the page has had the main thread. */
  yield(): Promise<void>;
}

export interface SlicerOptions {
  budgetMs?: number;
  now?: () => number;
  wait?: () => Promise<void>;
}

/** Yield through a macrotask: input events and rendering get their turn. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    // MessageChannel is not clamped like nested setTimeout(0); fall back if unavailable.
    try {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(0);
    } catch {
      setTimeout(resolve, 0);
    }
  });
}

export function createSlicer({ budgetMs = 5, now = () => performance.now(), wait = macrotask }: SlicerOptions = {}): Slicer {
  let sliceStart = now();
  return {
    shouldYield: () => now() - sliceStart >= budgetMs,
    yield: async () => {
      await wait();
      sliceStart = now();
    },
  };
}
