import { type PairConstraint, yearsOfPair } from "../../calendars/partialDate.js";
import type { WorkingMention } from "../mention.js";
import type { PairGroup } from "../reading.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { applyYear, partialOf } from "./settle.js";
import { pageAnchorDayNumber } from "./yearFromPage.js";

// "Thursday, April 22 | 15 Nisan": neither side says its year. Guessing each year on its own and
// then calling the pair a mismatch would blame the page for our guess; instead, search the years in
// which the two days (and the weekday) agree, take the one nearest the page's other dates or the
// reference, and report the other fitting years.

function weekdayConstraint(
  gregorian: WorkingMention,
  hebrew: WorkingMention,
  evening: boolean,
): PairConstraint["weekday"] {
  if (gregorian.stated.weekday !== undefined) {
    const shift = evening && gregorian.stated.weekdayNames === "hebrew-day" ? 1 : 0;
    return { index: gregorian.stated.weekday, of: "gregorian", shift };
  }
  if (hebrew.stated.weekday !== undefined) {
    const shift = evening && hebrew.stated.weekdayNames !== "hebrew-day" ? -1 : 0;
    return { index: hebrew.stated.weekday, of: "hebrew", shift };
  }
  return undefined;
}

function isEvening(group: PairGroup, gregorian: WorkingMention, hebrew: WorkingMention): boolean {
  return group.evening !== undefined || gregorian.stated.evening === true || hebrew.stated.evening === true;
}

/** How far from the page's nearest dated mention a year-less pair may be read: a year and a half. */
const PAGE_REACH_DAYS = 550;

/** Both dates of a pair without a year: the years in which they agree. */
export const yearOfPair: Refiner = {
  name: "year-of-pair",
  refine(context: RefineContext): void {
    for (const group of context.groups) {
      if (group.kind !== "pair") continue;
      const gregorian = context.mentions[group.gregorian]!;
      const hebrew = context.mentions[group.hebrew]!;
      if (!missingYear(gregorian) || !missingYear(hebrew) || hebrew.stated.holiday !== undefined) continue;
      const evening = isEvening(group, gregorian, hebrew);
      const constraint: PairConstraint = {
        offsets: evening ? [1, 0] : [0, 1],
        weekday: weekdayConstraint(gregorian, hebrew, evening),
      };
      const page = pageAnchorDayNumber(context, group.gregorian);
      const target = page ?? context.referenceDayNumber;
      const found = yearsOfPair(partialOf(gregorian), partialOf(hebrew), constraint, target);
      if (!found) continue;
      // Near a date the page states ("Месяц кислев 5785 (2024) года … 28 мархешвана • 27 ноября"),
      // a year that fits only decades away is no reading of the page: leave the pair to the page's
      // year, so that a wrong day shows as one.
      if (page !== undefined && Math.abs(found.gregorian.dayNumber - page) > PAGE_REACH_DAYS) continue;
      const others = found.years.slice(1, 6);
      const also = others.length > 0 ? `; ${others.join(", ")} also fit` : "";
      const why = constraint.weekday ? "the two dates and the weekday agree" : "the two dates agree";
      applyYear(context, "year-of-pair", group.gregorian, found.gregorian.year, {
        from: "pair",
        note: `the year nearest ${page === undefined ? "the reference day" : "the page's dates"} in which ${why}${also}`,
        ...(others.length > 0 ? { alternatives: others } : {}),
      });
      applyYear(context, "year-of-pair", group.hebrew, found.hebrew.year, {
        from: "pair",
        note: `the Hebrew year of the day the Gregorian date beside it names in ${found.gregorian.year}`,
      });
    }
  },
};
