import { describe, expect, it } from "vitest";
import { readStyleMark } from "../../src/read/styleMark.js";

describe("readStyleMark", () => {
  it("@example", () => {
    expect(readStyleMark("July 4, 1776 O.S.", 12, 1776)).toEqual({ oldStyle: true, end: 17 });
  });

  it.each([
    [" O.S.", true],
    [" O. S.", true],
    [" (O.S.)", true],
    [" (OS)", true],
    [" Old Style", true],
    [" old style", true],
    [" a. St.", true],
    [" alten Stils", true],
    [" ст. ст.", true],
    [" (по ст. ст.)", true],
    [" по старому стилю", true],
    [" N.S.", false],
    [" (N.S.)", false],
    [" (NS)", false],
    [" New Style", false],
    [" n. St.", false],
    [" н. ст.", false],
    [" по новому стилю", false],
  ])("%j after a date is a mark, Old Style: %s", (mark, oldStyle) => {
    const text = `10 января 1900${mark}, then`;
    expect(readStyleMark(text, 14, 1900)).toEqual({ oldStyle, end: 14 + mark.length });
  });

  it("takes bare OS and NS only for years before 1924, and never a mark that runs into a word", () => {
    expect(readStyleMark("1 May 1900 OS", 10, 1900)).toEqual({ oldStyle: true, end: 13 });
    expect(readStyleMark("1 May 1900 NS", 10, 1900)).toEqual({ oldStyle: false, end: 13 });
    expect(readStyleMark("1 May 2015 OS update", 10, 2015)).toBeUndefined();
    // An infobox (en.academic.ru): a bare New Style mark before a bracketed date, whatever the year.
    expect(readStyleMark("June 12, 1994 NS (3 Tammuz 5754)", 13, 1994)).toEqual({ oldStyle: false, end: 16 });
    expect(readStyleMark("June 12, 1994 OS (3 Tammuz 5754)", 13, 1994)).toBeUndefined();
    expect(readStyleMark("1 May 1900 NSA", 10, 1900)).toBeUndefined();
    expect(readStyleMark("1 May 1900 os", 10, 1900)).toBeUndefined();
    expect(readStyleMark("1 May 1900 Old Styles", 10, 1900)).toBeUndefined();
  });
});
