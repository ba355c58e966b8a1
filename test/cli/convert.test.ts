import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function cli(argv: string[]) {
  const { io, out } = fakeIo();
  const code = await run(argv, io);
  return { code, ...out };
}

/** The calendar day it is now in a zone, and a minute ago (a run may cross midnight). */
function todayIn(timeZone: string): string[] {
  const day = (instant: Date) => instant.toLocaleDateString("en-CA", { timeZone });
  return [day(new Date()), day(new Date(Date.now() - 60_000))];
}

const realResolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;

/** Makes the host report `timeZone` as its own zone. */
function hostZone(timeZone: string): void {
  vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...realResolvedOptions.call(this), timeZone };
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("hdate with no date, or today", () => {
  // Kiritimati is UTC+14 and Pago Pago UTC−11: for all but one hour of every day their dates differ.
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago"])("is today in the host's zone (%s)", async (zone) => {
    hostZone(zone);
    for (const argv of [["--json"], ["--json", "today"], ["--json", "Today"]]) {
      const { code, stdout } = await cli(argv);
      expect(code).toBe(0);
      expect(todayIn(zone)).toContain(JSON.parse(stdout).gregorian.iso);
    }
  });

  it.each([
    ["tomorrow", 1],
    ["Yesterday", -1],
    ["מחר", 1],
    ["אתמול", -1],
  ] as const)("%s is a day from today in the host's zone", async (word, offset) => {
    hostZone("Pacific/Kiritimati");
    const { code, stdout } = await cli(["--json", word]);
    expect(code).toBe(0);
    const shifted = todayIn("Pacific/Kiritimati").map((iso) => {
      const day = new Date(`${iso}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + offset);
      return day.toISOString().slice(0, 10);
    });
    expect(shifted).toContain(JSON.parse(stdout).gregorian.iso);
  });

  it("is today in UTC when the host reports no zone", async () => {
    hostZone("");
    const { code, stdout } = await cli(["--json"]);
    expect(code).toBe(0);
    expect(todayIn("UTC")).toContain(JSON.parse(stdout).gregorian.iso);
  });

  it("--time-zone wins over the host's zone", async () => {
    hostZone("Pacific/Kiritimati");
    const { stdout } = await cli(["--json", "-z", "Pacific/Pago_Pago"]);
    expect(todayIn("Pacific/Pago_Pago")).toContain(JSON.parse(stdout).gregorian.iso);
  });
});
