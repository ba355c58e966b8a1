import type { RefineContext } from "./context.js";
import type { JoinGap, KeepApart, PairUnit } from "./pairs.js";
import { MAX_GAP } from "./separatorGap.js";

// Two layouts in which a named day's neighbour is not its partner, though only a line break or an
// "and" lies between them (a page's reading only: pairs.ts asks through its `keepApart`).
//
// A list row "DATE: label" ("Sunday April 21:  Second day Pesach", passoverbingo.com) gives the
// label to its own row's date, even when the words before the name ("Second day") do not join them;
// the name does not take the date that opens the next row.
//
// "… is held on March 21, 2024, and Purim is celebrated Saturday evening March 23"
// (chabadwestside.org): an "and" that begins the name's own clause does not join it to the date
// before; the clause's verb gives the name its date after it.

/** A bare "and" between a date and the name after it, in the languages whose pages are read. */
const AND = /^[\s,]*(?:and|und|et|e|y|и)\s+$/iu;
/** What may open a list's line before its date: bullets and dashes. */
const BULLETS = /^[\s\-–—•*·]*$/u;

const named = (context: RefineContext, unit: PairUnit): boolean =>
  unit.members.some((member) => context.mentions[member]!.stated.holiday !== undefined);

/** Whether `label` is a named day after its own row's date `row` and a colon, on one line. */
function labelsItsRow(context: RefineContext, row: PairUnit | undefined, label: PairUnit): boolean {
  const { text } = context;
  if (!row || row.calendar === label.calendar || !named(context, label)) return false;
  const lineStart = text.lastIndexOf("\n", row.start - 1) + 1;
  const between = text.slice(row.end, label.start);
  return (
    !between.includes("\n") && BULLETS.test(text.slice(lineStart, row.start)) && /^[^\S\n]*:/u.test(between)
  );
}

/** Whether `name` begins its own clause after "and", a clause that joins it to `after`. */
function beginsOwnClause(
  context: RefineContext,
  date: PairUnit,
  name: PairUnit,
  after: PairUnit | undefined,
  clauseGap: JoinGap | undefined,
): boolean {
  const { text } = context;
  if (!clauseGap || !after || date.calendar === name.calendar || after.calendar === name.calendar)
    return false;
  if (after.start - name.end > MAX_GAP || !AND.test(text.slice(date.end, name.start))) return false;
  return named(context, name) && clauseGap(text.slice(name.end, after.start)) !== undefined;
}

/** Keeps a row's label off the next row's date, and a name off the date before its own clause. */
// Each unit's place in its page's list, made once a list: asked of every pair of neighbours, a search
// of the list would make a page's pairing quadratic.
const places = new WeakMap<readonly PairUnit[], Map<PairUnit, number>>();
function placeOf(units: readonly PairUnit[], unit: PairUnit): number {
  let place = places.get(units);
  if (!place) {
    place = new Map(units.map((u, k) => [u, k]));
    places.set(units, place);
  }
  return place.get(unit) ?? -1;
}

export const keepRowsApart: KeepApart = (context, units, a, b, clauseGap) => {
  const k = placeOf(units, a);
  return (
    (context.text.slice(a.end, b.start).includes("\n") && labelsItsRow(context, units[k - 1], a)) ||
    beginsOwnClause(context, a, b, units[k + 2], clauseGap)
  );
};
