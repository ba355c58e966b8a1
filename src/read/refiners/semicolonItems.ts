import type { RefineContext } from "./context.js";
import type { KeepApart, PairUnit } from "./pairs.js";

// A list run together with semicolons, each item a holiday's name and its own dates: "Shavuoth, da
// mezz'ora prima del tramonto di martedì 11 giugno a un'ora dopo il tramonto di giovedì 13 giugno;
// Rosh Hashanà (Capodanno), da mezz'ora prima del tramonto di mercoledì 2 ottobre …", or the dates
// first: "… giovedì 27 luglio – Digiuno del 9 Av;\n • Da mezz'ora prima del tramonto di venerdì 15
// settembre … – Rosh Hashanà" (Italy's yearly list of the festivals, as news pages copy it). A
// semicolon closes an item: what stands after it, with its own partner in its own item, is not the
// partner of what closed the item before, though only the semicolon (and a bullet) lies between.

/** A semicolon opens the gap: the first unit closes its item. */
const ITEM_CLOSED = /^[^\S\n]*;/u;
/** What ends an item or its sentence before the second unit's own partner. */
const ITEM_END = /[;.!?\n]/u;
/** The most characters from the second unit to its own partner: "(Capodanno), da mezz'ora prima del tramonto di ". */
const ITEM_REACH = 90;

/** Each units list's positions, made once: a page of many semicolons asks for them at every gap. */
const positions = new WeakMap<readonly PairUnit[], Map<PairUnit, number>>();
function unitAfter(units: readonly PairUnit[], unit: PairUnit): PairUnit | undefined {
  let position = positions.get(units);
  if (position === undefined) {
    position = new Map(units.map((each, k) => [each, k]));
    positions.set(units, position);
  }
  const at = position.get(unit);
  return at === undefined ? undefined : units[at + 1];
}

const named = (context: RefineContext, unit: PairUnit): boolean =>
  unit.members.some((member) => context.mentions[member]!.stated.holiday !== undefined);

/** Keeps the unit that closes a semicolon's item off the next item's unit, which has its own partner there. */
export const keepItemsApart: KeepApart = (context, units, a, b) => {
  if (a.calendar === b.calendar || !ITEM_CLOSED.test(context.text.slice(a.end, b.start))) return false;
  const own = unitAfter(units, b);
  if (own === undefined || own.calendar === b.calendar) return false;
  // The next item is a name with its date, or a date with its name.
  if (!named(context, b) && !named(context, own)) return false;
  const between = context.text.slice(b.end, own.start);
  return between.length <= ITEM_REACH && !ITEM_END.test(between);
};
