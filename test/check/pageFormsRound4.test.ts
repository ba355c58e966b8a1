import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms the held-out batch 2026-12-01d of real-page snippets showed that the fourth round of the
// reader reads (test/pages), written here with other days so that the batch stays held out. Every
// match is checked against ICU and @hebcal/core (hebrewOf).

type Row = [string, string, string, ExpectedPair[]];

describe("forms of the fourth round", () => {
  it.each<Row>([
    [
      "a list of holidays, each a label above its date, with an aside in brackets or after a slash",
      "Pessah (le banche sono chiuse)\n-\nMartedí 23 Aprile, 2024\nEbraica : Liberazione dall'Egitto.\nShavuot (le banche sono chiuse)\n-\nMercoledí 12 Giugno, 2024\nEbraica : Il dono della Torah.\nRosh Hashanah/Capodanno ebraico\n-\nGiovedí 3 Ottobre, 2024\nEbraica : Capodanno.",
      "consistent",
      [
        { iso: "2024-04-23", hebrew: "15 Nisan 5784", verdict: "match", weekday: "ok" },
        { iso: "2024-06-12", hebrew: "6 Sivan 5784", verdict: "match", weekday: "ok" },
        { iso: "2024-10-03", hebrew: "1 Tishrei 5785", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "two days joined by a word, each with its weekday, beside a two-day Rosh Chodesh (both days pair, end with end)",
      "Roch 'Hodech Adar 5786 : mardi 17 et mercredi 18 février 2026",
      "consistent",
      [
        { iso: "2026-02-17", hebrew: "30 Sh'vat 5786", verdict: "match", weekday: "ok" },
        { iso: "2026-02-18", hebrew: "1 Adar 5786", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "Spanish: the evening after the civil date, then 'comienza la festividad de' and the holiday",
      "El lunes 22 de abril de 2024 por la noche comienza la festividad de Pesaj.",
      "consistent",
      [{ iso: "2024-04-22", hebrew: "15 Nisan 5784", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Polish: the evening after the civil date, then 'rozpocznie się' and the holiday",
      "We wtorek, 11 czerwca 2024 wieczorem, rozpocznie się Szawuot.",
      "consistent",
      [{ iso: "2024-06-11", hebrew: "6 Sivan 5784", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "German: 'beginnt am', a weekday with 'den', and 'kurz nach Sonnenuntergang' after the date",
      "Das Passahfest 2024 beginnt am Montag, den 22. April 2024, kurz nach Sonnenuntergang.",
      "consistent",
      [{ iso: "2024-04-22", hebrew: "15 Nisan 5784", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "French: 'aura lieu du' before an evening",
      "'Hanouka aura lieu du dimanche 14 décembre 2025 au soir avec l'allumage de la 1ère bougie.",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Italian: two days joined by 'e', then 'sarà' and a holiday of two days (both days pair, end with end)",
      "Il 23 e 24 settembre 2025 sarà Rosh ha Shanà, il Capodanno ebraico.",
      "consistent",
      [
        { iso: "2025-09-23", hebrew: "1 Tishrei 5786", verdict: "match" },
        { iso: "2025-09-24", hebrew: "2 Tishrei 5786", verdict: "match" },
      ],
    ],
    [
      "German: a holiday, then its days after 'vom' (its first and last days pair with the range's ends)",
      "Am Pessach (vom 13. bis 20. April 2025) feiern die Juden die Befreiung aus Ägypten.",
      "consistent",
      [
        { iso: "2025-04-13", hebrew: "15 Nisan 5785", verdict: "match" },
        { iso: "2025-04-20", hebrew: "22 Nisan 5785", verdict: "match" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("a holiday label with a sentence after it is no label: the dates around it do not pair with it", () => {
    const report = checkDocument("Pessah is when we remember the Exodus.\n-\nMartedí 23 Aprile, 2024", {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });
});
