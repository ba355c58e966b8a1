import { describe, expect, it } from "vitest";
import { byFirstCharacter, caseless, phrases, SPACE, SPACE_MAX } from "../../src/read/patterns.js";

describe("caseless", () => {
  it("spells letters as classes and leaves escapes, group names and lookbehinds alone", () => {
    expect(caseless("(?<m>av)[a-c]")).toBe("(?<m>[aA][vV])[a-cA-C]");
    expect(caseless("(?<![\\p{L}\\p{N}])\\k<sep>\\u00a0[ap]m")).toBe(
      "(?<![\\p{L}\\p{N}])\\k<sep>\\u00a0[aApP][mM]",
    );
  });

  it("matches like the i flag on every case mix", () => {
    const source = "(?<month>sept?|dec)\\.?\\s(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    const folded = new RegExp(caseless(source), "u");
    const flagged = new RegExp(source, "iu");
    for (const text of ["Sept 3rd", "SEP 3RD", "dEc 22Nd", "sepT 1", "Oct 3", "Dec. 31st"]) {
      expect(folded.exec(text)?.[0], text).toBe(flagged.exec(text)?.[0]);
    }
  });
});

describe("SPACE", () => {
  it("matches at most SPACE_MAX characters (readers bound their searches with it)", () => {
    const longest = new RegExp(`^${SPACE}$`, "u");
    expect(longest.test("  \r\n  ")).toBe(true);
    expect("  \r\n  ").toHaveLength(SPACE_MAX);
    for (const text of ["   \r\n  ", "  \r\n   ", "    ", "\u00a0\u00a0\u00a0\u00a0", "\n\n"]) {
      expect(longest.test(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe("phrases", () => {
  it("@example", () => {
    expect(new RegExp(`^(?:${phrases(["г.", "года"])})$`, "u").test("года")).toBe(true);
  });

  it("takes a period literally, a space as up to two spaces or none, the longest first", () => {
    const pattern = new RegExp(`^(?:${phrases(["O. S.", "O"])})`, "u");
    expect(pattern.exec("O.S.")?.[0]).toBe("O.S.");
    expect(pattern.exec("O.  S.")?.[0]).toBe("O.  S.");
    expect(pattern.exec("OxS.")?.[0]).toBe("O");
  });
});

describe("byFirstCharacter", () => {
  it("@example", () => {
    expect(byFirstCharacter(["jan", "jul", "av"])).toBe("a(?:v)|j(?:an|ul)");
  });

  it("matches exactly the strings an alternation of them matches", () => {
    const strings = ["jan", "jul", "ju", "av", "ав", "ιου", "a.b"];
    const grouped = new RegExp(`^(?:${byFirstCharacter(strings)})$`, "u");
    for (const string of [...strings, "j", "jux", "ab", "a-b", "ιο"])
      expect(grouped.test(string), string).toBe(strings.includes(string));
  });
});
