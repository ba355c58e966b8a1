import { missingYear, partnerOf, type RefineContext, type Refiner } from "./context.js";
import { holidayYearInCivilYear } from "./holidayDay.js";
import { applyYear } from "./settle.js";

// "In 2024 … maandag 3 oktober", "En 2016, les festivités se dérouleront les 3 et 4 octobre",
// "w 2023 roku Rosz ha-Szana trwa od wieczora 15 września": a civil year the prose gives shortly
// before a year-less date, in the same sentence and line, is that date's year (for a holiday name,
// the Hebrew year that falls in it). Only a word that introduces a year counts ("in 2024", not
// "2024 people"), so a count or a page number is not read as one.

/** How far before a date the year may stand. */
const REACH = 100;
/**
 * A word that introduces a year, just before it: "in 2024", "en 2016", "w 2023 roku", "в 2016 году",
 * "no ano de 2023", ro "în anul 2013", sk "v roku 1988", cs "v roce 2023", el "για το 2021", an
 * infobox's "data de 2021" (the date of 2021).
 */
const INTRODUCES_YEAR =
  /(?<![\p{L}\p{N}])(?:in|en|em|im|w|we|v|ve|в|у|în|anul|roku|roce|nel|anno|jahr|year|año|ano|année|το|στο|data)(?:[ \u00a0](?:de|del|the|este|this))?[ \u00a0]$/iu;
/**
 * The small word that puts a year right before its date's day: de "er beginnt 2024 am 23. März bei
 * Sonnenuntergang" (muenstermaifeld.de), nl "begint 2028 op 10 april": "2024 am" is "on … 2024".
 */
const YEAR_THEN_DAY = /^[ \u00a0](?:am|op)[ \u00a0]$/iu;
/** The same word and a year right after a date, closing its clause: "April 7-8 in 2021 (…)". */
const YEAR_AFTER = /^,?[ \u00a0](?:in|en|em|im|nel|no|na|w|v|в|în)[ \u00a0](\d{4})(?![\p{L}\p{N}]|[./-]\d)/iu;
/** The end of a sentence or of a line between the year and the date: the year is another statement's. */
const BREAK = /[.!?](?:\s|$)|\n/u;

/**
 * A table row whose first cell is the year, alone or with one word: "2021 date | Sunset, 15
 * September", "Date 2023 | Coucher du soleil, 7 décembre", "В 2023 | с 1 августа" (infoboxes and
 * their translations), "2018: 19 de setembro" (a list of years under a holiday's name), a row
 * whose year a dash sets off ("2024- ערב ראש השנה- 22 בספטמבר", "2025 – Rosh Hashanah – September
 * 22"), or the year alone at the start of the line with the date after it. The row's dates are that
 * year's. (A dash before a digit is a range's or an ISO date's, "2023-24", "2024-09-22"; one
 * before a letter a case ending's, Hungarian "2021-ben".)
 */
const ROW_START = /(?:^|\n)[ \t\u00a0]*(?:\p{L}{1,12}[ \u00a0])?$/u;
const CELL_END =
  /^(?:[ \u00a0]\p{L}{1,12})?[ \u00a0]*(?:\||\t|:[ \u00a0]|[-\u2013\u2014][ \u00a0]+(?=[^\s\p{N}]))/u;

/** A table's year column copied as text, the date's cell right after it: "2023 9 May Tue Lag BaOmer". */
const LINE_START = /(?:^|\n)[ \t\u00a0]*$/u;
const CELL_GAP = /^[ \t\u00a0]{1,3}$/u;

/** A year, a colon and the date right after it, in a list run together on one line: "… 2021: 15-16 settembre". */
const LABEL_GAP = /^:[ \u00a0]{1,2}$/u;

function labelsRow(text: string, start: number, end: number, dateStart: number): boolean {
  if (LABEL_GAP.test(text.slice(end, dateStart))) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  if (LINE_START.test(before) && CELL_GAP.test(text.slice(end, dateStart))) return true;
  return ROW_START.test(before) && CELL_END.test(text.slice(end, end + 16));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The year the prose gives before mention `index`, if any: the last run of four digits before it. */
function proseYear(context: RefineContext, index: number): number | undefined {
  const mention = context.mentions[index]!;
  const text = context.text;
  const from = Math.max(0, mention.start - REACH);
  // Found by hand, from the date backwards: most windows hold no year and cost no regex at all.
  let end = mention.start;
  while (end - 4 >= from) {
    if (!isDigit(text.charCodeAt(end - 1))) {
      end--;
      continue;
    }
    let start = end - 1;
    while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
    if (end - start !== 4 || (start > 0 && isDigit(text.charCodeAt(start - 1)))) return undefined;
    const year = Number(text.slice(start, end));
    // A Hebrew year between them ("In 2024 begint het Joodse nieuwe jaar (5785) op maandag 3
    // oktober") is stepped over: the civil year before it still gives the date's.
    if (year >= 3000) {
      end = start;
      continue;
    }
    if (year < 1600 || year > 2099) return undefined;
    // The year must not be a date's own (a mention's span) and must reach the date unbroken.
    for (let j = index - 1; j >= 0 && context.mentions[j]!.end > start - REACH; j--) {
      const other = context.mentions[j]!;
      if (other.start <= start && start < other.end) return undefined;
    }
    if (BREAK.test(text.slice(end, mention.start))) return undefined;
    if (INTRODUCES_YEAR.test(text.slice(Math.max(0, start - 20), start))) return year;
    if (YEAR_THEN_DAY.test(text.slice(end, mention.start))) return year;
    return labelsRow(text, start, end, mention.start) ? year : undefined;
  }
  return undefined;
}

/**
 * The year the prose gives right after mention `index` ("on April 7-8 in 2021"): the word and the
 * year only, with no other date between, so "May 5 in 2021's calendar" counts and "May 5 in 12 2021" does not.
 */
function yearAfter(context: RefineContext, index: number): number | undefined {
  const mention = context.mentions[index]!;
  const next = context.mentions[index + 1];
  // A date's span may take in the full stop after it ("… 24 de setembro. Em 2023, …"): the year then opens the next sentence.
  if (/[.!?;]$/u.test(mention.text)) return undefined;
  const found = YEAR_AFTER.exec(context.text.slice(mention.end, mention.end + 12));
  if (!found) return undefined;
  // The year is no other date's own ("June 5 in 2021-06-06" is that date's, not a year).
  if (next && next.start < mention.end + found[0].length) return undefined;
  const year = Number(found[1]);
  return year < 1600 || year > 2099 ? undefined : year;
}

/** A missing year from a civil year written in the prose just before the date (or right after it). */
export const yearFromProse: Refiner = {
  name: "year-from-prose",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      if (!missingYear(mention) || mention.stated.civilYear !== undefined) return;
      if (mention.calendar === "hebrew" && mention.stated.holiday === undefined) return;
      // A partner that states its year says more than the prose around the pair.
      const partner = partnerOf(context, i);
      if (partner && (partner.stated.year !== undefined || partner.stated.civilYear !== undefined)) return;
      const before = proseYear(context, i);
      const civilYear = before ?? yearAfter(context, i);
      if (civilYear === undefined) return;
      const note = `the year ${civilYear}, written in the sentence ${before === undefined ? "right after" : "before"} it`;
      if (mention.calendar === "gregorian") {
        applyYear(context, "year-from-prose", i, civilYear, { from: "page", note });
        return;
      }
      const choice = holidayYearInCivilYear(mention, civilYear, { israel: context.israel });
      if (choice) applyYear(context, "year-from-prose", i, choice.year, { from: "page", note });
    });
  },
};
