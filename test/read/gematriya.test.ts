import { gematriya } from "@hebcal/hdate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  GERESH_CHARS,
  GERSHAYIM_CHARS,
  parseGematriya,
  parseHebrewYear,
  stripNiqqud,
  toGematriya,
} from "../../src/read/gematriya.js";

// Written out by hand (not generated) so the tables do not depend on the code under test.
const DAYS = [
  "א",
  "ב",
  "ג",
  "ד",
  "ה",
  "ו",
  "ז",
  "ח",
  "ט",
  "י",
  "יא",
  "יב",
  "יג",
  "יד",
  "טו",
  "טז",
  "יז",
  "יח",
  "יט",
  "כ",
  "כא",
  "כב",
  "כג",
  "כד",
  "כה",
  "כו",
  "כז",
  "כח",
  "כט",
  "ל",
] as const;

const GERESH_STYLES = ["\u05F3", "'", "\u2019", "\u2018", "\u00B4", "`"] as const;
const GERSHAYIM_STYLES = ["\u05F4", '"', "\u201D", "\u201C", "''"] as const;

/** Marks a bare numeral the way a writer would: geresh after one letter, gershayim before the last of several. */
function mark(letters: string, geresh: string, gershayim: string): string {
  return letters.length === 1 ? letters + geresh : letters.slice(0, -1) + gershayim + letters.slice(-1);
}

describe("documented examples", () => {
  it("GERESH_CHARS builds a class matching an ASCII apostrophe", () => {
    expect(new RegExp(`^[${GERESH_CHARS}]$`).test("'")).toBe(true);
  });
  it("GERSHAYIM_CHARS builds a pattern matching a curly quote", () => {
    expect(new RegExp(`^ט(?:[${GERSHAYIM_CHARS}]|'')ו$`).test("ט”ו")).toBe(true);
  });
  it("stripNiqqud", () => {
    expect(stripNiqqud("\u200Fטָ״ו")).toBe("ט״ו");
  });
  it("parseGematriya", () => {
    expect(parseGematriya("תשע״ח")).toBe(778);
  });
  it("parseHebrewYear", () => {
    expect(parseHebrewYear("ה׳תשע״ח")).toBe(5778);
  });
  it("toGematriya", () => {
    expect(toGematriya(5778)).toBe("ה׳תשע״ח");
  });
});

describe("mark character sets", () => {
  it.each(GERESH_STYLES)("geresh class matches %s and the gershayim class does not", (ch) => {
    expect(new RegExp(`^[${GERESH_CHARS}]$`).test(ch)).toBe(true);
    expect(new RegExp(`^[${GERSHAYIM_CHARS}]$`).test(ch)).toBe(false);
  });
  it.each(GERSHAYIM_STYLES.filter((m) => m.length === 1))("gershayim class matches %s only", (ch) => {
    expect(new RegExp(`^[${GERSHAYIM_CHARS}]$`).test(ch)).toBe(true);
    expect(new RegExp(`^[${GERESH_CHARS}]$`).test(ch)).toBe(false);
  });
  it("has exactly the documented characters", () => {
    expect([...GERESH_CHARS].sort()).toEqual([...GERESH_STYLES].sort());
    expect([...GERSHAYIM_CHARS].sort()).toEqual(GERSHAYIM_STYLES.filter((m) => m.length === 1).sort());
  });
});

describe("stripNiqqud", () => {
  it.each([
    ["", ""],
    ["תשע״ח", "תשע״ח"],
    ["בְּרֵאשִׁית", "בראשית"],
    ["שׂ", "ש"], // sin dot U+05C2
    ["כָּל", "כל"],
    ["קָ\u05C7", "ק"], // qamats qatan
    ["א\u0591\u05AF\u05BD\u05BF\u05C4\u05C5ב", "אב"],
    ["\u202Bט״ו\u202C", "ט״ו"],
    ["\u2066\u200E\u2069\u200Fי׳", "י׳"],
    ["\u202A\u202D\u202Ea\u202E", "a"],
  ])("%j → %j", (input, expected) => {
    expect(stripNiqqud(input)).toBe(expected);
  });
  it.each([
    ["maqaf", "א\u05BEב"],
    ["paseq", "א\u05C0ב"],
    ["sof pasuq", "א\u05C3"],
    ["nun hafukha", "\u05C6"],
    ["geresh", "י\u05F3"],
    ["gershayim", "ט\u05F4ו"],
    ["zero-width joiner is not a bidi control", "א\u200Dב"],
  ])("keeps %s", (_name, input) => {
    expect(stripNiqqud(input)).toBe(input);
  });
  it("returns the same string when there is nothing to strip", () => {
    const s = "ה׳תשע״ח";
    expect(stripNiqqud(s)).toBe(s);
  });
});

describe("parseGematriya: days 1–30 in every mark style", () => {
  const rows: [string, number][] = [];
  DAYS.forEach((letters, i) => {
    rows.push([letters, i + 1]);
    for (const g of GERESH_STYLES) {
      for (const gg of GERSHAYIM_STYLES) rows.push([mark(letters, g, gg), i + 1]);
    }
  });
  const unique = [...new Map(rows).entries()];
  it("covers every style", () => {
    // 9 + 3 single letters × (bare + 6 gereshes) and 18 multi-letter days × (bare + 5 gershayim forms).
    expect(unique.length).toBe(12 * 7 + 18 * 6);
  });
  it.each(unique)("%s → %i", (input, expected) => {
    expect(parseGematriya(input)).toBe(expected);
  });
});

describe("parseGematriya: real numerals", () => {
  it.each([
    ["י׳", 10],
    ["ה'", 5],
    ['ט"ו', 15],
    ["ט״ז", 16],
    ["תשע״ח", 778],
    ["תשפ״ד", 784],
    ["קט״ו", 115],
    ["רט״ז", 216],
    ["תתקט״ו", 915],
    ["קי״ד", 114],
    ["תת", 800],
    ["תתק", 900],
    ["תת״ק", 900],
    ["תתקצ״ט", 999],
    ["תק", 500],
    ["ת׳", 400],
    ["ק׳", 100],
    ["תרנ״ו", 656],
    // Final forms count as their base letter when they end the numeral (תש״ך is a common spelling of 720).
    ["תש״ך", 720],
    ["תש״ם", 740],
    ["תש״ן", 750],
    ["תש״ף", 780],
    ["תר״ץ", 690],
    ["ך׳", 20],
    ["ם", 40],
    ["ץ'", 90],
    // Niqqud and bidi controls are tolerated.
    ["טָ״ו", 15],
    ["\u200Fתשע״ח\u200E", 778],
    ["יָ׳", 10],
    ["ת\u05B7שׁ\u05B0ע״ח", 778],
  ])("%s → %i", (input, expected) => {
    expect(parseGematriya(input)).toBe(expected);
  });
});

describe("parseGematriya: rejections", () => {
  it.each([
    // 15 and 16 as divine names
    ["י״ה"],
    ["י״ו"],
    ["יה"],
    ["יו"],
    ["י'ה"],
    ["קי״ה"],
    ["קי״ו"],
    ["רי״ה"],
    ["תתקי״ו"],
    // wrong order or repeated ranks
    ["עת"],
    ["אב"],
    ["בא"],
    ["יק"],
    ["שת"],
    ["קת"],
    ["טי"],
    ["הי"],
    ["כל"],
    ["יי"],
    ["קק"],
    ["רק"],
    ["תקק"],
    ["תשק"],
    ["טח"],
    ["טה"],
    ["כט״ו"],
    ["טו״ו"],
    ["ט״וא"],
    // more than 999
    ["תתת"],
    ["תתר"],
    ["תתש"],
    ["תתתק"],
    // final forms that do not end the numeral
    ["ךא"],
    ["תשםא"],
    ["ם״א"],
    ["ךך"],
    // misplaced marks
    ['ת"שעח'],
    ["תשעח'"],
    ["תשעח׳"],
    ["תשע'ח"],
    ['תש"עח'],
    ['"תשעח'],
    ['תשעח"'],
    ["י״"],
    ["״י"],
    ["'י"],
    ["ט'ו"],
    ["ט׳ו"],
    ["יא'"],
    ["י''"],
    // two marks
    ["י׳׳"],
    ["ט״״ו"],
    ["ט\"ו'"],
    ['ת"ש"ע'],
    ["ת״שע״ח"],
    ["ט'''ו"],
    ["''"],
    ["׳"],
    // not Hebrew letters, or extra characters
    [""],
    [" "],
    ["15"],
    ["1"],
    ["abc"],
    ["ט״o"],
    ["٣"],
    ["ט ו"],
    ["ט״ו "],
    [" י׳"],
    ["ט־ו"],
    ["ט\u05C3"],
    ["ה׳תשע״ח"],
  ])("%j → undefined", (input) => {
    expect(parseGematriya(input)).toBeUndefined();
  });
});

describe("parseHebrewYear: real years", () => {
  it.each([
    ["ה׳תשע״ח", 5778],
    ["ה'תשע\"ח", 5778],
    ['התשע"ח', 5778],
    ["התשע״ח", 5778],
    ["תשע״ח", 5778],
    ["תשעח", 5778],
    ["התשעח", 5778],
    ["ה'תשעח", 5778],
    ["ה'תשע''ח", 5778],
    ["ה’תשע”ח", 5778],
    ["ה'תשפ\"ד", 5784],
    ['התשפ"ד', 5784],
    ["תש״ח", 5708],
    ["ה׳תש״ך", 5720],
    ["ד'תתקצ\"ט", 4999],
    ["ג׳תשס״א", 3761],
    ["א׳קכ״ג", 1123],
    ["ה׳תת", 5800],
    ["ה׳ת״ת", 5800],
    ["התתקצט", 5999],
    ["ה׳כ״ח", 5028],
    ["ה׳א׳", 5001],
    ["ט׳תתקצ״ט", 9999],
    ["הָ׳תשע״ח", 5778],
    ["\u200Fה׳תשע״ח", 5778],
    // A lone numeral is a year of this millennium; which token is a year is the caller's call.
    ["ה׳", 5005],
  ])("%s → %i", (input, expected) => {
    expect(parseHebrewYear(input)).toBe(expected);
  });
});

describe("parseHebrewYear: years 5600–5800 in each prefix style", () => {
  /** Every way the year is written in practice: bare, bare ה, ה with each geresh, each mark style. */
  function spellings(y: number): string[] {
    const letters = gematriya(y).replace(/[׳״]/g, ""); // hebcal drops the thousands of 5xxx
    const out = [letters, `ה${letters}`, `ה׳${letters}`, `ה'${letters}`];
    for (const gg of GERSHAYIM_STYLES) {
      const marked = mark(letters, "\u05F3", gg);
      out.push(marked, `ה${marked}`);
      for (const g of GERESH_STYLES) out.push(`ה${g}${marked}`);
    }
    return out;
  }
  const years = Array.from({ length: 201 }, (_, i) => 5600 + i);
  it("spells each year 44 distinct ways", () => {
    expect(new Set(spellings(5778)).size).toBe(44);
    expect(spellings(5778)).toContain("ה׳תשע״ח");
  });
  it.each(years)("%i", (y) => {
    for (const s of spellings(y)) expect(parseHebrewYear(s), s).toBe(y);
  });
});

describe("parseHebrewYear: rejections", () => {
  it.each([
    [""],
    ["ה׳״"],
    ["ה״תשעח"],
    ["ה''תשעח"],
    ["ה תשע״ח"],
    ["ה׳ תשע״ח"],
    ["ה׳׳תשע״ח"],
    ["הה׳תשע״ח"],
    ["י׳תשע״ח"], // thousands are a single digit letter
    ["יתשע״ח"],
    ["ה׳עת"],
    ["ה׳י״ה"],
    ["התשע״ח׳"],
    ["ה׳תשע״ח״"],
    ["ה'ת\"שעח"],
    ["התשעח'"],
    ["אב"], // a bare thousands letter must be followed by a hundreds letter
    ["הכ״ח"],
    ["ה״"],
    ["ה׳״ת"],
    ["5778"],
    ["ab"],
    ["ך׳תשע״ח"],
    ["ה׳תתר"],
  ])("%j → undefined", (input) => {
    expect(parseHebrewYear(input)).toBeUndefined();
  });
});

describe("toGematriya", () => {
  it.each([
    [1, "א׳"],
    [15, "ט״ו"],
    [16, "ט״ז"],
    [115, "קט״ו"],
    [20, "כ׳"],
    [400, "ת׳"],
    [800, "ת״ת"],
    [900, "תת״ק"],
    [999, "תתקצ״ט"],
    [1001, "א׳א׳"],
    [3761, "ג׳תשס״א"],
    [4999, "ד׳תתקצ״ט"],
    [5015, "ה׳ט״ו"],
    [9999, "ט׳תתקצ״ט"],
  ])("%i → %s", (n, expected) => {
    expect(toGematriya(n)).toBe(expected);
  });
  it.each([[0], [-1], [1.5], [5000], [1000], [10000], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "throws a RangeError for %d",
    (n) => {
      expect(() => toGematriya(n)).toThrow(RangeError);
    },
  );
});

describe("agreement and round trips", () => {
  it("reads back every numeral it writes, 1–999", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => parseGematriya(toGematriya(n)) === n));
  });
  it("reads back every year it writes, 1000–9999", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }).filter((y) => y % 1000 !== 0),
        (y) => parseHebrewYear(toGematriya(y)) === y,
      ),
    );
  });
  it("reads every numeral @hebcal/hdate writes, and writes the same string, 1–999", () => {
    for (let n = 1; n <= 999; n++) {
      expect(parseGematriya(gematriya(n))).toBe(n);
      expect(toGematriya(n)).toBe(gematriya(n));
    }
  });
  it("reads every year @hebcal/hdate writes, 1001–9999", () => {
    for (let y = 1001; y <= 9999; y++) {
      if (y % 1000 === 0) continue;
      expect(parseHebrewYear(gematriya(y))).toBe(y);
    }
  });
  it("accepts at most one spelling per number: an accepted token, unmarked, is the canonical letters", () => {
    const unmark = (s: string): string =>
      s.replace(/[\u05F3'\u2019\u2018\u00B4`\u05F4"\u201D\u201C]/g, "").replace(/[ךםןףץ]/g, (f) => {
        return "כמנפצ".charAt("ךםןףץ".indexOf(f));
      });
    const alphabet = fc.constantFrom(..."אבגדהוזחטיכלמנסעפצקרשתךםןףץ", "׳", "״", "'", '"', "a", " ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 6 }), (chars) => {
        const token = chars.join("");
        const n = parseGematriya(token);
        if (n === undefined) return true;
        return Number.isInteger(n) && n >= 1 && n <= 999 && unmark(token) === unmark(toGematriya(n));
      }),
      { numRuns: 20_000 },
    );
  });
  it("finds well-formed numerals among random letter strings", () => {
    // Guards the property above against passing only because everything is rejected.
    let accepted = 0;
    for (const a of "קרשת")
      for (const b of "יכלמנסעפצ")
        for (const c of "אבגדהוזחט") {
          if (parseGematriya(a + b + c) !== undefined) accepted++;
        }
    expect(accepted).toBe(4 * 9 * 9 - 4 * 2); // minus קיה, קיו, ריה, …
  });
});
