import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Dates both read but left unpaired, for want of the connector the pages wrote between them (corpus
// rows of every language), here with other days, years and words. Every match is checked against
// ICU (expectPairs); the negative controls keep the same words from joining across a sentence, and
// a day off by one from passing.

type Row = [string, string, string, ExpectedPair[]];

describe("connectors between a Hebrew and a civil date of one day", () => {
  it.each<Row>([
    [
      "en: 'start celebrating Sukkot at sundown on Sunday 16 October 2016' is the evening before 15 Tishrei",
      "In 2016, families will start celebrating Sukkot at sundown on Sunday 16 October 2016.",
      "consistent",
      [{ iso: "2016-10-16", hebrew: "15 Tishrei 5777", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: a fast that 'begins at dawn on' a civil day is that day, not its evening",
      "The fast of 10 Tevet 5777 begins at dawn on Sunday, January 8, 2017.",
      "consistent",
      [{ iso: "2017-01-08", hebrew: "10 Tevet 5777", verdict: "match", weekday: "ok" }],
    ],
    [
      "es: '(la noche del 11 de junio de 2024)' is the evening that begins 6 Sivan",
      "Shavuot empieza el 6 de siván de 5784 (la noche del 11 de junio de 2024).",
      "consistent",
      [{ iso: "2024-06-11", hebrew: "6 Sivan 5784", verdict: "match-after-sunset" }],
    ],
    [
      "es: '(este año el 26 de mayo de 2024)' glosses 18 Iyar",
      "El 18 de Iyar, (este año el 26 de mayo de 2024) es Lag BaOmer.",
      "consistent",
      [{ iso: "2024-05-26", hebrew: "18 Iyyar 5784", verdict: "match" }],
    ],
    [
      "de: 'Der 2. Oktober 2024 ist der 29. Elul 5784' says the one is the other",
      "Der 2. Oktober 2024 ist der 29. Elul 5784, der letzte Tag des Jahres.",
      "consistent",
      [{ iso: "2024-10-02", hebrew: "29 Elul 5784", verdict: "match" }],
    ],
    [
      "de: 'am 25. Kislew, dieses Jahr am 15. Dezember 2025'",
      "Chanukka beginnt am 25. Kislew, dieses Jahr am 15. Dezember 2025.",
      "consistent",
      [{ iso: "2025-12-15", hebrew: "25 Kislev 5786", verdict: "match" }],
    ],
    [
      "pt: 'Shemini Atzeret na terça-feira, 14 de outubro de 2025'",
      "Depois vem Shemini Atzeret na terça-feira, 14 de outubro de 2025.",
      "consistent",
      [{ iso: "2025-10-14", hebrew: "22 Tishrei 5786", verdict: "match", weekday: "ok" }],
    ],
    [
      "he: 'ב' בתשרי, אור ל-4 באוקטובר 2024' is the day whose night comes before 4 October",
      "ב' בתשרי, אור ל-4 באוקטובר 2024, הוא היום השני של ראש השנה.",
      "consistent",
      [{ iso: "2024-10-04", hebrew: "2 Tishrei 5785", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("ru: the end of a span in brackets after 'по' pairs with the Hebrew end", () => {
    const text = "Хануку отмечают по 2 тевета (по 22 декабря 2025 года).";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(
      report.pairs.map((pair) => [pair.gregorian.iso, pair.hebrew.canonical, pair.verdict]),
    ).toContainEqual(["2025-12-22", "2 Tevet 5786", "match"]);
  });
});

describe("negative controls", () => {
  it("he: a night one day off is the page's mistake", () => {
    expectPairs("ב' בתשרי, אור ל-5 באוקטובר 2024, הוא היום השני של ראש השנה.", "inconsistent", [
      { iso: "2024-10-05", hebrew: "2 Tishrei 5785", verdict: "mismatch" },
    ]);
  });

  it("en: 'at sundown on' the day itself of a one-day fast is a day late", () => {
    const report = checkDocument("Jews will begin Yom Kippur at sundown on Saturday 12 October 2024.", {
      reference: REFERENCE,
    });
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => pair.gregorian.iso)).toEqual(["2024-10-12"]);
  });

  it("es: 'Este año' opening the next sentence joins nothing across it", () => {
    const text = "El 18 de Iyar de 5784 es Lag BaOmer. Este año el 26 de mayo de 2024 cerramos la escuela.";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).toBe("unchecked");
  });

  it("de: 'ist' between a date and a holiday of another day is no pair of one day", () => {
    const text = "Der 2. Oktober 2024 ist der 29. Elul 5784. Der 3. Oktober ist ein Feiertag.";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs.map((pair) => pair.gregorian.iso)).toEqual(["2024-10-02"]);
    expect(report.verdict).toBe("consistent");
  });
});

describe("a subject that speaks of the holiday named above it", () => {
  it("es: 'la celebración comienza el martes 12 de diciembre al atardecer' under 'Janucá'", () => {
    expectPairs(
      "Janucá\nEn 2028, la celebración comienza el martes 12 de diciembre al atardecer.",
      "consistent",
      [{ iso: "2028-12-12", hebrew: "25 Kislev 5789", verdict: "match-after-sunset", weekday: "ok" }],
    );
  });

  it("es: the same sentence two days early under 'Yom Kipur' is the page's mistake", () => {
    expectPairs(
      "Yom Kipur\nEn 2028, la celebración comienza el jueves 28 de septiembre al atardecer.",
      "inconsistent",
      [{ iso: "2028-09-28", hebrew: "10 Tishrei 5789", verdict: "mismatch", weekday: "ok" }],
    );
  });
});

describe("a sentence that ends with the first date", () => {
  it("nl: 'Dat is 1 tisjri' points back to the date that ends the sentence before", () => {
    expectPairs("Het nieuwe jaar begint op donderdag 21 september 2028. Dat is 1 tisjri.", "consistent", [
      { iso: "2028-09-21", hebrew: "1 Tishrei 5789", verdict: "match", weekday: "ok" },
    ]);
  });

  it("de: a date read with its full stop does not take the holiday of the next sentence", () => {
    const text = "Die Ferien beginnen am 14. Dezember. Dieses Jahr beginnt Chanukka erst am Abend danach.";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).toBe("unchecked");
  });

  it("uk: nor does 'Цього року' at the head of the next sentence join it", () => {
    const text = "Канікули почалися 14 грудня. Цього року Ханука завершується пізніше.";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
  });
});

describe("a pair with no year on either side", () => {
  it("is consistent over the years its days agree in, and says the year was chosen to fit", () => {
    const report = checkDocument("Purim falls on 14 Adar (March 21st).", { reference: REFERENCE });
    expect(report.verdict).toBe("consistent");
    const notes = report.pairs.flatMap((pair) => pair.inferred.map((inference) => inference.note));
    expect(notes.join(" ")).toMatch(/in which the two dates agree/u);
  });

  it("is a mismatch when its days agree in no year", () => {
    const report = checkDocument("The fast begins on 9 Tishrei (March 24th).", { reference: REFERENCE });
    expect(report.verdict).toBe("inconsistent");
  });
});
