import type { GroupEvidence, PairGroup } from "../reading.js";
import { blockBetween, onProseLine, standsAlone } from "./blocks.js";
import { type RefineContext, type Refiner, record } from "./context.js";
import { MAX_DATE_FIRST_GLOSS } from "./dateFirstClause.js";
import { MAX_GAP } from "./separatorGap.js";

// Pairs are made between neighbours in reading order: a single date, or a range taken as one unit.
// First every join on a line (or across one line break) by separators or a connector phrase, then
// the joins of short blocks of lines, so that a masthead's own pair is never broken up by a block
// reaching past it. Each unit joins at most one pair. Two ranges pair end with end; a range and a
// single day pair by the end the single day names (settled once the days are known: `range-ends`).

interface Unit {
  calendar: string;
  start: number;
  end: number;
  /** The mention indices: one, or a range's two ends. */
  members: [number] | [number, number];
}

function unitsOf(context: RefineContext): Unit[] {
  const rangeTo = new Map<number, number>();
  for (const group of context.groups) if (group.kind === "range") rangeTo.set(group.from, group.to);
  const units: Unit[] = [];
  for (let i = 0; i < context.mentions.length; i++) {
    const mention = context.mentions[i]!;
    const to = rangeTo.get(i);
    // "Parashat Noach" with no weekday names the week that ends on its Shabbat: a bulletin dated any
    // day of that week is not wrong, so a bare portion is paired with no date.
    if (to === undefined && mention.stated.holiday === "parashah" && mention.stated.weekday === undefined)
      continue;
    if (to === undefined) {
      units.push({ calendar: mention.calendar, start: mention.start, end: mention.end, members: [i] });
    } else {
      const last = context.mentions[to]!;
      units.push({ calendar: mention.calendar, start: mention.start, end: last.end, members: [i, to] });
      i = to;
    }
  }
  return units;
}

function pairUp(context: RefineContext, a: Unit, b: Unit, evidence: GroupEvidence): void {
  const [gregorian, hebrew] = a.calendar === "gregorian" ? [a, b] : [b, a];
  const ends: Array<[number, number]> =
    gregorian.members.length === hebrew.members.length
      ? gregorian.members.map((g, k) => [g, hebrew.members[k]!])
      : // A single day beside a range: its last end until the days are known.
        [[gregorian.members.at(-1)!, hebrew.members.at(-1)!]];
  for (const [g, h] of ends) {
    const group: PairGroup = { kind: "pair", gregorian: g, hebrew: h, evidence };
    context.groups.push(group);
    context.partners[g] = h;
    context.partners[h] = g;
    const note = evidence.kind === "block" ? `a block of ${evidence.lines} short lines` : evidence.kind;
    record(context, "pairs", { group: context.groups.length - 1 }, "kind", "pair", note);
  }
}

/** A date that ends with its sentence's full stop, after a word: "7 грудня.", "15 de setembro.". */
const OWN_FULL_STOP = /\p{Ll}{2}\.$/u;
/** Words of a sentence after it, beginning with a capital. */
const NEXT_SENTENCE = /^[ \t\u00a0]+\p{Lu}/u;

/** A date or a range in reading order, as pairs are made between them. */
export type PairUnit = Unit;

/** How the text between two dates on a line joins them, if it does (joins.ts, separatorGap.ts). */
export type JoinGap = (gap: string) => GroupEvidence | undefined;

/**
 * A page's rule that keeps neighbours `a` and `b` of `units` apart though their gap joins them
 * (rowLabels.ts); a page's reading only, so the reading of one date has none.
 */
export type KeepApart = (
  context: RefineContext,
  units: readonly Unit[],
  a: Unit,
  b: Unit,
  clauseGap: JoinGap | undefined,
) => boolean;

/**
 * Pairs Gregorian and Hebrew dates that stand beside each other, on a line as `joinGap` joins them,
 * or in a block of short lines. A page is read with every connector phrase (joins.ts) and the clause
 * join (clauseJoin.ts); one date, whose string may hold nothing but separators beside it, with
 * separators alone; `dateFirstGap` joins a civil date to the named day its clause gives after it.
 */
export function pairsJoinedBy(
  joinGap: JoinGap,
  clauseGap?: JoinGap,
  dateFirstGap?: JoinGap,
  rowGap?: JoinGap,
  keepApart?: KeepApart,
  page?: PageRules,
): Refiner {
  return {
    name: "pairs",
    refine: (context) => pairUpAll(context, joinGap, clauseGap, dateFirstGap, rowGap, keepApart, page),
  };
}

/** More of a page's rules (a page's reading only): clauseJoin.ts. */
export interface PageRules {
  /** How a named day's clause joins it to the civil date after it (`a` before `b`), if it does. */
  clauseJoin: (text: string, a: Unit, b: Unit) => GroupEvidence | undefined;
}

function pairUpAll(
  context: RefineContext,
  joinGap: JoinGap,
  clauseGap: JoinGap | undefined,
  dateFirstGap: JoinGap | undefined,
  rowGap: JoinGap | undefined,
  keepApart?: KeepApart,
  page?: PageRules,
): void {
  const units = unitsOf(context);
  const taken = new Set<Unit>();
  /** Joins neighbours of `among` (in reading order) that `find` joins, each unit at most once. */
  const join = (among: readonly Unit[], find: (a: Unit, b: Unit) => GroupEvidence | undefined): void => {
    for (let k = 0; k + 1 < among.length; k++) {
      const a = among[k]!;
      const b = among[k + 1]!;
      if (taken.has(a) || taken.has(b) || a.calendar === b.calendar) continue;
      const evidence = find(a, b);
      if (!evidence) continue;
      pairUp(context, a, b, evidence);
      taken.add(a).add(b);
    }
  };
  // A holiday name ("Shavuot: June 12–13, 2027 · 6–7 Sivan 5787") pairs only where no date written
  // out takes its partner; one without a year ("What is Purim?", "- 2nd day of Chanukkah") pairs by
  // layout only standing alone on its line, and is otherwise not even a neighbour in a block, so the
  // dates around it can pair.
  const holiday = (unit: Unit): boolean =>
    unit.members.some((member) => context.mentions[member]!.stated.holiday !== undefined);
  const yearless = (unit: Unit): boolean =>
    unit.members.some((member) => {
      const stated = context.mentions[member]!.stated;
      return stated.holiday !== undefined && stated.year === undefined && stated.civilYear === undefined;
    });
  // A row's year under a holiday heading (holidayRows.ts) stands for its own row's date only.
  const rowYear = (unit: Unit): boolean =>
    unit.members.some((member) => context.mentions[member]!.extractor === "holiday-row");
  // A date read with the full stop that ends its sentence ("Ханука розпочалася 7 грудня.") keeps the
  // break out of the gap: the words after it ("Цього року Ханука …") begin another sentence.
  const sentenceGap = (a: Unit, gap: string): string =>
    OWN_FULL_STOP.test(context.text.slice(a.start, a.end)) && NEXT_SENTENCE.test(gap) ? `.${gap}` : gap;
  const onLine = (a: Unit, b: Unit): GroupEvidence | undefined => {
    if (b.start - a.end > MAX_GAP) return undefined;
    const gap = context.text.slice(a.end, b.start);
    if ((rowYear(a) || rowYear(b)) && gap.includes("\n")) return undefined;
    // A row's year and its date: the year's cell and an evening may stand between (holidayRows.ts).
    if (rowYear(a)) {
      const row = rowGap?.(gap);
      if (row) return row;
    }
    return joinGap(sentenceGap(a, gap));
  };
  // Partners on one line first: a table's lone civil date ("15/12/2023") does not take the Hebrew
  // date that begins the next line when that line gives it its own civil date ("כ"ד בכסלו, 7 בדצמבר").
  const sameLine = (a: Unit, b: Unit): boolean => !context.text.slice(a.end, b.start).includes("\n");
  join(units, (a, b) => (holiday(a) || holiday(b) || !sameLine(a, b) ? undefined : onLine(a, b)));
  join(units, (a, b) => (holiday(a) || holiday(b) ? undefined : onLine(a, b)));
  // Across a line break a holiday name pairs only as a label: one that begins a sentence ("ערב ראש
  // השנה ושני ימי החג, הימים שישי, …") is that sentence's subject, not the line above's.
  const proseHoliday = (unit: Unit): boolean => holiday(unit) && onProseLine(context.text, unit);
  // A holiday name that begins a line pairs with the date after it on that line, not with the
  // last line's date: "Pourim du 7 mars au 8 mars 2023 / Tisha Bé Av jeudi 27 juillet 2023".
  const next = new Map(units.slice(0, -1).map((unit, k) => [unit, units[k + 1]!]));
  const takesItsLine = (b: Unit): boolean => {
    const c = next.get(b);
    if (!c || c.calendar === b.calendar || taken.has(c) || b.start === c.start) return false;
    const gap = context.text.slice(b.end, c.start);
    return !gap.includes("\n") && onLine(b, c) !== undefined;
  };
  // A label over two dates on the lines under it names the span they bound (a vacation table's
  // "חנוכה" / "07/12/2023" / "15/12/2023"), not its first day.
  const labelsSpan = (a: Unit, b: Unit): boolean => {
    const c = next.get(b);
    if (!holiday(a) || holiday(b) || !c || c.calendar !== b.calendar) return false;
    const gap = context.text.slice(b.end, c.start);
    return (
      /^[ \t\u00a0]*\n[ \t\u00a0]*$/u.test(gap) &&
      standsAlone(context.text, b) &&
      standsAlone(context.text, c)
    );
  };
  // A holiday with its year on a line under a date ("Wednesday, May 24, 2023" / "Shavuot 5783") is a
  // post's title under its dateline: it names the holiday of that year, not the day the post was written.
  const titleUnder = (a: Unit, b: Unit): boolean =>
    a.calendar === "gregorian" &&
    !sameLine(a, b) &&
    b.members.some((member) => {
      const stated = context.mentions[member]!.stated;
      return stated.holiday !== undefined && (stated.year !== undefined || stated.civilYear !== undefined);
    });
  join(units, (a, b) =>
    (!sameLine(a, b) &&
      ((holiday(b) && takesItsLine(b)) ||
        proseHoliday(a) ||
        proseHoliday(b) ||
        labelsSpan(a, b) ||
        titleUnder(a, b))) ||
    keepApart?.(context, units, a, b, clauseGap)
      ? undefined
      : onLine(a, b),
  );
  // A named day and the civil date its clause says it falls on: "Purim was celebrated on Friday,
  // February 26, 2021" (a page's reading only: clauseJoin.ts).
  if (page) join(units, (a, b) => page.clauseJoin(context.text, a, b));
  // The civil date first and the clause that names its day after it: "On December 30, 2025, Jews
  // observe the fast of 10 Tevet" (dateFirstClause.ts).
  if (dateFirstGap)
    join(units, (a, b) =>
      // The clause's words count to MAX_GAP, a gloss before the name aside (dateFirstClause.ts).
      a.calendar === "gregorian" && b.start - a.end <= MAX_GAP + MAX_DATE_FIRST_GLOSS
        ? dateFirstGap(sentenceGap(a, context.text.slice(a.end, b.start)))
        : undefined,
    );
  // A time of day marks an article's timestamp, not a piece of a date widget: it pairs only on its line.
  const timed = (unit: Unit): boolean =>
    unit.members.some((member) => context.mentions[member]!.stated.time !== undefined);
  // A holiday name on a line of its own is a widget's piece ("Rosh Chodesh Kislev" under the day's
  // date); one inside a line of words ("What is Purim?", "5784 - 2nd day of Chanukkah") is not.
  const inBlocks = units.filter(
    (unit) => !taken.has(unit) && !rowYear(unit) && (!yearless(unit) || standsAlone(context.text, unit)),
  );
  // A block does not reach over a pair already made between its two dates: a month's heading
  // ("8 בנובמבר 2018 - 7 בדצמבר 2018") is not the partner of a date two list lines below it.
  const position = new Map(units.map((unit, k) => [unit, k]));
  const pairedBetween = (a: Unit, b: Unit): boolean => {
    for (let k = position.get(a)! + 1; k < position.get(b)!; k++) if (taken.has(units[k]!)) return true;
    return false;
  };
  const blockOf = (a: Unit, b: Unit): GroupEvidence | undefined =>
    timed(a) || timed(b) || pairedBetween(a, b) ? undefined : blockBetween(context.text, a, b);
  // A holiday on a line of its own labels the date under it ("Yom Kippour" / "-" / "Lunedí 25
  // Settembre, 2023" in a list of holidays): it does not take the date of the entry above it
  // when the date below stands as near.
  const nextInBlocks = new Map(inBlocks.slice(0, -1).map((unit, k) => [unit, inBlocks[k + 1]!]));
  const labelsNext = (a: Unit, b: Unit, evidence: GroupEvidence): boolean => {
    const c = nextInBlocks.get(b);
    if (!holiday(b) || holiday(a) || !c || c.calendar === b.calendar || holiday(c)) return false;
    const below = blockOf(b, c);
    return below?.kind === "block" && evidence.kind === "block" && below.lines <= evidence.lines;
  };
  // A holiday whose name opens the prose on the next line ("Jom Kipoer (Grote Verzoendag)" / "Jom Kipoer
  // begint de avond ervoor …") is that text's title: the dateline above it is the page's, not the day's.
  const holidayOf = (unit: Unit): string | undefined => {
    for (const member of unit.members) {
      const named = context.mentions[member]!.stated.holiday;
      if (named !== undefined) return named;
    }
    return undefined;
  };
  const titlesProse = (b: Unit): boolean => {
    const named = holidayOf(b);
    const c = next.get(b);
    if (named === undefined || !c || holidayOf(c) !== named) return false;
    const gap = context.text.slice(b.end, c.start);
    return /^[^\n]*\n[ \t\u00a0]*\n?[ \t\u00a0]*$/u.test(gap) && onProseLine(context.text, c);
  };
  join(inBlocks, (a, b) => {
    if (labelsSpan(a, b) || titleUnder(a, b)) return undefined;
    if (a.calendar === "gregorian" && titlesProse(b)) return undefined;
    const evidence = blockOf(a, b);
    return evidence && labelsNext(a, b, evidence) ? undefined : evidence;
  });
}
