/** The two timer functions a debounce needs (the page passes the window's; tests pass fakes). */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const GLOBAL_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A function that runs `run` once, `ms` after the last of a burst of calls (typing re-reads the
 * page once a pause, not at every key).
 * @example const later = debounce(() => render(), 150); later(); later(); // render runs once
 */
export function debounce(run: () => void, ms: number, timers: Timers = GLOBAL_TIMERS): () => void {
  let pending: unknown;
  return () => {
    if (pending !== undefined) timers.clear(pending);
    pending = timers.set(() => {
      pending = undefined;
      run();
    }, ms);
  };
}
