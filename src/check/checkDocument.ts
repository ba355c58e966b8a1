import { DateTime } from "luxon";
import { weekdayIndexOf, weekdayOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian, formatIsoDate } from "../calendars/gregorian.js";
import { hebrewYearOverlaps } from "../calendars/hebrew.js";
import { luxonZone } from "../calendars/zonedDay.js";
import { describeHebrew, type HebrewDay } from "../convert/result.js";
import { DateError } from "../errors.js";
import { type LocationInput, locationForZone, resolveLocation, sunsetOn } from "../place/sunset.js";
import type { DateMention, MentionProblem, TraceEntry } from "../read/index.js";
import { endingDayMayBeMeant, toReferenceDayNumber, weekdayShift } from "../read/index.js";
import { readText, vocabularyOf } from "../read/pageReading.js";
import { type Calendar, WEEKDAYS } from "../types.js";
import { validateOptions } from "../validateOptions.js";
import { type Finding, finding } from "./findings.js";
import { holidayLastDay } from "./holidayLastDay.js";
import { judgePair, type LineOf } from "./judgePair.js";
import { statesDatesAreDays } from "./rules/datesAreDays.js";
import { portionWeekChecks } from "./rules/portionWeek.js";
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
  /** Also return the reading's `trace`: which step set which field. */
  explain?: boolean;
  /** Holiday names mean the days Israel keeps (default: the diaspora's). */
  israel?: boolean;
}

/** A Hebrew year written beside a Gregorian year, judged by whether they overlap. */
export interface YearReport {
  text: string;
  line: number;
  start: number;
  end: number;
  hebrewYear: number;
  gregorianYear: number;
  verdict: "match" | "mismatch";
}

/** One end of a range: where it stands and the day it names. */
export interface RangeEnd {
  text: string;
  line: number;
  start: number;
  end: number;
  iso?: string;
  hebrew?: string;
}

/** A range of days as the page wrote it, with both ends' days. */
export interface RangeReport {
  calendar: "gregorian" | "hebrew";
  from: RangeEnd;
  to: RangeEnd;
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

/**
 * The verdict on one document: `consistent` when something was cross-checked (a pair, a weekday,
 * a timestamp against the masthead) and all agrees; `inconsistent` when any check failed or a date
 * names no real day; `unchecked` when dates were found but none could be checked; `no-dates`.
 */
export type DocumentVerdict = "consistent" | "inconsistent" | "unchecked" | "no-dates";

/** The verdict on one document. */
export interface DocumentReport {
  verdict: DocumentVerdict;
  /** What was found, as data: `error` findings make the page inconsistent. In reading order. */
  findings: Finding[];
  /** How many relations were checked (pairs judged, weekdays of lone dates, timestamps against the masthead). */
  checked: number;
  /** The first pair's Gregorian day: the date the page shows for itself. */
  masthead?: { iso: string; hebrew: string; line: number };
  pairs: PairReport[];
  timestamps: TimestampReport[];
  /** Other dates found, neither paired nor timestamps. */
  dates: Array<{
    text: string;
    line: number;
    start: number;
    end: number;
    calendar: Calendar;
    iso?: string;
    hebrew?: string;
  }>;
  ranges: RangeReport[];
  /** Hebrew years beside Gregorian years, with no day ("ה׳תשפ״ז (2026)"). */
  years: YearReport[];
  problems: DocumentProblem[];
  /** With `explain`: which step of the reading set which field. */
  trace?: TraceEntry[];
}

function lineIndex(text: string): LineOf {
  // Built on the first question: most pages of a corpus have no date, and no line is asked for.
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
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

function endOf(mention: DateMention, lineOf: LineOf): RangeEnd {
  const end: RangeEnd = {
    text: mention.text,
    line: lineOf(mention.start),
    start: mention.start,
    end: mention.end,
  };
  if (mention.dayNumber !== undefined) {
    const g = dayNumberToGregorian(mention.dayNumber);
    end.iso = formatIsoDate(g.year, g.month, g.day);
    end.hebrew = describeHebrew(mention.dayNumber).text;
  }
  return end;
}

function pairFindings(pair: PairReport): Finding[] {
  const span = {
    start: Math.min(pair.gregorian.start, pair.hebrew.start),
    end: Math.max(pair.gregorian.end, pair.hebrew.end),
  };
  const line = Math.min(pair.gregorian.line, pair.hebrew.line);
  const found: Finding[] = [];
  if (pair.verdict === "mismatch") found.push(finding("pair-mismatch", pair.explanation, span, line));
  const judged = pair.weekdays;
  for (const weekday of judged) {
    if (weekday.verdict !== "mismatch") continue;
    const on = weekday.side === "gregorian" ? pair.gregorian : pair.hebrew;
    found.push(
      finding(
        "weekday-mismatch",
        `"${on.text}": the day it names was a ${weekday.actual}, not a ${weekday.stated}`,
        { start: on.start, end: on.end },
        on.line,
      ),
    );
  }
  if (
    judged.length > 1 &&
    judged.some((w) => w.verdict === "ok") &&
    judged.some((w) => w.verdict === "mismatch")
  ) {
    found.push(
      finding(
        "weekdays-disagree",
        `the pair states two weekdays that name different days (${judged.map((w) => w.stated).join(" and ")})`,
        span,
        line,
      ),
    );
  }
  return found;
}

/** Whether a civil date mention starts before `start` on the line `start` is on. */
function civilDateEarlierOnLine(mentions: readonly DateMention[], start: number, lineOf: LineOf): boolean {
  const line = lineOf(start);
  return mentions.some((m) => m.start < start && m.calendar === "gregorian" && lineOf(m.start) === line);
}

/**
 * Whether the pair's Hebrew day is written once more just above it or earlier on its line ("כ״ט אלול
 * תשע״ז" over "29. Elul 5777"): a date set down twice by its author is no widget's live rendering.
 */
function hebrewDayWrittenAbove(
  mentions: readonly DateMention[],
  hebrew: DateMention,
  start: number,
  lineOf: LineOf,
): boolean {
  if (hebrew.dayNumber === undefined) return false;
  const line = lineOf(start);
  return mentions.some(
    (m) =>
      m.start < start &&
      m.calendar === "hebrew" &&
      m.dayNumber === hebrew.dayNumber &&
      m.stated.holiday === undefined &&
      lineOf(m.start) >= line - 1,
  );
}

/**
 * Judges every group the reading found on a page (pairs, ranges), each timestamp against the
 * masthead, and the weekday of each lone date, and says whether they agree. Never throws on any
 * text: what it cannot read comes back in `problems` and `findings`.
 * @example checkDocument("Sunday, July 22nd | 10 Av 5778").verdict // "consistent"
 */
export function checkDocument(text: string, options: CheckOptions = {}): DocumentReport {
  if (typeof text !== "string") throw new TypeError("checkDocument: text must be a string");
  validateOptions("checkDocument", options, [
    "reference",
    "timeZone",
    "location",
    "numericOrder",
    "explain",
    "israel",
  ]);
  if (options.location !== undefined) resolveLocation(options.location); // misuse throws up front
  if (options.timeZone !== undefined && !DateTime.now().setZone(luxonZone(options.timeZone)).isValid) {
    throw new DateError("invalid-option", `Unknown time zone "${options.timeZone}"`, {
      input: options.timeZone,
    });
  }
  const reading = readText(text, {
    referenceDayNumber: toReferenceDayNumber(options.reference),
    numericOrder: options.numericOrder ?? "auto",
    trace: options.explain === true,
    israel: options.israel === true,
    vocabulary: vocabularyOf(options),
  });
  const { mentions } = reading;
  const report: DocumentReport = {
    verdict: "no-dates",
    findings: [],
    checked: 0,
    pairs: [],
    timestamps: [],
    dates: [],
    ranges: [],
    years: [],
    problems: [],
  };
  if (reading.trace) report.trace = reading.trace;
  const lineOf = lineIndex(text);
  for (const pair of reading.years) {
    const verdict = hebrewYearOverlaps(pair.hebrew.year, pair.gregorian.year) ? "match" : "mismatch";
    const line = lineOf(pair.start);
    report.years.push({
      text: text.slice(pair.start, pair.end),
      line,
      start: pair.start,
      end: pair.end,
      hebrewYear: pair.hebrew.year,
      gregorianYear: pair.gregorian.year,
      verdict,
    });
    report.checked++;
    if (verdict === "mismatch") {
      report.findings.push(
        finding(
          "year-mismatch",
          `the Hebrew year ${pair.hebrew.year} runs from ${pair.hebrew.year - 3761} to ${pair.hebrew.year - 3760}, not in ${pair.gregorian.year}`,
          pair,
          line,
        ),
      );
    }
  }
  if (mentions.length === 0) {
    if (report.years.length > 0) report.verdict = report.findings.length > 0 ? "inconsistent" : "consistent";
    return report;
  }

  const paired = new Uint8Array(mentions.length);
  // Members of pairs that could not be judged (one side names no real day): their own weekday is
  // still checked as a lone date's would be.
  const unjudged = new Uint8Array(mentions.length);
  // The masthead is the first pair that names real days: the date the page shows for itself.
  let mastheadMention: DateMention | undefined;
  const inRangeIndex = new Set<number>();
  for (const group of reading.groups) if (group.kind === "range") inRangeIndex.add(group.from).add(group.to);
  for (const group of reading.groups) {
    if (group.kind === "range") {
      const from = mentions[group.from]!;
      const to = mentions[group.to]!;
      report.ranges.push({ calendar: group.calendar, from: endOf(from, lineOf), to: endOf(to, lineOf) });
      if (from.dayNumber !== undefined && to.dayNumber !== undefined && to.dayNumber < from.dayNumber) {
        report.findings.push(
          finding(
            "range-reversed",
            `the range "${text.slice(from.start, to.end)}" ends before it begins`,
            { start: from.start, end: to.end },
            lineOf(from.start),
          ),
        );
      }
      continue;
    }
    const gregorian = mentions[group.gregorian]!;
    const hebrew = holidayLastDay(mentions[group.hebrew]!, group.evidence);
    // Only a masthead (the page's first pair, standing by separators or in a block, no range) may
    // show the Hebrew day that began at sunset without saying so: a page rendered live switches then.
    // Elsewhere two dates side by side, a list's line or a phrase like "corresponding to" say one day.
    // A civil date read earlier on the same line puts the pair inside a sentence, not atop the page;
    // a Hebrew day written twice was dated by hand.
    const mastheadLike =
      report.pairs.length === 0 &&
      group.evidence.kind !== "connector" &&
      !inRangeIndex.has(group.gregorian) &&
      !inRangeIndex.has(group.hebrew) &&
      !civilDateEarlierOnLine(mentions, Math.min(gregorian.start, hebrew.start), lineOf) &&
      !hebrewDayWrittenAbove(mentions, hebrew, Math.min(gregorian.start, hebrew.start), lineOf);
    // Read only for a pair that could be a masthead's: the note is searched for once, late.
    const datesAreDays = mastheadLike && statesDatesAreDays(text);
    const pair = judgePair(gregorian, hebrew, lineOf, {
      evidence: group.evidence,
      evening: group.evening,
      sunsetAllowed: mastheadLike && !datesAreDays,
      ...(datesAreDays ? { datesAreDays: true } : {}),
    });
    report.pairs.push(pair);
    paired[group.gregorian] = 1;
    paired[group.hebrew] = 1;
    if (pair.verdict === "invalid") {
      unjudged[group.gregorian] = 1;
      unjudged[group.hebrew] = 1;
      continue;
    }
    report.checked++;
    report.findings.push(...pairFindings(pair));
    // A pair inside a sentence or a range ("the 9th day of the month of Av (August 6-7)") is the
    // article's content, not the date the page shows for itself: the times after it are a schedule's.
    if (!mastheadMention && gregorian.date && standsAsMasthead(group.evidence, group, inRangeIndex)) {
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
    const span = { start: mention.start, end: mention.end };
    const line = lineOf(mention.start);
    if (mention.problem) {
      report.problems.push({
        ...mention.problem,
        text: mention.text,
        line,
        start: mention.start,
        end: mention.end,
      });
      if (DAY_PROBLEMS.has(mention.problem.code))
        report.findings.push(finding("invalid-date", mention.problem.message, span, line));
      else if (mention.problem.code === "unknown-month")
        report.findings.push(finding("unknown-month", mention.problem.message, span, line));
      return;
    }
    if (paired[i] && !unjudged[i]) return;
    const weekday = mention.stated.weekday;
    if (weekday !== undefined) {
      report.checked++;
      // The day the weekday names: under an evening, maybe the next or the previous one.
      const named = mention.dayNumber + weekdayShift(mention.stated, mention.calendar);
      // Under מוצאי שבת the date may be the Shabbat that ends; asked only when the weekday misses.
      const endingFits = () =>
        weekdayIndexOf(mention.dayNumber) === weekday &&
        endingDayMayBeMeant(mention.stated, mention.calendar, mention.text);
      if (weekdayIndexOf(named) !== weekday && !endingFits()) {
        report.findings.push(
          finding(
            "weekday-mismatch",
            `"${mention.text}" was a ${weekdayOf(named)}, not a ${WEEKDAYS[weekday]}`,
            span,
            line,
          ),
        );
      }
    }
    if (paired[i] || inRangeIndex.has(i)) return;
    // A time on an evening ("Havdalah: Motzei Shabbat, Mar 29, 8:28pm") is a schedule's, not the
    // moment an article was written: a timestamp names no evening.
    if (mention.calendar === "gregorian" && mention.stated.time && !mention.stated.evening) {
      const timestamp = timestampReport(mention, options, lineOf);
      // A timestamp above the first pair is the post's own date (a day page's header over its list
      // of anniversaries): that pair is the post's content, not the page's masthead.
      if (mastheadMention?.dayNumber !== undefined && mention.start > mastheadMention.start) {
        timestamp.daysFromMasthead = mention.dayNumber - mastheadMention.dayNumber;
        // A year the timestamp does not write is a guess (its weekday's nearest year, the reference's):
        // a schedule's "Saturday, September 19th 11:30am" is no evidence against the page's masthead.
        const yearWritten = mention.stated.year !== undefined;
        if (yearWritten) report.checked++;
        if (yearWritten && timestamp.daysFromMasthead > 0) {
          report.findings.push(
            finding(
              "timestamp-after-masthead",
              `the timestamp ${timestamp.gregorian.iso} is ${timestamp.daysFromMasthead} day(s) after the masthead date ${report.masthead?.iso}: a page cannot be rendered before its article was written`,
              span,
              line,
            ),
          );
        }
      }
      report.timestamps.push(timestamp);
      return;
    }
    const entry: DocumentReport["dates"][number] = {
      text: mention.text,
      line,
      start: mention.start,
      end: mention.end,
      calendar: mention.calendar,
    };
    const g = dayNumberToGregorian(mention.dayNumber);
    entry.iso = formatIsoDate(g.year, g.month, g.day);
    entry.hebrew = describeHebrew(mention.dayNumber).text;
    report.dates.push(entry);
  });

  // A week's Torah portion beside a Hebrew date: the date must fall in the portion's week.
  for (const check of portionWeekChecks(text, mentions, paired)) {
    report.checked++;
    if (check.fits) continue;
    const portion = mentions[check.portion]!;
    const date = mentions[check.hebrew]!;
    const span = { start: Math.min(portion.start, date.start), end: Math.max(portion.end, date.end) };
    report.findings.push(
      finding(
        "portion-mismatch",
        `"${date.text}" is not in the week of "${portion.text}"`,
        span,
        lineOf(span.start),
      ),
    );
  }
  report.findings.sort((a, b) => a.span.start - b.span.start);
  const inconsistent = report.findings.some((f) => f.severity === "error");
  // A holiday named without a year and with no date beside it ("the first day of Rosh Hashanah") is
  // listed, but it is a name, not a date of the page: a page of such names has no dates to check.
  const bareName = (mention: DateMention, i: number): boolean =>
    mention.stated.holiday !== undefined &&
    mention.stated.year === undefined &&
    mention.stated.civilYear === undefined &&
    !paired[i];
  const dated = report.years.length > 0 || mentions.some((mention, i) => !bareName(mention, i));
  report.verdict = inconsistent
    ? "inconsistent"
    : report.checked > 0
      ? "consistent"
      : dated
        ? "unchecked"
        : "no-dates";
  return report;
}

/** Whether a pair stands as a masthead may: by separators or in a block, neither side in a range. */
function standsAsMasthead(
  evidence: { kind: string },
  group: { gregorian: number; hebrew: number },
  inRange: ReadonlySet<number>,
): boolean {
  return evidence.kind !== "connector" && !inRange.has(group.gregorian) && !inRange.has(group.hebrew);
}
