import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import { clauseGap } from "../../../src/read/refiners/clauseJoin.js";
import { isEveningPhrase } from "../../../src/read/refiners/joins.js";

// A named day and the civil date its clause says it falls on. Days checked with ICU (Intl's Hebrew
// calendar) in test/pages/verify.mjs style: 14 Adar 5781 is 26 February 2021, 18 Iyar 5784 is
// 26 May 2024, 25 Kislev 5784 is 8 December 2023, 19 Kislev 5787 is 29 November 2026.

const REFERENCE = "2026-12-01";
const pairsOf = (text: string) =>
  checkDocument(text, { reference: REFERENCE }).pairs.map((pair) => [
    pair.gregorian.iso,
    pair.hebrew.canonical,
    pair.verdict,
  ]);

describe("clauseGap: the words of one clause between a named day and its date", () => {
  it.each([
    [" was celebrated on ", "was celebrated on"],
    [" is observed on ", "is observed on"],
    [" will be held on ", "will be held on"],
    [" for Hebrew Year 5784 begins at sundown on ", "for hebrew year 5784 begins at sundown on"],
    [
      ', the eight-day "festival of lights," commenced on ',
      ', the eight-day "festival of lights," commenced on',
    ],
    [" starts on sundown of ", "starts on sundown of"],
    [" in 2024? It begins in the evening on ", "in 2024? it begins in the evening on"],
    [" begins ", "begins"],
    [
      ", the Jewish New Year, will start at sundown this coming ",
      ", the jewish new year, will start at sundown this coming",
    ],
    [
      ", el año nuevo judío, en 2024 comienza al atardecer de este ",
      ", el año nuevo judío, en 2024 comienza al atardecer de este",
    ],
    [" 2023 begann am Abend des ", "2023 begann am abend des"],
    [" tento rok pripadne na ", "tento rok pripadne na"],
    [": the first candle is lit ", ": the first candle is lit"],
    [" יחול השנה ב-", "יחול השנה ב-"],
    // A gloss in brackets: "Yom HaAtzma'ut (literally: "Day of Independence") falls on".
    [' (literally: "Day of Independence") falls on ', '(literally: "day of independence") falls on'],
    // The Hebrew year the subject names does not count toward its length.
    [
      " opens the new season of the Jewish year 5787 and is observed on ",
      "opens the new season of the jewish year 5787 and is observed on",
    ],
    // A clause after a semicolon whose subject stands for the day just named.
    ["; it begins at sundown on ", "; it begins at sundown on"],
    ["; dit begint op de avond van ", "; dit begint op de avond van"],
    ["; es beginnt am Abend des ", "; es beginnt am abend des"],
    // An apposition between commas glosses the name as one between dashes does, however long.
    [
      ", the festival of lots and of the scroll of Esther, begins on the night of ",
      ", the festival of lots and of the scroll of esther, begins on the night of",
    ],
  ])("joins %j", (gap, phrase) => {
    expect(clauseGap(gap)).toEqual({ kind: "connector", text: gap, phrase });
  });

  it.each([
    ["a sentence between them", ". The school reopens on "],
    ["a clause ended by a semicolon", "; the fair opens on "],
    ["a semicolon's clause of another subject (nl)", "; de markt begint op "],
    ["a line break", " was kept\nin the shul on "],
    ["a verb that is not of the day's happening", " was published on "],
    ["words after the verb that lead elsewhere", " began and the children left on "],
    ["a number that is no year", " has 8 nights and begins on "],
    ["a subject too long to be the day's own", ` ${"and the long story of the town ".repeat(2)}began on `],
    ["a question not answered by the next sentence", " in 2024? The fair begins on "],
    ["a clause of another subject", " is a feast and the school began on "],
    ["a clause of another subject (de)", " ist ein Fest, und die Schule beginnt am "],
    ["a number inside the brackets", " (see page 12: the list) falls on "],
    ["a sentence after the brackets", " (the fast). The fair falls on "],
    ["an apposition a conjunction opens (a list of days)", ", and this year the town's own fair, begins on "],
    [
      "an apposition that holds a number",
      ", which falls 30 days before Passover and its long week, begins on ",
    ],
    [
      "a subject as long without a Hebrew year's phrase",
      " opens the Hebrew year once more for all the town and is observed on ",
    ],
  ])("does not join across %s", (_name, gap) => {
    expect(clauseGap(gap)).toBeUndefined();
  });

  it("reads a clause's sundown or evening as the evening before the day", () => {
    expect(isEveningPhrase("for hebrew year 5784 begins at sundown on")).toBe(true);
    expect(isEveningPhrase("it begins in the evening on")).toBe(true);
    expect(isEveningPhrase("begins on the night of")).toBe(true);
    expect(isEveningPhrase("was celebrated on")).toBe(false);
    expect(isEveningPhrase("comienza al atardecer de este")).toBe(true);
    expect(isEveningPhrase("2023 begann am abend des")).toBe(true);
    expect(isEveningPhrase("inizia la sera del")).toBe(true);
    expect(isEveningPhrase("начнётся вечером")).toBe(true);
    expect(isEveningPhrase(": the first candle is lit")).toBe(true);
    // French "sera" is "will be", not the Italian evening.
    expect(isEveningPhrase("sera célébré le")).toBe(false);
  });
});

describe("checkDocument: a holiday and its date in one clause", () => {
  it.each([
    ["Purim was celebrated on Friday, February 26, 2021.", "2021-02-26", "14 Adar 5781", "match"],
    [
      "Lag BaOmer for Hebrew Year 5784 begins at sundown on Saturday, 25 May 2024.",
      "2024-05-25",
      "18 Iyyar 5784",
      "match-after-sunset",
    ],
    [
      "Hanukkah, the festival of lights, commenced on December 7, 2023, at sundown.",
      "2023-12-07",
      "25 Kislev 5784",
      "match-after-sunset",
    ],
    [
      "The yahrzeit of 19 Kislev begins Saturday evening, November 28, 2026.",
      "2026-11-28",
      "19 Kislev 5787",
      "match-after-sunset",
    ],
    // The evening before the date: the date is the first day, not its eve (1 Tishrei 5779 is 10 September 2018).
    ["Rosch ha-Schana beginnt am Abend vor dem 10. September 2018.", "2018-09-10", "1 Tishrei 5779", "match"],
    [
      "Rosch ha-Schana beginnt am Abend vor dem 9. September 2018.",
      "2018-09-09",
      "1 Tishrei 5779",
      "mismatch",
    ],
    [
      "Rosch ha-Schana beginnt am Abend des 9. September 2018.",
      "2018-09-09",
      "1 Tishrei 5779",
      "match-after-sunset",
    ],
    // pt verbs of beginning as a noun or reflexive (1 Tishrei 5784 is 16 September 2023).
    [
      "Em 2023, o Rosh Hashaná terá início ao pôr do sol de 15 de setembro.",
      "2023-09-15",
      "1 Tishrei 5784",
      "match-after-sunset",
    ],
    [
      "O Rosh Hashaná de 2023 inicia-se ao pôr do sol de 15 de setembro.",
      "2023-09-15",
      "1 Tishrei 5784",
      "match-after-sunset",
    ],
    [
      "O Rosh Hashaná será iniciado ao pôr do sol em 14 de setembro de 2023.",
      "2023-09-14",
      "1 Tishrei 5784",
      "mismatch",
    ],
    // es/pt "with the sunset of", with or without the article (10 Tishrei 5786 is 2 October 2025).
    [
      "Yom Kipur 2025 comienza con la puesta de sol del miércoles 1 de octubre.",
      "2025-10-01",
      "10 Tishrei 5786",
      "match-after-sunset",
    ],
    [
      "Yom Kipur 2025 comienza con la puesta de sol del jueves 2 de octubre.",
      "2025-10-02",
      "10 Tishrei 5786",
      "mismatch",
    ],
    [
      "O Yom Kipur de 2025 começa com o pôr do sol de 1 de outubro.",
      "2025-10-01",
      "10 Tishrei 5786",
      "match-after-sunset",
    ],
    // pt nightfall and dusk after "at", and the evening after the date.
    [
      "O Yom Kipur de 2025 começa ao anoitecer de 1 de outubro.",
      "2025-10-01",
      "10 Tishrei 5786",
      "match-after-sunset",
    ],
    [
      "O Yom Kipur começa ao anoitecer do dia 2 de outubro de 2025.",
      "2025-10-02",
      "10 Tishrei 5786",
      "mismatch",
    ],
    [
      "O Yom Kipur começa em 1 de outubro de 2025, ao anoitecer.",
      "2025-10-01",
      "10 Tishrei 5786",
      "match-after-sunset",
    ],
    [
      "O Yom Kipur começa ao entardecer de 1 de outubro de 2025.",
      "2025-10-01",
      "10 Tishrei 5786",
      "match-after-sunset",
    ],
    // pt "occurs", "happens" name the day itself (14 Adar 5785 is 14 March 2025).
    ["O Purim de 2025 acontece em 14 de março.", "2025-03-14", "14 Adar 5785", "match"],
    ["Sucot 2024 ocorre em 16 de outubro.", "2024-10-16", "15 Tishrei 5785", "mismatch"],
    // "Fell on", "will fall on" in the past and the future (1 Tevet 5785 is 1 January 2025).
    ["1 Тевета 5785 припало на 1 січня 2025.", "2025-01-01", "1 Tevet 5785", "match"],
    ["Ханука 5785 выпала на 20 декабря 2024 года.", "2024-12-20", "25 Kislev 5785", "mismatch"],
    ["Пурим 5785 пришёлся на 14 марта 2025 года.", "2025-03-14", "14 Adar 5785", "match"],
    ["Purim 5785 przypadnie na 14 marca 2025.", "2025-03-14", "14 Adar 5785", "match"],
    // Bulgarian: "begins" on the evening or the first day, "is celebrated", and "празникът" referring back.
    [
      "Ханука 5785 започва вечерта на 25 декември 2024 г.",
      "2024-12-25",
      "25 Kislev 5785",
      "match-after-sunset",
    ],
    ["Ханука 5785 започва на 26 декември 2024 г.", "2024-12-26", "25 Kislev 5785", "match"],
    ["Ханука 5785 започва на 27 декември 2024 г.", "2024-12-27", "25 Kislev 5785", "mismatch"],
    [
      "Пурим е весел празник. През 2024 г. празникът се празнува на 24 март.",
      "2024-03-24",
      "14 Adar II 5784",
      "match",
    ],
    // "In the year" before the year of a next sentence that refers back (25 Kislev 5785 is 26 December 2024).
    [
      "Chanuka to święto świateł. W roku 2024 święto rozpoczyna się wieczorem 25 grudnia.",
      "2024-12-25",
      "25 Kislev 5785",
      "match-after-sunset",
    ],
    [
      "Chanuka to święto świateł. W roku 2024 święto rozpoczyna się wieczorem 26 grudnia.",
      "2024-12-26",
      "25 Kislev 5785",
      "mismatch",
    ],
    [
      "Chanuka je svátek světel. V roce 2024 svátek začíná večer 25. prosince.",
      "2024-12-25",
      "25 Kislev 5785",
      "match-after-sunset",
    ],
  ])("%s", (text, iso, hebrew, verdict) => {
    expect(pairsOf(text)).toEqual([[iso, hebrew, verdict]]);
  });

  it("reads the present 'lasts' of ru and uk before a span over two months", () => {
    // 25 Kislev 5785 is 26 December 2024, 2 Tevet 5785 is 2 January 2025.
    expect(pairsOf("Ханука 5785 триває з 25 грудня до 2 січня.")).toEqual([
      ["2024-12-25", "25 Kislev 5785", "match-after-sunset"],
      ["2025-01-02", "2 Tevet 5785", "match"],
    ]);
    expect(pairsOf("Ханука 5785 длится с 24 декабря по 1 января.")).toEqual([
      ["2024-12-24", "25 Kislev 5785", "mismatch"],
      ["2025-01-01", "2 Tevet 5785", "mismatch"],
    ]);
    expect(pairsOf("Ханука 5785 триває вісім днів, а 25 грудня свято.")).toEqual([]);
  });

  it("reads 'falls on the period from' and 'on the day and night from' of ru and uk before a span", () => {
    // 1 Tevet 5785 is 1 January 2025 (from the evening of 31 December); 25 Kislev 5786 is 15 December 2025.
    expect(pairsOf("Цьогоріч 1 Тевета 5785 припадає на добу з 31 грудня по 1 січня.")).toEqual([
      ["2025-01-01", "1 Tevet 5785", "match"],
    ]);
    expect(pairsOf("Ханука 5786 приходится на период с вечера 14 декабря по 22 декабря.")).toEqual([
      ["2025-12-14", "25 Kislev 5786", "match-after-sunset"],
      ["2025-12-22", "2 Tevet 5786", "match"],
    ]);
    expect(pairsOf("Ханука 5786 припадає на період з 16 до 23 грудня.")).toEqual([
      ["2025-12-16", "25 Kislev 5786", "mismatch"],
      ["2025-12-23", "2 Tevet 5786", "mismatch"],
    ]);
  });

  it("reads a span from the evening before its first day", () => {
    expect(
      pairsOf("Das Neujahrsfest dauert vom Abend vor dem 10. September bis zum 11. September 2018."),
    ).toEqual([
      ["2018-09-10", "1 Tishrei 5779", "match"],
      ["2018-09-11", "2 Tishrei 5779", "match"],
    ]);
  });

  it("pairs a Hebrew span with the evening and the day a clause after a semicolon gives", () => {
    // 15 Nisan 5785 began on the evening of 12 April 2025; 22 Nisan 5785 is 20 April 2025 (ICU).
    expect(
      pairsOf(
        "Pesach duurt van 15 tot 22 Nisan; dit begint op de avond van 12 april 2025 en eindigt op 20 april.",
      ),
    ).toEqual([
      ["2025-04-12", "15 Nisan 5785", "match-after-sunset"],
      ["2025-04-20", "22 Nisan 5785", "match"],
    ]);
    // 15 Tishrei 5786 began on the evening of 6 October 2025.
    expect(
      pairsOf("Sukkot dauert vom 15. bis 21. Tischri; es beginnt am Abend des 6. Oktober 2025."),
    ).toEqual([["2025-10-06", "15 Tishrei 5786", "match-after-sunset"]]);
  });

  it("pairs a day with the date of a next sentence whose subject stands after its inverted verb", () => {
    // 15 Nisan 5785 began on the evening of 12 April 2025; 25 Kislev 5786 on that of 14 December 2025.
    expect(pairsOf("Pessach wird im Frühling gefeiert. Heuer beginnt es am 12. April 2025.")).toEqual([
      ["2025-04-12", "15 Nisan 5785", "match-after-sunset"],
    ]);
    expect(
      pairsOf("Pessach ist ein Fest der Freiheit. In diesem Jahr beginnt das Fest am 12. April 2025."),
    ).toEqual([["2025-04-12", "15 Nisan 5785", "match-after-sunset"]]);
    expect(pairsOf("Chanoeka duurt acht dagen. Dit jaar begint het feest op 14 december 2025.")).toEqual([
      ["2025-12-14", "25 Kislev 5786", "match-after-sunset"],
    ]);
    // Another noun's feast is not the day's.
    expect(
      pairsOf("Pessach wird im Frühling gefeiert. Heuer beginnt das Fest der Stadt am 12. April 2025."),
    ).toEqual([]);
  });

  it("pairs an Italian day with its date after 'sarà celebrato', 'viene celebrato' and an elided article", () => {
    // 6 Sivan 5787 is 11 June 2027; 10 Tishrei 5785 is 12 October 2024 (ICU).
    expect(pairsOf("Shavuot sarà celebrato l'11 giugno 2027.")).toEqual([
      ["2027-06-11", "6 Sivan 5787", "match"],
    ]);
    expect(pairsOf("Shavuot cade l’11 giugno 2027.")).toEqual([["2027-06-11", "6 Sivan 5787", "match"]]);
    expect(pairsOf("Yom Kippur viene celebrato il 12 ottobre 2024.")).toEqual([
      ["2024-10-12", "10 Tishrei 5785", "match"],
    ]);
    // The elided article leads to no date after another verb: "Purim è stato scritto l'11 marzo 2025".
    expect(pairsOf("Purim: l'articolo è stato scritto l'11 marzo 2025.")).toEqual([]);
  });

  it("does not pair a day with a date a semicolon's clause gives for something else", () => {
    const report = checkDocument("Pesach duurt van 15 tot 22 Nisan; de markt begint op 12 april 2025.", {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });

  it("does not pair a holiday with a date the next sentence gives for something else", () => {
    const report = checkDocument("Purim is a happy day. The school reopens on March 14, 2025.", {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).not.toBe("inconsistent");
  });

  it("pairs a heading's day with a next sentence whose subject is 'the date' or 'the holiday' (pt)", () => {
    // 15 Nisan 5784 began on the evening of 22 April 2024; 10 Tishrei 5786 on that of 1 October 2025.
    expect(pairsOf("Pessach 2024\n\nEm 2024, a data terá início na noite de 22 de abril.")).toEqual([
      ["2024-04-22", "15 Nisan 5784", "match-after-sunset"],
    ]);
    expect(
      pairsOf("Yom Kipur é o dia do perdão. No ano de 2025, o feriado começa ao pôr do sol de 1 de outubro."),
    ).toEqual([["2025-10-01", "10 Tishrei 5786", "match-after-sunset"]]);
  });

  it("pairs a holiday with the span a pt 'occurs' gives", () => {
    // 15 Tishrei 5785 began on the evening of 16 October 2024; 21 Tishrei 5785 is 23 October.
    expect(pairsOf("Em 2024, Sucot ocorre de 16 a 23 de outubro.")).toEqual([
      ["2024-10-16", "15 Tishrei 5785", "match-after-sunset"],
      ["2024-10-23", "21 Tishrei 5785", "match"],
    ]);
  });

  it("does not pair a day with the date of a referring subject bound to another noun", () => {
    for (const text of [
      "Yom Kipur é o dia do perdão. Em 2025, a data da reunião começa em 5 de outubro.",
      "Yom Kipur é o dia do perdão. Em 2025, a festa da escola começa em 5 de outubro.",
    ]) {
      const report = checkDocument(text, { reference: REFERENCE });
      expect(report.pairs).toEqual([]);
      expect(report.verdict).not.toBe("inconsistent");
    }
  });

  it("catches a day put on the wrong evening by a subject that names its Hebrew year", () => {
    // 1 Tishrei 5787 is 12 September 2026 (ICU); its evening is 11 September, not 20 September.
    const report = checkDocument(
      "Rosh Hashanah 2026 opens the new season of the Jewish year 5787 and begins on the evening of September 20th.",
      { reference: REFERENCE },
    );
    expect(report.verdict).toBe("inconsistent");
  });

  it("catches a page that puts the day's start on the wrong evening", () => {
    // Hanukkah 2023 began on the evening of 7 December; 4 December is four days early.
    const report = checkDocument("In 2023, Hanukkah will begin on the evening of Monday, December 4th.", {
      reference: REFERENCE,
    });
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => [pair.verdict, pair.offsetDays])).toEqual([["mismatch", 4]]);
  });

  it("pairs an event's begin field with the day its prose names last above it", () => {
    // 14 Adar II 5782 is 17 March 2022 (ICU): its evening is the 16th. 15 Nisan 5786 is 2 April 2026.
    const purim =
      "Family Purim Party\n\nPurim is the merriest day of the year. On Purim we hear the Megillah read aloud, send baskets of food to friends and give to the poor.\n\nBegins at sundown on March 16, 2022";
    expect(pairsOf(purim)).toEqual([["2022-03-16", "14 Adar II 5782", "match-after-sunset"]]);
    const pesach =
      "Community Seder\n\nJoin us for Passover with songs, four cups and a festive dinner for every age; bring a friend.\n\nStarts evening of April 2, 2026";
    const report = checkDocument(pesach, { reference: REFERENCE });
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => [pair.hebrew.canonical, pair.verdict])).toEqual([
      ["15 Nisan 5786", "mismatch"],
    ]);
  });

  it("does not pair a field whose verb is no begin verb, or one in the prose's own paragraph", () => {
    for (const text of [
      "Purim Party\n\nOn Purim we hear the Megillah read aloud and send baskets of food to friends.\n\nRegistration closes March 10, 2022",
      "Purim Party\n\nOn Purim we hear the Megillah read aloud and send baskets of food to friends and give to the poor of our town. Begins at sundown on March 16, 2022",
    ])
      expect(pairsOf(text)).toEqual([]);
  });
});
