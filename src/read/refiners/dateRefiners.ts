import { adarFromPartner } from "./adarFromPartner.js";
import { centuryFromPartner } from "./centuryFromPartner.js";
import type { Refiner } from "./context.js";
import { eveningsBy } from "./evenings.js";
import { holidaySpan } from "./holidaySpan.js";
import { holidayYearOfPair } from "./holidayYearOfPair.js";
import { numericOrder } from "./numericOrder.js";
import { pairsJoinedBy } from "./pairs.js";
import { rangeEnds } from "./rangeEnds.js";
import { ranges } from "./ranges.js";
import { separatorGap } from "./separatorGap.js";
import { statedYear } from "./statedYear.js";
import { yearFromCivilYear } from "./yearFromCivilYear.js";
import { yearFromPage } from "./yearFromPage.js";
import { yearFromPageYear } from "./yearFromPageYear.js";
import { yearFromPartner } from "./yearFromPartner.js";
import { yearFromRange } from "./yearFromRange.js";
import { yearFromReference } from "./yearFromReference.js";
import { yearFromWeekday } from "./yearFromWeekday.js";
import { yearOfPair } from "./yearOfPair.js";

// A string read as one date (readOneDate.ts) is refused unless nothing but separators stands beside
// its dates (a space, a bracket, a pipe). So of the page's steps it needs all but those that read
// the words between and around dates: its pairs join by separators (and blocks of lines) only,
// never by a connector phrase ("which falls on"), so no connector names an evening; and no year
// comes from the prose before a date (year-from-prose needs digits outside every date). A year
// the page names on its own (year-from-page-year) stays: a date's own year can be one ("Tishrei 5777"). Leaving
// those out keeps the phrase tables out of a web page that only converts dates.

const pairs = pairsJoinedBy(separatorGap);
const evenings = eveningsBy(() => false);

/** The refiners of one date: the page's (index.ts), in the same order, without year-from-prose. */
export const DATE_REFINERS: readonly Refiner[] = [
  ranges,
  pairs,
  evenings,
  statedYear,
  numericOrder,
  centuryFromPartner,
  adarFromPartner,
  yearFromCivilYear,
  yearFromRange,
  yearFromPartner,
  yearOfPair,
  holidayYearOfPair,
  // A range's end whose year the pair search found lends it to the other end before that end's own
  // weekday is searched on its own ("19 Kislev (Monday night, November 30 – Tuesday, December 1)").
  yearFromRange,
  // A holiday's year that the pair search found goes to the civil day it is said to last until
  // ("Inizia al tramonto di martedì 30 maggio e … termina al crepuscolo del 1° giugno").
  yearFromPartner,
  yearFromWeekday,
  yearFromPage,
  yearFromPageYear,
  yearFromReference,
  yearFromRange,
  yearFromPartner,
  adarFromPartner,
  rangeEnds,
  holidaySpan,
  evenings,
];
