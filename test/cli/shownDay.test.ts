import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { shownDay } from "../../src/cli/shownDay.js";
import { shownDayInLanguage } from "../../src/cli/shownDayInLanguage.js";
import { convertDate } from "../../src/convert/convertDate.js";
import { fakeIo } from "../support/fakeIo.js";

async function cli(argv: string[]) {
  const { io, out } = fakeIo();
  const code = await run(argv, io);
  return { code, ...out };
}

describe("shownDay", () => {
  it("adds Shabbat's portion to the events, by the schedule asked for", () => {
    expect(shownDay(convertDate("16 Av 5778"), undefined, false).events).toEqual([
      "Shabbat Nachamu",
      "Parashat Vaetchanan",
    ]);
    expect(shownDay(convertDate("22 Nisan 5778"), undefined, false).events).toEqual(["Pesach VIII"]);
    expect(shownDay(convertDate("22 Nisan 5778", { israel: true }), undefined, true).events).toEqual([
      "Parashat Shmini",
    ]);
  });

  it("takes the portion of the Hebrew day after sunset", () => {
    const friday = convertDate("2018-07-27", { afterSunset: true });
    expect(shownDay(friday, undefined, false).events).toContain("Parashat Vaetchanan");
  });

  it("writes the dates and events in a language", () => {
    const result = convertDate("16 Av 5778");
    expect(shownDay(result, { lang: "he", niqqud: false }, false, shownDayInLanguage)).toEqual({
      gregorian: "יום שבת, 28 ביולי 2018",
      hebrew: "ט״ז אב תשע״ח",
      events: ["שבת נחמו", "פרשת ואתחנן"],
    });
    expect(
      shownDay(convertDate("10 Tevet 5778"), { lang: "ashkenazi", niqqud: true }, false, shownDayInLanguage),
    ).toEqual({
      hebrew: "10 Teves 5778  י׳ טֵבֵת תשע״ח",
      events: ["Asara B'Teves"],
    });
  });

  it("needs the language renderer passed in for a language, so that English output loads no tables", () => {
    expect(() => shownDay(convertDate("10 Av 5778"), { lang: "he", niqqud: true }, false)).toThrow(
      /shownDayInLanguage/,
    );
  });
});

describe("hdate DATE in a language, with the portion", () => {
  it("names Shabbat's portion", async () => {
    const { stdout } = await cli(["16 Av 5778"]);
    expect(stdout).toContain("Events:    Shabbat Nachamu; Parashat Vaetchanan");
    const json = JSON.parse((await cli(["--json", "16 Av 5778"])).stdout);
    expect(json.events).toEqual(["Shabbat Nachamu", "Parashat Vaetchanan"]);
    expect(json.localized).toBeUndefined();
  });

  it("prints Hebrew script with --lang he, without niqqud with --no-niqqud", async () => {
    const { code, stdout } = await cli(["--lang", "he", "--no-niqqud", "10 Av 5778"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Gregorian: יום ראשון, 22 ביולי 2018 (2018-07-22)\nHebrew:    י׳ אב תשע״ח\nEvents:    תשעה באב (נדחה)\n",
    );
    const plain = (await cli(["--no-niqqud", "10 Av 5778"])).stdout;
    expect(plain).toContain("Hebrew:    10 Av 5778  י׳ אב תשע״ח");
  });

  it("keeps JSON's fields in English and says the language beside them", async () => {
    const json = JSON.parse((await cli(["--json", "--lang", "he", "16 Av 5778"])).stdout);
    expect(json.events).toEqual(["Shabbat Nachamu", "Parashat Vaetchanan"]);
    expect(json.hebrew.text).toBe("16 Av 5778");
    expect(json.localized).toEqual({
      lang: "he",
      niqqud: true,
      gregorian: "יום שבת, 28 ביולי 2018",
      hebrew: "ט״ז אָב תשע״ח",
      events: ["שַׁבַּת נַחֲמוּ", "פָּרָשַׁת וָאֶתְחַנַּן"],
    });
  });

  it("refuses a language it does not write", async () => {
    const { code, stderr } = await cli(["--lang", "fr", "10 Av 5778"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hdate: [^\n]+\n$/);
  });
});
