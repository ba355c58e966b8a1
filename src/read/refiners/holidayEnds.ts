import { UNTIL_CLAUSES } from "../lexicon/dateWords.js";
import type { PairGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "Purim 2025 begins on Thursday night, March 13 and continues until Shabbat, March 14", "Purim will
// begin on the evening of March 13 and end at sundown on March 14": a named day paired with the
// evening it begins on is also the day the clause says it lasts until. That second date is the
// holiday's own daytime, paired with it as well (not a range's end, whose evening would be read as
// the whole span's), so that its weekday and day are checked too.

/**
 * The clause that leads from the evening to the holiday's day: "and continues until", "and ends at
 * sundown on", "and goes through Sunday March 24th" (newsynagogue.org), "and ends after nightfall on".
 */
// The verb may be in the future or plural ("and will conclude on", "and conclude at sundown on", a
// holiday of several days), and the end of the day may be its evening ("and ends in the evening on",
// "and ends in the evening of Saturday, May 27", kehilatkodesh.org; "and will go on till the evening
// of Monday, December 14", fitnessfashions.com). The first date's own sundown may come before the
// clause: "Yom Kippur begins Sept. 15 at sundown and ends Sept. 16 at nightfall" (kenoshanews.com).
const UNTIL =
  /^(?:\s+at\s+(?:sundown|sunset))?,?\s+and\s+(?:will\s+)?(?:continues?|lasts?|runs?|goes\s+on|go\s+on|goes|go|ends?|concludes?|is\s+over)(?:\s+(?:until|till|through|thru|to))?(?:\s+(?:(?:at|after|in\s+the|the)\s+)?(?:sundown|sunset|nightfall|dusk|evening)(?:\s+(?:on|of))?)?(?:\s+on)?\s*$/iu;

/** The same clause in the other languages read, from their rows; undefined when there are none (the lean build). */
let untilRows: RegExp | null | undefined;
function untilOtherLanguages(): RegExp | null {
  if (untilRows !== undefined) return untilRows;
  const phrases = UNTIL_CLAUSES.map((row) =>
    row.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"),
  );
  untilRows = phrases.length === 0 ? null : new RegExp(`^,?\\s+(?:${phrases.join("|")})\\s*$`, "iu");
  return untilRows;
}

/**
 * Whether the words between the two civil days say the holiday lasts until the second: "english"
 * by its pattern, "other" by another language's rows, else undefined.
 */
function saysUntil(gap: string): "english" | "other" | undefined {
  // An aside in brackets does not break the clause: "e (al di fuori di Israele) termina al crepuscolo del".
  const clause = gap.replace(ASIDE, "");
  if (UNTIL.test(clause)) return "english";
  return untilOtherLanguages()?.test(clause) === true ? "other" : undefined;
}
const ASIDE = /[ \t\u00a0]*\([^()\n]{1,40}\)/gu;

// A holiday said only to end on a civil day: "Hanukkah ends on December 22", "Passover ends at
// nightfall on April 20, 2025", "Pessach endet am 20. April", "Pessa'h se termine le 20 avril",
// "Pésaj termina el 20 de abril", "Песах закінчується 20 квітня". That day is its last, as after
// "until": the same clause as above without the "and" that joins it to the evening it begins on.
// Between the name and the verb stand at most a short subject's words and a year ("Hanukkah 2025,
// the festival of lights, ends on"); another subject after a conjunction is another clause ("Purim
// is over and the school trip ends on March 3").

/** The English verb that ends the holiday, and the small words that lead to its day. */
const ENDS =
  /(?<!\p{L})(?:will\s+)?(?:ends?|ended|concludes?|concluded|is\s+over|was\s+over|comes\s+to\s+an\s+end|came\s+to\s+an\s+end)(?:\s+(?:(?:at|after|in\s+the|the)\s+)?(?:sundown|sunset|nightfall|dusk|evening)(?:\s+(?:on|of))?)?(?:\s+on)?\s*$/iu;
/** Most characters between the name and its verb. */
const MAX_SUBJECT = 40;
const YEAR = /(?<!\p{N})\p{N}{4}(?!\p{N})/gu;
const ANOTHER_CLAUSE =
  /[.!?;:\u2026\n]|(?<!\p{L})(?:and|but|und|aber|y|pero|et|mais|e|ma|mas|и|і|та|а|но|але)(?!\p{L})/iu;
/** The other languages' clauses without their "and": "endet am", "se termine le", "termina el". */
const CONJUNCTION = /^(?:y|et|e|und|en|и|і|i|та) /u;
let endRows: RegExp | null | undefined;
function endsOtherLanguages(): RegExp | null {
  if (endRows !== undefined) return endRows;
  const phrases = UNTIL_CLAUSES.filter((row) => CONJUNCTION.test(row)).map((row) =>
    row
      .replace(CONJUNCTION, "")
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/ /g, "\\s+"),
  );
  endRows = phrases.length === 0 ? null : new RegExp(`(?<!\\p{L})(?:${phrases.join("|")})\\s*$`, "iu");
  return endRows;
}

/** Another day right after the date: "Apr 6, 7", "6-7 April", "April 6 and 7". */
const CLOSING_DAYS = /^[ \u00a0]*(?:[,&\u2013\u2014-]|and|und|et|y|e|и|і|та)[ \u00a0]*\p{N}{1,2}(?!\p{N})/u;

/** Whether the words between a named day and a civil date say it ends on that date: "english", "other", or undefined. */
function saysEnds(gap: string): "english" | "other" | undefined {
  const clause = gap.replace(ASIDE, "");
  const verb = ENDS.exec(clause) ?? endsOtherLanguages()?.exec(clause);
  if (!verb) return undefined;
  const subject = clause.slice(0, verb.index);
  if (subject.length > MAX_SUBJECT || ANOTHER_CLAUSE.test(subject)) return undefined;
  if (/\p{N}/u.test(subject.replace(YEAR, ""))) return undefined;
  return ENDS.test(clause) ? "english" : "other";
}

/** Pairs a holiday with the civil day its clause says it lasts until. */
export const holidayEnds: Refiner = {
  name: "holiday-ends",
  refine(context: RefineContext): void {
    const { mentions, partners, text } = context;
    const made: PairGroup[] = [];
    for (const group of context.groups) {
      if (group.kind !== "pair") continue;
      const holiday = mentions[group.hebrew]!;
      // A named day may be written as a date too: "Tu B’Shevat begins at sundown on Sunday Feb. 9 and
      // ends at sundown on Monday Feb. 10" (sabrina-stern.de) reads the name as 15 Shevat. Such a date
      // begins on its evening by a clause's words; one beside a date by separators is a masthead's.
      const named = holiday.stated.holiday !== undefined;
      if (holiday.stated.holidayDay !== undefined) continue;
      if (!named && (holiday.stated.day === undefined || group.evidence.kind !== "connector")) continue;
      // The evening is the holiday's partner written after it; the day it lasts until comes next.
      const next = group.gregorian + 1;
      const end = mentions[next];
      if (group.gregorian < group.hebrew || end === undefined || end.calendar !== "gregorian") continue;
      // "… and ends Tuesday evening May 14th": the evening that ends the holiday would be read as
      // the one that begins the next Hebrew day.
      if (partners[next]! >= 0) continue;
      const until = saysUntil(text.slice(mentions[group.gregorian]!.end, end.start));
      if (until === undefined || (end.stated.evening && until === "english")) continue;
      // French and Italian write the evening that ends the holiday after its day or before it ("et se
      // termine le samedi 8 juin au soir", "e termina la sera di sabato 8 giugno"): after "until" it
      // is the end of that civil day, the holiday's own, not the evening of the next Hebrew day.
      if (end.stated.evening) end.stated = { ...end.stated, evening: undefined, weekdayNames: undefined };
      // "until": no evening word, whatever the clause says of the sundown that ends the day.
      made.push({
        kind: "pair",
        gregorian: next,
        hebrew: group.hebrew,
        evidence: {
          kind: "connector",
          text: text.slice(mentions[group.gregorian]!.end, end.start),
          phrase: "until",
        },
      });
      partners[next] = group.hebrew;
    }
    // A named day alone, said to end on the civil date after it.
    for (let at = 0; at + 1 < mentions.length; at++) {
      const holiday = mentions[at]!;
      const end = mentions[at + 1]!;
      const { stated } = holiday;
      if (holiday.calendar !== "hebrew" || stated.holiday === undefined || stated.holidayDay !== undefined)
        continue;
      if (stated.holidayErev || end.calendar !== "gregorian" || partners[at]! >= 0 || partners[at + 1]! >= 0)
        continue;
      // "Passover ends Apr 6, 7 (Fri, Sat)": a schedule's closing days, not one day it ends on.
      if (CLOSING_DAYS.test(text.slice(end.end, end.end + 12))) continue;
      const gap = text.slice(holiday.end, end.start);
      const ends = saysEnds(gap);
      if (ends === undefined || (end.stated.evening && ends === "english")) continue;
      if (end.stated.evening) end.stated = { ...end.stated, evening: undefined, weekdayNames: undefined };
      made.push({
        kind: "pair",
        gregorian: at + 1,
        hebrew: at,
        evidence: { kind: "connector", text: gap, phrase: "until" },
      });
      partners[at] = at + 1;
      partners[at + 1] = at;
    }
    for (const group of made) {
      context.groups.push(group);
      record(context, "holiday-ends", { group: context.groups.length - 1 }, "kind", "pair", "until");
    }
  },
};
