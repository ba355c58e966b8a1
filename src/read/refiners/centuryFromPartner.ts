import { partnerOf, type RefineContext, type Refiner } from "./context.js";
import { inferField, settleInYear } from "./settle.js";

// A two-digit year takes its century near the reference year ("'12" is 2012 today), but beside a
// Hebrew date the Hebrew year says which century it is: "כ״ה כסלו תש״ח (8.12.47)" is 1947, not 2047.

/** Re-reads the century of a two-digit Gregorian year from the Hebrew date beside it. */
export const centuryFromPartner: Refiner = {
  name: "century-from-partner",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      const other = partnerOf(context, i);
      const year = mention.stated.year;
      if (!mention.stated.twoDigitYear || year === undefined || other?.date === undefined) return;
      // The Gregorian years a Hebrew year overlaps: Y − 3761 and Y − 3760.
      const target = other.date.year - 3760;
      let best = year;
      for (const candidate of [year - 100, year + 100])
        if (Math.abs(candidate - target) < Math.abs(best - target)) best = candidate;
      if (best === year) return;
      mention.stated = { ...mention.stated, year: best };
      mention.inferred = mention.inferred.filter((inference) => inference.field !== "year");
      delete mention.problem;
      delete mention.date;
      delete mention.dayNumber;
      inferField(context, "century-from-partner", i, {
        field: "year",
        value: best,
        from: "hebrew",
        note: `the century of a two-digit year, from the Hebrew date beside it, "${other.text}"`,
      });
      settleInYear(context, i, best);
    });
  },
};
