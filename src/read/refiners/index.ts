import { adarFromPartner } from "./adarFromPartner.js";
import { keepSentencesApart } from "./articleAfterFullStop.js";
import { beginsAfter } from "./beginsAfter.js";
import { centuryFromPartner } from "./centuryFromPartner.js";
import { clauseGap, clauseJoin } from "./clauseJoin.js";
import type { Refiner } from "./context.js";
import { dateFirstClauseGap } from "./dateFirstClause.js";
import { eveningBefore } from "./eveningBefore.js";
import { eveningInBrackets } from "./eveningInBrackets.js";
import { eveningRangeEnd } from "./eveningRangeEnd.js";
import { eveningsBy } from "./evenings.js";
import { eveningWordAtEnd, eveningWordBefore } from "./eveningWordBefore.js";
import { eventListing } from "./eventListing.js";
import { keepTitleOffDateAbove } from "./glossedTitle.js";
import { glossGap } from "./glossGap.js";
import { holidayBegins } from "./holidayBegins.js";
import { holidayEnds } from "./holidayEnds.js";
import { holidaySpan } from "./holidaySpan.js";
import { holidayYearOfPairBy } from "./holidayYearOfPair.js";
import { isEveningPhrase, joinGap } from "./joins.js";
import { letterDate } from "./letterDate.js";
import { numericOrder } from "./numericOrder.js";
import { numericOrderClues } from "./numericOrderClues.js";
import { pageRanges } from "./pageRanges.js";
import { type KeepApart, pairsJoinedBy } from "./pairs.js";
import { pipeCellGap } from "./pipeCellGap.js";
import { rangeEnds } from "./rangeEnds.js";
import { rangeInPageYear } from "./rangeInPageYear.js";
import { rangesJoinedBy } from "./ranges.js";
import { dashToEveningGap } from "./rangeToEvening.js";
import { rowGap } from "./rowGap.js";
import { keepRowsApart } from "./rowLabels.js";
import { keepItemsApart } from "./semicolonItems.js";
import { statedYear } from "./statedYear.js";
import { saysThisYear } from "./thisYearBefore.js";
import { verbAfterDateJoin } from "./verbAfterDate.js";
import { verbBeforeSubjectJoin } from "./verbBeforeSubject.js";
import { weekdayGap } from "./weekdayGap.js";
import { yearFirstFromPartner } from "./yearFirstFromPartner.js";
import { yearFromCivilYear } from "./yearFromCivilYear.js";
import { yearFromHebrewTitle } from "./yearFromHebrewTitle.js";
import { yearFromPage } from "./yearFromPage.js";
import { yearFromPageYear } from "./yearFromPageYear.js";
import { yearFromPartner } from "./yearFromPartner.js";
import { yearFromProse } from "./yearFromProse.js";
import { yearFromRange } from "./yearFromRange.js";
import { yearFromReference } from "./yearFromReference.js";
import { yearFromWeekday } from "./yearFromWeekday.js";
import { yearOfPair } from "./yearOfPair.js";
import { yearStartEvening } from "./yearStartEvening.js";

// Pure calls: a bundler may drop them where nothing reads a page (see dateRefiners.ts).
// Neighbours a page's layout keeps apart though their gap joins them: a row's label, a glossed title,
// the name that opens a semicolon's item, two sentences whose break the first date's span took in.
const keepApart: KeepApart = (context, units, a, b, clauseGap) =>
  keepRowsApart(context, units, a, b, clauseGap) ||
  keepTitleOffDateAbove(context, units, a, b, clauseGap) ||
  keepItemsApart(context, units, a, b, clauseGap) ||
  keepSentencesApart(context, units, a, b, clauseGap);
// A weekday alone between the two dates joins them too (weekdayGap.ts), and so does a name's gloss (glossGap.ts)
// and the rest of a masthead cell closed by a pipe (pipeCellGap.ts).
const joinOrWeekday = (gap: string) => joinGap(gap) ?? weekdayGap(gap) ?? glossGap(gap) ?? pipeCellGap(gap);
// A verb after the date joins a named day to it in a language that puts its verb last (verbAfterDate.ts),
// and one before the day in a language that puts it second (verbBeforeSubject.ts).
const pairs = /* @__PURE__ */ pairsJoinedBy(joinOrWeekday, clauseGap, dateFirstClauseGap, rowGap, keepApart, {
  clauseJoin: (text, a, b) =>
    clauseJoin(text, a, b) ?? verbAfterDateJoin(text, a, b) ?? verbBeforeSubjectJoin(text, a, b),
});
const evenings = /* @__PURE__ */ eveningsBy(isEveningPhrase);
const holidayYearOfPair = /* @__PURE__ */ holidayYearOfPairBy(saysThisYear, eveningWordAtEnd);
const ranges = /* @__PURE__ */ rangesJoinedBy(dashToEveningGap);

/**
 * The refiners of a page, in the order they run (dateRefiners.ts lists those of one date: a refiner
 * added here goes there too, unless it reads the words between or around dates). Grouping comes first
 * (it needs only the spans); then what the text states; then each source of a missing year, most direct first: the year written with a Hebrew
 * day, a civil year the sentence gives just before, the range's other end, the partner, the pair taken together, the weekday, the page, the
 * year the page names, the reference. The partner runs again for a side left waiting, and the Adar (or a holiday's day) choice
 * once more when the partner's year has come in late; a holiday said to begin on its eve is read as
 * that evening once the days are known; evenings once more for holidays that name one.
 */
export const REFINERS: readonly Refiner[] = [
  ranges,
  pageRanges,
  pairs,
  eventListing,
  letterDate,
  holidayEnds,
  evenings,
  eveningBefore,
  eveningInBrackets,
  statedYear,
  numericOrder,
  numericOrderClues,
  centuryFromPartner,
  yearFirstFromPartner,
  adarFromPartner,
  yearFromCivilYear,
  yearFromProse,
  yearFromHebrewTitle,
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
  rangeInPageYear,
  yearFromPageYear,
  yearFromReference,
  yearFromRange,
  yearFromPartner,
  adarFromPartner,
  rangeEnds,
  eveningRangeEnd,
  holidaySpan,
  holidayBegins,
  // A civil date first, its evening word before it: read once the days are known.
  eveningWordBefore,
  // A Hebrew year's span from the civil day before its first: the evening that year began.
  yearStartEvening,
  beginsAfter,
  evenings,
];
