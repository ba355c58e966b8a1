import { DateTime } from "luxon";
import { weekdayIndexOf, weekdayOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian, formatIsoDate } from "../calendars/gregorian.js";
import { luxonZone } from "../calendars/zonedDay.js";
import { describeHebrew, type HebrewDay } from "../convert/result.js";
import { DateError } from "../errors.js";
import type { DateMention, MentionProblem } from "../read/mention.js";
import { runPipeline, toReferenceDayNumber } from "../read/parseDates.js";
import { adjacentPairs } from "../read/refiners/adjacency.js";
import { WEEKDAYS } from "../types.js";
import { judgePair, type LineOf } from "./judgePair.js";
import { type LocationInput, locationForZone, resolveLocation, sunsetOn } from "./sunset.js";
import type { PairReport } from "./types.js";

/** Options for {@link checkDocument}. */
export interface CheckOptions {
  /** The day missing years are inferred near (default: today). */
  reference?: Date | string;
  /** IANA zone of timestamps that state no offset; also picks a city for sunset when it names one. */
  timeZone?: string;
  /** Where sunset is computed for timestamps: a city @hebcal/core knows or coordinates. */
  location?: LocationInput;
  numericOrder?: "mdy" | "dmy" | "auto";
  /** Holiday names mean the days Israel keeps (default: the diaspora's). */
  israel?: boolean;
}

/** A Gregorian date with a time of day that stands alone: when the page or its article was written. */
export interface TimestampReport {
  text: string;
  line: number;
  start: number;
  end: number;
  gregorian: { iso: string };
  time: string;
  /** The offset from UTC the time is in, when known (`+02:00`). */
  offset?: string;
  hebrew: HebrewDay;
  /** The time is at or after sunset at the known place: the Hebrew date is the next civil day's. */
  afterSunset: boolean;
  /** Sunset that day at the place used, when one was known. */
  sunset?: string;
  /** The timestamp's civil day minus the masthead's (negative: before it). */
  daysFromMasthead?: number;
}

/** A date that names no real day, or an unknown month. */
export interface DocumentProblem extends MentionProblem {
  text: string;
  line: number;
  start: number;
  end: number;
}

/** The verdict on one document. */
export interface DocumentReport {
  verdict: "consistent" | "inconsistent" | "no-dates";
  /** Why the document is inconsistent, one sentence each. */
  reasons: string[];
  /** The first pair's Gregorian day: the date the page shows for itself. */
  masthead?: { iso: string; hebrew: string; line: number };
  pairs: PairReport[];
  timestamps: TimestampReport[];
  /** Other dates found, neither paired nor timestamps. */
  dates: Array<{ text: string; line: number; calendar: string; iso?: string; hebrew?: string }>;
  problems: DocumentProblem[];
}

function lineIndex(text: string): LineOf {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

function timestampReport(mention: DateMention, options: CheckOptions, lineOf: LineOf): TimestampReport {
  const date = mention.date!;
  const civil = mention.dayNumber!;
  const time = mention.stated.time!;
  const location =
    options.location !== undefined
      ? resolveLocation(options.location)
      : options.timeZone
        ? locationForZone(options.timeZone)
        : undefined;
  // Fix: a named place (or coordinates given with a zone) tells the zone of a time written without
  // one; before, `location: "Jerusalem"` alone never computed sunset at all.
  const locationZone =
    typeof options.location === "string" || options.location?.timeZone !== undefined
      ? location?.getTzid()
      : undefined;
  const zone =
    mention.stated.offsetMinutes !== undefined
      ? `UTC${offsetText(mention.stated.offsetMinutes)}`
      : options.timeZone !== undefined
        ? luxonZone(options.timeZone)
        : locationZone;
  let afterSunset = false;
  let sunset: string | undefined;
  if (location && zone) {
    const instant = DateTime.fromObject(
      { year: date.year, month: date.month, day: date.day, ...time },
      { zone },
    );
    const setting = sunsetOn(civil, location);
    if (setting && instant.isValid) {
      afterSunset = instant.toMillis() >= setting.toMillis();
      sunset = setting.setZone(zone).toISO({ suppressMilliseconds: true }) ?? undefined;
    }
  }
  const report: TimestampReport = {
    text: mention.text,
    line: lineOf(mention.start),
    start: mention.start,
    end: mention.end,
    gregorian: { iso: formatIsoDate(date.year, date.month, date.day) },
    time: `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}${time.second ? `:${String(time.second).padStart(2, "0")}` : ""}`,
    hebrew: describeHebrew(afterSunset ? civil + 1 : civil),
    afterSunset,
  };
  if (mention.stated.offsetMinutes !== undefined) report.offset = offsetText(mention.stated.offsetMinutes);
  if (sunset) report.sunset = sunset;
  return report;
}

/** Day-level problems (a date that names no real day) make a page inconsistent; a misspelled month does not. */
const DAY_PROBLEMS = new Set([
  "day-out-of-range",
  "not-a-leap-year",
  "month-out-of-range",
  "year-out-of-range",
]);

/**
 * Finds a page's masthead pairs and timestamps and says whether they agree. Never throws on any
 * text: what it cannot read comes back in `problems`.
 * @example checkDocument("Sunday, July 22nd | 10 Av 5778").verdict // "consistent"
 */
export function checkDocument(text: string, options: CheckOptions = {}): DocumentReport {
  if (typeof text !== "string") throw new TypeError("checkDocument: text must be a string");
  if (options.location !== undefined) resolveLocation(options.location); // misuse throws up front
  if (options.timeZone !== undefined && !DateTime.now().setZone(luxonZone(options.timeZone)).isValid) {
    throw new DateError("invalid-option", `Unknown time zone "${options.timeZone}"`, {
      input: options.timeZone,
    });
  }
  const mentions = runPipeline(text, {
    referenceDayNumber: toReferenceDayNumber(options.reference),
    numericOrder: options.numericOrder ?? "auto",
    israel: options.israel === true,
  });
  const lineOf = lineIndex(text);
  const report: DocumentReport = {
    verdict: "no-dates",
    reasons: [],
    pairs: [],
    timestamps: [],
    dates: [],
    problems: [],
  };
  if (mentions.length === 0) return report;

  const paired = new Set<number>();
  // Members of pairs that could not be judged (one side names no real day): their own weekday is
  // still checked as a lone date's would be.
  const unjudged = new Set<number>();
  // The masthead is the first pair that names real days: the date the page shows for itself.
  let mastheadMention: DateMention | undefined;
  for (const [i, j] of adjacentPairs(text, mentions)) {
    const a = mentions[i]!;
    const b = mentions[j]!;
    const [gregorian, hebrew] = a.calendar === "gregorian" ? [a, b] : [b, a];
    const pair = judgePair(gregorian, hebrew, lineOf);
    report.pairs.push(pair);
    paired.add(i).add(j);
    if (pair.verdict === "invalid") unjudged.add(i).add(j);
    if (!mastheadMention && pair.verdict !== "invalid" && gregorian.date) {
      mastheadMention = gregorian;
      report.masthead = {
        iso:
          pair.gregorian.iso ?? formatIsoDate(gregorian.date.year, gregorian.date.month, gregorian.date.day),
        hebrew: pair.hebrew.canonical ?? pair.hebrew.text,
        line: pair.gregorian.line,
      };
    }
  }

  mentions.forEach((mention, i) => {
    if (mention.problem) {
      report.problems.push({
        ...mention.problem,
        text: mention.text,
        line: lineOf(mention.start),
        start: mention.start,
        end: mention.end,
      });
      if (DAY_PROBLEMS.has(mention.problem.code))
        report.reasons.push(`line ${lineOf(mention.start)}: ${mention.problem.message}`);
      return;
    }
    if (paired.has(i) && !unjudged.has(i)) return;
    const weekday = mention.stated.weekday;
    if (
      weekday !== undefined &&
      mention.dayNumber !== undefined &&
      weekdayIndexOf(mention.dayNumber) !== weekday
    ) {
      report.reasons.push(
        `line ${lineOf(mention.start)}: "${mention.text}" was a ${weekdayOf(mention.dayNumber)}, not a ${WEEKDAYS[weekday]}`,
      );
    }
    if (paired.has(i)) return;
    if (mention.calendar === "gregorian" && mention.stated.time && mention.dayNumber !== undefined) {
      const timestamp = timestampReport(mention, options, lineOf);
      if (mastheadMention?.dayNumber !== undefined)
        timestamp.daysFromMasthead = mention.dayNumber - mastheadMention.dayNumber;
      report.timestamps.push(timestamp);
      return;
    }
    const entry: DocumentReport["dates"][number] = {
      text: mention.text,
      line: lineOf(mention.start),
      calendar: mention.calendar,
    };
    if (mention.dayNumber !== undefined) {
      const g = dayNumberToGregorian(mention.dayNumber);
      entry.iso = formatIsoDate(g.year, g.month, g.day);
      entry.hebrew = describeHebrew(mention.dayNumber).text;
    }
    report.dates.push(entry);
  });

  for (const pair of report.pairs) {
    if (pair.verdict === "mismatch") report.reasons.push(`line ${pair.gregorian.line}: ${pair.explanation}`);
    else if (pair.weekday.verdict === "mismatch")
      report.reasons.push(`line ${pair.gregorian.line}: ${pair.explanation}`);
  }
  for (const timestamp of report.timestamps) {
    if ((timestamp.daysFromMasthead ?? 0) > 0) {
      report.reasons.push(
        `line ${timestamp.line}: the timestamp ${timestamp.gregorian.iso} is ${timestamp.daysFromMasthead} day(s) after the masthead date ${report.masthead?.iso}: a page cannot be rendered before its article was written`,
      );
    }
  }
  report.verdict = report.reasons.length > 0 ? "inconsistent" : "consistent";
  return report;
}
