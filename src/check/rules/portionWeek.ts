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
  return shabbatotNear(parashah!, date.date!.year).some((shabbat) =>
    named === undefined ? Math.abs(day - shabbat) <= 6 : day === shabbat - (6 - named),
  );
}

/**
 * Every portion written right beside a Hebrew date on its line, and whether the date falls in the
 * portion's week.
 * @example portionWeekChecks("Parashat Miketz, 21 Kislev 5787", mentions)[0]?.fits // false
 */
export function portionWeekChecks(text: string, mentions: readonly DateMention[]): PortionWeekCheck[] {
  const checks: PortionWeekCheck[] = [];
  mentions.forEach((mention, i) => {
    if (mention.stated.parashah === undefined || mention.problem) return;
    for (const j of [i + 1, i - 1]) {
      const other = mentions[j];
      if (other?.calendar !== "hebrew" || other.stated.holiday !== undefined) continue;
      // A date the reading settled (its day number comes with it); one that names no day is not judged.
      if (other.problem || !other.date) continue;
      const gap = j > i ? text.slice(mention.end, other.start) : text.slice(other.end, mention.start);
      if (!BESIDE.test(gap)) continue;
      checks.push({ portion: i, hebrew: j, fits: fitsWeek(mention, other) });
      return;
    }
  });
  return checks;
}
