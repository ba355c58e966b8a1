import { afterEach, describe, expect, it, vi } from "vitest";
import { readTextInput } from "../../src/convert/readTextInput.js";

describe("readTextInput", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads the string as convertDate does", () => {
    expect(readTextInput("10 Av 5778", {})).toMatchObject({ dayNumber: 736_897, warnings: [], inferred: [] });
  });

  it("takes today from the clock once per task, and again in the next", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2018-07-18T12:00:00Z"));
    const first = readTextInput("22 July", {});
    expect(first.described.date.year).toBe(2018);
    // The same task: the day already taken stands.
    vi.setSystemTime(new Date("2030-07-18T12:00:00Z"));
    expect(readTextInput("22 July", {}).described.date.year).toBe(2018);
    // The next task reads the clock again.
    await Promise.resolve();
    expect(readTextInput("22 July", {}).described.date.year).toBe(2030);
  });
});
