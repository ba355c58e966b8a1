import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import { expectPairs, REFERENCE } from "../../check/fixtures.js";

// The order of a numeric date's day and month that the text leaves open ("5/12/2026"): the text's
// own day-first dates with a month's name, or the holiday beside it, settle it; else month first.

const isoOf = (text: string): string[] =>
  checkDocument(text, { reference: REFERENCE }).dates.map((date) => date.iso ?? "");

describe("numeric-order", () => {
  it("reads day first where the text writes its days before a month's name", () => {
    expect(isoOf("El 10 de Tevet es ayuno. Nos vemos el 5/12/2026.")).toContain("2026-12-05");
    expect(isoOf("Il 2 dicembre si accende. Ci vediamo il 5/12/2026.")).toContain("2026-12-05");
  });

  it("reads month first with no such date", () => {
    expect(isoOf("Nos vemos el 5/12/2026.")).toEqual(["2026-05-12"]);
  });

  it("takes the reading nearer the holiday it is paired with, either order", () => {
    expectPairs("Janucá: 4/12/2026", "consistent", [
      { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
    ]);
    expectPairs("Hanukkah: 12/4/2026", "consistent", [
      { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
    ]);
  });
});
