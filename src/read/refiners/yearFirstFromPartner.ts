import { dayNumberStrict } from "../../calendars/validate.js";
import { partnerOf, type RefineContext, type Refiner } from "./context.js";
import { inferField, settleInYear } from "./settle.js";

// Some Hebrew newspapers write a short civil date year first ("כ' חשוון תשפ"ג 22/11/14" is 2022-11-14),
// which reads day first as 22 November 2014. Only the year decides: when the Hebrew year beside it
// overlaps the first number read as a year and is years away from the last, the date is read year,
// month, day. The day is then checked as written, so a wrong day or month is still caught; a page
// off by a few years keeps its day-first reading (the last number is then near the Hebrew year).
// A page's reading only: the order is a newspaper masthead's habit, and one date is read as written.

/** Two numbers, then a two-digit year, joined by one separator: the written fields of a short date. */
const SHORT_DATE = /(?<!\p{N})(\d{2})([/.])(\d{1,2})\2(\d{2})(?!\p{N})/u;

/** How far (in years) the last number may be from the Hebrew year and still be taken as the year. */
const NEAR = 1;

/** Whether `year` is one of the civil years Hebrew year `hebrewYear` overlaps, or within `slack` of them. */
const overlaps = (year: number, hebrewYear: number, slack: number): boolean =>
  year >= hebrewYear - 3761 - slack && year <= hebrewYear - 3760 + slack;

/** Re-reads a two-digit-year date year first when only that order gives the Hebrew partner's year. */
export const yearFirstFromPartner: Refiner = {
  name: "year-first-from-partner",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      if (!mention.stated.twoDigitYear || context.candidates[i]!.extractor !== "numeric") return;
      const other = partnerOf(context, i);
      if (other?.calendar !== "hebrew" || other.date === undefined || other.stated.year === undefined) return;
      const written = SHORT_DATE.exec(mention.text);
      if (!written) return;
      const hebrewYear = other.date.year;
      // The year of those two digits nearest the Hebrew year's.
      const century = (twoDigits: number): number => {
        const near = hebrewYear - 3760;
        const below = near - ((((near - twoDigits) % 100) + 100) % 100);
        return near - below > 50 ? below + 100 : below;
      };
      const last = century(Number(written[4]));
      const first = century(Number(written[1]));
      if (overlaps(last, hebrewYear, NEAR) || !overlaps(first, hebrewYear, 0)) return;
      const month = Number(written[3]);
      const day = Number(written[4]);
      try {
        dayNumberStrict({ calendar: "gregorian", year: first, month, day });
      } catch {
        return;
      }
      mention.stated = { ...mention.stated, year: first, month, day };
      mention.inferred = mention.inferred.filter(
        (inference) => inference.field !== "year" && inference.field !== "order",
      );
      delete mention.alternatives;
      delete mention.problem;
      delete mention.date;
      delete mention.dayNumber;
      inferField(context, "year-first-from-partner", i, {
        field: "order",
        value: "ymd",
        from: "hebrew",
        note: `year, month and day order: only the year first gives the year of the Hebrew date beside it, "${other.text}"`,
      });
      settleInYear(context, i, first);
    });
  },
};
