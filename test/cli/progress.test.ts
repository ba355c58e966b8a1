import { afterEach, describe, expect, it, vi } from "vitest";
import { startProgress } from "../../src/cli/progress.js";

function sink() {
  const writes: string[] = [];
  return { writes, stderr: { write: (chunk: string) => writes.push(chunk) } };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("startProgress", () => {
  it("draws MB, MB/s, percent and time left, at most every 250 ms", () => {
    let now = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const { writes, stderr } = sink();
    const progress = startProgress(stderr, 10_000_000);
    now += 2000;
    progress.update(5_000_000);
    expect(writes).toEqual(["\r5.0 MB  2.5 MB/s  50%  2 s left   "]);
    now += 100;
    progress.update(5_200_000);
    expect(writes).toHaveLength(1);
    now += 150;
    progress.update(5_400_000);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/^\r5\.4 MB {2}2\.4 MB\/s {2}54% {2}2 s left {3}$/);
  });

  it("done draws the last state and ends the line", () => {
    let now = 0;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const { writes, stderr } = sink();
    const progress = startProgress(stderr, 4_000_000);
    now = 1000;
    progress.done(4_000_000);
    expect(writes).toEqual(["\r4.0 MB  4.0 MB/s  100%  0 s left   ", "\n"]);
  });

  it("an empty input is 100% done, and nothing read yet leaves no time estimate", () => {
    let now = 0;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const empty = sink();
    startProgress(empty.stderr, 0).done(0);
    expect(empty.writes[0]).toBe("\r0.0 MB  0.0 MB/s  100%  0 s left   ");
    const waiting = sink();
    now = 500;
    startProgress(waiting.stderr, 1_000_000).done(0);
    expect(waiting.writes[0]).toBe("\r0.0 MB  0.0 MB/s  0%  0 s left   ");
  });
});
