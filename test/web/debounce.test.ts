import { describe, expect, it } from "vitest";
import { debounce, type Timers } from "../../src/web/debounce.js";

// A hand-driven clock: the test says when time passes, nothing reads a real one.
function fakeTimers() {
  let next = 0;
  const pending = new Map<number, { run: () => void; ms: number }>();
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(++next, { run, ms });
      return next;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  const fire = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const timer of due) timer.run();
  };
  return { timers, pending, fire };
}

describe("debounce", () => {
  it("runs once after a burst of calls, with the delay asked for", () => {
    const { timers, pending, fire } = fakeTimers();
    let runs = 0;
    const later = debounce(() => runs++, 150, timers);
    later();
    later();
    later();
    expect(pending.size).toBe(1);
    expect([...pending.values()][0]!.ms).toBe(150);
    expect(runs).toBe(0);
    fire();
    expect(runs).toBe(1);
    later();
    fire();
    expect(runs).toBe(2);
  });

  it("uses the platform's timers by default (its example)", async () => {
    let runs = 0;
    const later = debounce(() => runs++, 0);
    later();
    later();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(runs).toBe(1);
  });
});
