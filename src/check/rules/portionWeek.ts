import { dayNumberToHebrew } from "../../calendars/hebrew.js";
import { parashahShabbatot } from "../../calendars/parashahDates.js";
import type { DateMention } from "../../read/index.js";

// A week's Torah portion written beside a Hebrew date ("Parashat Vayeshev, 21 Kislev 5787", "פרשת
// וישב, כ״א בכסלו", a letter's "יום ג' לסדר וישב") names the week that ends on the Shabbat that reads
// it; a masthead may still show the portion of the Shabbat just past ("Tuesday, December 1, 2026 |
// 21 Kislev 5787 | Parshat Vayishlach", jewishpress.com's layout). So the date must lie within six
// days of a Shabbat that reads the portion, or on the weekday the text gives it in that week.

/** What may stand between a portion and its date on a line: a few separators, no words. */
const BESIDE = /^[ \u00a0,;:|/·•–—-]{0,4}$/u;

/** A portion and the Hebrew date written beside it, judged. */
export interface PortionWeekCheck {
  portion: number;
  hebrew: number;
  /** Whether the date falls within the portion's week either side of its Shabbat (or on its stated day). */
  fits: boolean;
}

/** The Shabbat day numbers that read the portion in the years around a Hebrew year, either schedule. */
function shabbatotNear(portion: number, year: number): number[] {
  const days: number[] = [];
  for (let y = year - 1; y <= year + 1; y++)
    for (const israel of [false, true]) days.push(...parashahShabbatot(portion, y, { israel }));
  return days;
}

function fitsWeek(portionMention: DateMention, date: DateMention): boolean {
  const { parashah, parashahWeekday, weekday } = portionMention.stated;
  const day = date.dayNumber!;
  // "Shabbat Parashat Noach" is its Shabbat; "Yom Shlishi, Parashat Noach" the Tuesday before it.
  const named = parashahWeekday ?? weekday;
  const year = date.calendar === "hebrew" ? date.date!.year : dayNumberToHebrew(day).year;
  return shabbatotNear(parashah!, year).some((shabbat) =>
    named === undefined ? Math.abs(day - shabbat) <= 6 : day === shabbat - (6 - named),
  );
}

/**
 * Every portion written right beside a Hebrew date on its line, and whether the date falls in the
 * portion's week. A portion that pairs with no date (`paired`, by mention index) is judged against a
 * civil date beside it too: in "שבת פרשת ויצא, 28.11.2026, י״ח כסלו" the civil date pairs with the
 * Hebrew one, and the portion, a week off, would be checked by nothing.
 * @example portionWeekChecks("Parashat Miketz, 21 Kislev 5787", mentions)[0]?.fits // false
 */
export function portionWeekChecks(
  text: string,
  mentions: readonly DateMention[],
  paired?: ArrayLike<number>,
): PortionWeekCheck[] {
  const checks: PortionWeekCheck[] = [];
  mentions.forEach((mention, i) => {
    if (mention.stated.parashah === undefined || mention.problem) return;
    const civilToo = paired !== undefined && !paired[i];
    for (const j of [i + 1, i - 1]) {
      const other = mentions[j];
      if (other === undefined || other.stated.holiday !== undefined) continue;
      if (other.calendar !== "hebrew" && !(civilToo && other.calendar === "gregorian")) continue;
      // A date the reading settled (its day number comes with it); one that names no day is not judged.
      if (other.problem || !other.date || other.dayNumber === undefined) continue;
      const gap = j > i ? text.slice(mention.end, other.start) : text.slice(other.end, mention.start);
      if (!BESIDE.test(gap)) continue;
      checks.push({ portion: i, hebrew: j, fits: fitsWeek(mention, other) });
      return;
    }
  });
  return checks;
}
