import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/web/readPage.js";

const ROOT = join(import.meta.dirname, "../..");
const page = (name: string) => readFileSync(join(ROOT, name), "utf8");
const REFERENCE = { reference: "2026-12-01" };

describe("readPage", () => {
  it("its example", () => {
    expect(readPage("Sunday, July 22nd | 10 Av 5778").badges[0]!.words.words).toBe("match");
  });

  it("the seed page: a pair, its badge after the later date, and a timestamp", () => {
    const text = page("examples/seed-page.txt");
    const view = readPage(text, REFERENCE);
    expect(view.report.verdict).toBe("consistent");
    expect(view.marks.map((mark) => [mark.text, mark.role, mark.pair, mark.tone])).toEqual([
      ["Sunday, July 22nd", "pair", 0, "ok"],
      ["10 Av 5778", "pair", 0, "ok"],
      ["December 13, 2015 2:27 pm", "timestamp", undefined, "neutral"],
    ]);
    expect(view.badges).toEqual([
      { pair: 0, at: text.indexOf("5778") + 4, words: expect.objectContaining({ words: "match" }) },
    ]);
    expect(view.marks[0]!.label).toBe("Gregorian date of pair 1: match");
    expect(view.marks[2]!.label).toBe("Timestamp, 952 days before the page's date");
    const facts = Object.fromEntries(view.marks[2]!.facts.map((fact) => [fact.label, fact.value]));
    expect(facts.Timestamp).toBe("14:27 on 2015-12-13, 952 days before the page's date");
    expect(facts.Hebrew).toBe("1 Tevet 5776");
    expect(view.marks[1]!.facts.map((fact) => fact.label)).toContain("Pair 1");
  });

  it("a wrong weekday marks its date and says why", () => {
    const view = readPage(page("examples/pages/wrong-weekday.txt"), REFERENCE);
    expect(view.report.verdict).toBe("inconsistent");
    const [gregorian, hebrew] = view.marks;
    expect(gregorian).toMatchObject({ text: "Wednesday, June 6, 2019", tone: "wrong", pair: 0 });
    expect(hebrew!.tone).toBe("wrong");
    expect(gregorian!.facts.map((fact) => fact.label)).toContain("A weekday is not the weekday of its date");
    expect(view.badges[0]!.words.tone).toBe("wrong");
  });

  it("a lone date with a wrong weekday says so in its label", () => {
    const view = readPage("The meeting is on Monday, July 22, 2018.", REFERENCE);
    expect(view.report.findings.map((f) => f.code)).toEqual(["weekday-mismatch"]);
    expect(view.marks[0]).toMatchObject({ role: "date", tone: "wrong" });
    expect(view.marks[0]!.label).toBe("Gregorian date: A weekday is not the weekday of its date");
  });

  it("a date that names no real day is a problem mark", () => {
    const view = readPage("Written on 30 Cheshvan 5778.", REFERENCE);
    expect(view.marks[0]).toMatchObject({ role: "problem", tone: "wrong" });
    expect(view.marks[0]!.label).toMatch(/^Hebrew date that names no real day/);
  });

  it("a timestamp with no page date to compare with says so", () => {
    const view = readPage("Posted December 13, 2015 2:27 pm", REFERENCE);
    expect(view.marks[0]!.label).toBe("Timestamp, no page date to compare with");
  });

  it("a timestamp after the page's date says it is after", () => {
    const view = readPage("Sunday, July 22nd | 10 Av 5778\n\nJuly 30, 2018 2:27 pm", REFERENCE);
    expect(view.marks[2]!.label).toMatch(/^Timestamp, 8 days after the page's date/);
    expect(view.marks[2]!.tone).toBe("wrong");
  });

  it("a Hebrew-script page: the pair is found from either side", () => {
    const view = readPage(page("examples/pages/hebrew-script-masthead.txt"), REFERENCE);
    expect(view.report.verdict).toBe("consistent");
    expect(view.marks[0]).toMatchObject({ calendar: "hebrew", role: "pair", pair: 0, tone: "ok" });
    expect(view.marks[0]!.label).toBe("Hebrew date of pair 1: match");
  });

  it("reads today's page when no reference is given", () => {
    expect(readPage("10 Av 5778").report.verdict).toBe("unchecked");
  });
});
