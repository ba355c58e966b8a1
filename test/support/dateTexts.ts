import fc from "fast-check";
import { dayNumberToGregorian } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew, hebrewMonthName } from "../../src/calendars/hebrew.js";
import { toGematriya } from "../../src/read/gematriya.js";
import { ENGLISH_MONTHS } from "./monthNames.js";

// Generated inputs of convertDate, shared by the tests of its hand-written JSON lines.

export const dayNumber = fc.integer({ min: -1_373_000, max: 3_652_000 });
export const wrapper = fc.constantFrom("", '"', "'", "(", "\t", " ", "\\", "\u2028", "\u0007", "«");
export const options = fc.record({
  afterSunset: fc.boolean(),
  israel: fc.boolean(),
  timeZone: fc.constantFrom("UTC", "Asia/Jerusalem", "America/New_York"),
});

/** Texts of every form, some with a time, a zone, a weekday, plain Adar, no year, quotes around. */
export const text = fc
  .tuple(dayNumber, fc.integer({ min: 0, max: 9 }), wrapper, fc.boolean())
  .map(([n, form, around, weekday]) => {
    const g = dayNumberToGregorian(n);
    const h = dayNumberToHebrew(n);
    const day = weekday
      ? `${["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][((n % 7) + 7) % 7]}, `
      : "";
    const forms = [
      `${h.day} ${hebrewMonthName(h.month, h.year)} ${h.year}`,
      `${day}${ENGLISH_MONTHS[g.month - 1]} ${g.day}, ${g.year}`,
      `${day}${ENGLISH_MONTHS[g.month - 1]} ${g.day}`,
      `${g.year}-${String(g.month).padStart(2, "0")}-${String(g.day).padStart(2, "0")}T10:30:00+02:00`,
      `${g.month}/${g.day}/${g.year}`,
      `${ENGLISH_MONTHS[g.month - 1]} ${g.day}, ${g.year} 9:15 pm EDT`,
      `${h.day} Adar ${h.year}`,
      h.year <= 9999 && h.year % 1000 !== 0
        ? `${toGematriya(h.day)} באב ${toGematriya(h.year)}`
        : `${h.day} Av`,
      `${day}${g.day} ${ENGLISH_MONTHS[g.month - 1]} ${g.year} | ${h.day} ${hebrewMonthName(h.month, h.year)} ${h.year}`,
      `${g.day}.${g.month}.${g.year}`,
    ];
    return `${around}${forms[form]}${around}`;
  });
