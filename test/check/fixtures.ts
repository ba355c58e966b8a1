// Second sources for the checker's fixtures: ICU (through Intl) and @hebcal/core for Hebrew dates,
// Date.UTC for Gregorian day counts, Meeus's formula for Julian dates and NOAA's solar formulas for
// sunset. Nothing here uses the library's own calendar code.
import { HDate } from "@hebcal/core";
import { expect } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { icuHebrew, UNIX_EPOCH_DAY_NUMBER } from "../support/icu.js";
import { ENGLISH_MONTHS } from "../support/monthNames.js";

const MS_PER_DAY = 86_400_000;

/** The tests' fixed "today", so no test depends on the day it runs. */
export const REFERENCE = "2026-11-24";

/** Fields of an ISO `YYYY-MM-DD` (years 1000–9999). */
export function fieldsOf(iso: string): { year: number; month: number; day: number } {
  const match = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/.exec(iso);
  if (!match?.groups) throw new Error(`not an ISO date: ${iso}`);
  return {
    year: Number(match.groups.year),
    month: Number(match.groups.month),
    day: Number(match.groups.day),
  };
}

/** Day number (Rata Die) of a proleptic Gregorian ISO date, by Date.UTC. */
export function dayNumberOfIso(iso: string): number {
  const { year, month, day } = fieldsOf(iso);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0–99 as written
  return Math.round(date.getTime() / MS_PER_DAY) + UNIX_EPOCH_DAY_NUMBER;
}

/** The ISO date of a day number, by Date. */
export function isoOfDayNumber(dayNumber: number): string {
  return new Date((dayNumber - UNIX_EPOCH_DAY_NUMBER) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from one ISO date to another (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumberOfIso(b) - dayNumberOfIso(a);
}

/** "22 July 2018" for a day number. */
export function gregorianTextOf(dayNumber: number): string {
  const { year, month, day } = fieldsOf(isoOfDayNumber(dayNumber));
  return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/** ICU's weekday name of an ISO date. */
export function weekdayOfIso(iso: string): string {
  return new Intl.DateTimeFormat("en", { timeZone: "UTC", weekday: "long" }).format(
    new Date((dayNumberOfIso(iso) - UNIX_EPOCH_DAY_NUMBER) * MS_PER_DAY),
  );
}

/** A Hebrew date as fields (hebcal month numbering) and as ICU writes it ("10 Av 5778", "1 Heshvan 5779"). */
export interface SecondSourceHebrew {
  year: number;
  month: number;
  day: number;
  text: string;
}

/**
 * The Hebrew date of a day number from ICU, checked against @hebcal/core (the test fails if the two
 * sources disagree).
 */
export function hebrewOfDayNumber(dayNumber: number): SecondSourceHebrew {
  const icu = icuHebrew(dayNumber);
  const hebcal = new HDate(dayNumber);
  expect(
    { year: hebcal.getFullYear(), month: hebcal.getMonth(), day: hebcal.getDate() },
    `ICU and @hebcal/core disagree on day ${dayNumber}`,
  ).toEqual({ year: icu.year, month: icu.month, day: icu.day });
  return { year: icu.year, month: icu.month, day: icu.day, text: `${icu.day} ${icu.monthName} ${icu.year}` };
}

/** The Hebrew date of an ISO Gregorian date (ICU, checked against @hebcal/core). */
export function hebrewOf(iso: string): SecondSourceHebrew {
  return hebrewOfDayNumber(dayNumberOfIso(iso));
}

/**
 * Day number of a Julian calendar date by Meeus's Julian Day formula (Astronomical Algorithms,
 * ch. 7), shifted from the Julian Day at noon to Rata Die (JD 1721425 is day 0).
 */
export function julianDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 12 : month;
  return Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + day - 1524 - 1721425;
}

/** The Gregorian ISO date of a Julian (Old Style) date. */
export function julianToIso(year: number, month: number, day: number): string {
  return isoOfDayNumber(julianDayNumber(year, month, day));
}

/**
 * Sunset (as a UTC instant) at a place on a civil day, by NOAA's "General Solar Position
 * Calculations" (fractional year, equation of time, declination; zenith 90.833° for refraction and
 * the sun's radius). Good to a minute or two at mid latitudes: enough to check the library's sunset.
 */
export function noaaSunset(iso: string, latitude: number, longitude: number): Date {
  const { year } = fieldsOf(iso);
  const dayOfYear = daysBetween(`${year}-01-01`, iso) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const gamma = ((2 * Math.PI) / (leap ? 366 : 365)) * (dayOfYear - 1 + (18 - 12) / 24);
  const equationOfTime =
    229.18 *
    (0.000075 +
      0.001868 * Math.cos(gamma) -
      0.032077 * Math.sin(gamma) -
      0.014615 * Math.cos(2 * gamma) -
      0.040849 * Math.sin(2 * gamma));
  const declination =
    0.006918 -
    0.399912 * Math.cos(gamma) +
    0.070257 * Math.sin(gamma) -
    0.006758 * Math.cos(2 * gamma) +
    0.000907 * Math.sin(2 * gamma) -
    0.002697 * Math.cos(3 * gamma) +
    0.00148 * Math.sin(3 * gamma);
  const rad = Math.PI / 180;
  const hourAngle =
    Math.acos(
      Math.cos(90.833 * rad) / (Math.cos(latitude * rad) * Math.cos(declination)) -
        Math.tan(latitude * rad) * Math.tan(declination),
    ) / rad;
  const minutesUtc = 720 - 4 * (longitude - hourAngle) - equationOfTime;
  return new Date((dayNumberOfIso(iso) - UNIX_EPOCH_DAY_NUMBER) * MS_PER_DAY + minutesUtc * 60_000);
}

/** A report's error findings as "line N: message", the way tests read them. */
export function reasonsOf(report: {
  findings: Array<{ severity: string; line: number; message: string }>;
}): string[] {
  return report.findings.filter((f) => f.severity === "error").map((f) => `line ${f.line}: ${f.message}`);
}

/** A pair a page's text should yield: its civil day, canonical Hebrew date, verdict and weekday verdict. */
export interface ExpectedPair {
  iso: string;
  hebrew: string;
  verdict: string;
  weekday?: string;
}

/** The civil day after an ISO day. */
export function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Checks a page and expects its verdict and pairs; every match is also checked against the second
 * source (ICU, itself checked against @hebcal/core: hebrewOf), so a row cannot carry a wrong date.
 */
export function expectPairs(text: string, verdict: string, pairs: ExpectedPair[]): void {
  const report = checkDocument(text, { reference: REFERENCE });
  expect(
    report.pairs.map((p) => ({
      iso: p.gregorian.iso,
      hebrew: p.hebrew.canonical,
      verdict: p.verdict,
      weekday: p.weekday.verdict,
    })),
  ).toEqual(pairs.map((p) => ({ weekday: "none", ...p })));
  for (const pair of report.pairs) {
    if (!pair.verdict.startsWith("match")) continue;
    const iso = pair.gregorian.iso!;
    const truth = hebrewOf(pair.verdict === "match-after-sunset" ? nextDay(iso) : iso);
    expect({ year: pair.hebrew.year, month: pair.hebrew.month, day: pair.hebrew.day }).toEqual({
      year: truth.year,
      month: truth.month,
      day: truth.day,
    });
  }
  expect(report.verdict).toBe(verdict);
}
