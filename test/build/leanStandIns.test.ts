import { describe, expect, it } from "vitest";
import { LEAN_NOTE, unreadNote } from "../../build/leanUnreadNote.js";
import { hungarianMonthFirstExtractor as standIn } from "../../build/noOtherLanguages.js";
import { hungarianMonthFirstExtractor } from "../../src/read/extractors/hungarianMonthFirst.js";
import { unreadNote as fullNote } from "../../src/read/unreadNote.js";

// The lean browser build's stand-ins (tsup.config.ts, englishHebrewOnly); test/browserBundle.test.ts
// checks the built entries.

describe("the lean build's stand-ins", () => {
  it("for the Hungarian reader: its name, and nothing found", () => {
    expect(standIn.name).toBe(hungarianMonthFirstExtractor.name);
    expect(hungarianMonthFirstExtractor.extract("Szeptember 15-én", {}).length).toBe(1);
    expect(standIn.extract("Szeptember 15-én", {})).toEqual([]);
  });

  it("for the note on an unread text: only where the text has letters", () => {
    expect(unreadNote("22 juillet 2018")).toBe(LEAN_NOTE);
    expect(unreadNote("22 июля")).toBe(LEAN_NOTE);
    expect(unreadNote("2018-13-45")).toBe("");
    expect(LEAN_NOTE).toContain("hebrew-date-check/full");
    expect(fullNote("22 juillet 2018")).toBe("");
  });
});
