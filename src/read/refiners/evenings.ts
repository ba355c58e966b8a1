import { type RefineContext, type Refiner, record } from "./context.js";
import { isEveningPhrase } from "./joins.js";

// "Friday night, 25 Kislev 5787 (December 4, 2026)", "ליל שבת, כ״ה בכסלו", "Chanukah begins at
// sundown on December 4", "the 3rd candle of Chanukah": the civil date is the evening on which the
// Hebrew day begins, so the pair agrees when the Hebrew day is the civil day + 1. (Erev X is the
// whole day before X, not an evening.) It runs early, for the year search of a year-less pair, and
// again at the end, when holiday names have been settled into the evenings they may name.

/** Marks the pairs whose civil date is the evening before the Hebrew day. */
export const evenings: Refiner = {
  name: "evenings",
  refine(context: RefineContext): void {
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
  },
};
