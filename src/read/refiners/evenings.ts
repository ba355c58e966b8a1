import { type RefineContext, type Refiner, record } from "./context.js";

// "Friday night, 25 Kislev 5787 (December 4, 2026)", "ליל שבת, כ״ה בכסלו", "Chanukah begins at
// sundown on December 4", "the 3rd candle of Chanukah": the civil date is the evening on which the
// Hebrew day begins, so the pair agrees when the Hebrew day is the civil day + 1. (Erev X is the
// whole day before X, not an evening.) It runs early, for the year search of a year-less pair, and
// again at the end, when holiday names have been settled into the evenings they may name.

/**
 * Marks the pairs whose civil date is the evening before the Hebrew day: by a weekday or holiday
 * that names an evening, or by a connector phrase that `isEveningPhrase` says means one (joins.ts;
 * one date is paired by separators alone, so its reading needs none).
 */
export function eveningsBy(isEveningPhrase: (phrase: string) => boolean): Refiner {
  return { name: "evenings", refine: (context) => markEvenings(context, isEveningPhrase) };
}

function markEvenings(context: RefineContext, isEveningPhrase: (phrase: string) => boolean): void {
  context.groups.forEach((group, index) => {
    if (group.kind !== "pair" || group.evening) return;
    const evidence = group.evidence;
    if (evidence.kind === "connector" && isEveningPhrase(evidence.phrase)) {
      group.evening = { source: "connector", text: evidence.phrase };
    } else {
      for (const member of [group.gregorian, group.hebrew]) {
        const mention = context.mentions[member]!;
        // A weekday written as an evening, or a holiday name that means one (a candle, Kol Nidre).
        if (mention.stated.evening || mention.evening)
          group.evening = { source: "weekday", text: mention.text };
      }
    }
    if (group.evening) record(context, "evenings", { group: index }, "evening", group.evening.text);
  });
}
