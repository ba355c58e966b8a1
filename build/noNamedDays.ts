import type { Extractor } from "../src/read/mention.js";
import type { Refiner } from "../src/read/refiners/context.js";

// The lean browser build's stand-ins for the readers of named days: holiday names, the week's Torah
// portion, and days written in words ("the ninth of Av", "Gimmel Tammuz"). That build reads dates
// written with numbers and month names, in English and Hebrew (tsup.config.ts, calendarDatesOnly);
// "hebrew-date-check/full" reads named days too. Each stand-in keeps its reader's name, so that
// src/read/readMentions.ts runs the others in the same order, and finds nothing.
// Only these readers make holiday mentions (`stated.holiday`), and every other step asks for one
// before it calls a holiday's calendar (src/read/refiners/holidayDay.ts): in this build those calls
// cannot happen, so their stand-ins say so if one ever does, rather than answer something.

const none = (): [] => [];

/** Stands in for src/read/extractors/holidayName.ts. */
export const holidayNameExtractor: Extractor = { name: "holiday-name", extract: none };
export const holidayNameHebrewExtractor: Extractor = { name: "holiday-name", extract: none };
/** Stands in for src/read/extractors/parashahName.ts. */
export const parashahNameExtractor: Extractor = { name: "parashah-name", extract: none };
/** Stands in for src/read/extractors/hebrewDayWords.ts. */
export const hebrewDayWordsExtractor: Extractor = { name: "hebrew-day-words", extract: none };
/** Stands in for src/read/extractors/gregorianDayWords.ts. */
export const gregorianDayWordsExtractor: Extractor = { name: "gregorian-day-words", extract: none };
export const gregorianDayFirstWordsExtractor: Extractor = { name: "gregorian-day-words", extract: none };
export const gregorianMonthFirstWordsExtractor: Extractor = { name: "gregorian-day-words", extract: none };
/** Stands in for src/read/extractors/hebrewLetterDay.ts. */
export const hebrewLetterDayExtractor: Extractor = { name: "hebrew-letter-day", extract: none };

/** Stand in for the refiners that work on holiday mentions only: with none, they change nothing. */
export const holidaySpan: Refiner = { name: "holiday-span", refine: () => {} };
export const holidayYearOfPair: Refiner = { name: "holiday-year-of-pair", refine: () => {} };
export const holidayYearOfPairBy = (): Refiner => holidayYearOfPair;

/** Stands in for src/read/numberWords.ts, as the gate of the word readers asks it (wordRegions.ts). */
export const isOrdinalWord = (_word: string): boolean => false;
export const LETTER_NAME_SPELLINGS: readonly string[] = [];

/**
 * Stands in for src/read/wordRegions.ts: the stretches where the readers of days in words run, who
 * stand in above. With no letter-named day, an "of" is an anchor only after an ordinal word (textAnchors.ts).
 */
export const wordRegions = (
  _text: string,
  _years: readonly number[],
  _ofEnds?: readonly number[],
): Array<[number, number]> => [];
export const LETTER_DAY_FIRSTS: ReadonlySet<string> = new Set();

/** Stands in for src/read/monthWordsIn.ts, the word readers' gate over a stretch: none is found, none runs. */
export const monthWordsIn = (_text: string) => ({
  hebrew: false,
  gregorian: false,
  gregorianAndDigit: false,
});

function noHolidays(): never {
  throw new Error("The lean build reads no holiday names, so no holiday's calendar is asked for");
}

/** Stand in for src/read/refiners/holidayDay.ts, which only holiday mentions reach. */
export const settleHoliday: (...args: unknown[]) => never = noHolidays;
export const holidayYearNear: (...args: unknown[]) => never = noHolidays;
export const holidayYearInCivilYear: (...args: unknown[]) => never = noHolidays;
export const holidayDayNumbers: (...args: unknown[]) => never = noHolidays;
export const preferPartnersDay: (...args: unknown[]) => never = noHolidays;
