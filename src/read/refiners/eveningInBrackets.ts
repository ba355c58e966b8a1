import { EVENING_AFTER_DATE } from "../lexicon/dateWords.js";
import { phrases } from "../patterns.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "2025: Wednesday, Oct. 1 (at sunset) - Thursday, Oct. 2" (thejkc.org): a list of holidays puts the
// evening the holiday begins in brackets after its civil date. The bracket keeps the words off the
// date's own reading (eveningAfter.ts reads them unbracketed), so a page's pair is marked here.

/** Built on first use: the evening words after a date, in brackets, right after it. */
let bracketed: RegExp | undefined;

/** Marks pairs whose civil date is followed by its evening in brackets. */
export const eveningInBrackets: Refiner = {
  name: "evening-in-brackets",
  refine(context: RefineContext): void {
    const { text, mentions } = context;
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair" || group.evening) return;
      const civil = mentions[group.gregorian]!;
      bracketed ??= new RegExp(`^[ \\u00a0]{0,2}\\((?:${phrases(EVENING_AFTER_DATE)})\\)`, "iu");
      const match = bracketed.exec(text.slice(civil.end, civil.end + 40));
      if (match === null) return;
      const phrase = match[0].trim().slice(1, -1);
      group.evening = { source: "connector", text: phrase };
      record(context, "evening-in-brackets", { group: index }, "evening", phrase);
    });
  },
};
