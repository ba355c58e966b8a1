import type { LearnedShape } from "../read/readingShapes.js";

// A table of learned shapes as one string, a line a shape: a string literal of some thousand lines
// costs a start-up next to nothing to load, where as many objects cost milliseconds of parsing and
// garbage collection. Only the line asked for becomes an object.
//
// A line: "\n" key "\t" calendar "\t" extractor "\t" month "\t" roles "\t" weekday "\t" century.

const FIELD = "\t";
const LINE = "\n";

/**
 * The table as one string.
 * @example packShapes({ k: shape }) // "\nk\thebrew\thebrew-latin\t5\tday,year\t\t57\n"
 */
export function packShapes(table: Readonly<Record<string, LearnedShape>>): string {
  let packed = "";
  for (const [key, shape] of Object.entries(table)) {
    const { calendar, extractor, month, roles, weekday, century } = shape;
    packed += [`${LINE}${key}`, calendar, extractor, month, roles.join(","), weekday ?? "", century].join(
      FIELD,
    );
  }
  return `${packed}${LINE}`;
}

/**
 * The shape of a key in a packed table, or undefined when the table has none.
 * @example findPackedShape(packShapes({ k: shape }), "k") // shape
 */
export function findPackedShape(packed: string, key: string): LearnedShape | undefined {
  // A key holding a separator could match across lines; no shape of the table holds one.
  if (key.includes(LINE) || key.includes(FIELD)) return undefined;
  const start = packed.indexOf(`${LINE}${key}${FIELD}`);
  if (start < 0) return undefined;
  const end = packed.indexOf(LINE, start + 1);
  const [, calendar, extractor, month, roles, weekday, century] = packed.slice(start + 1, end).split(FIELD);
  return {
    calendar: calendar as LearnedShape["calendar"],
    extractor: extractor!,
    month: Number(month),
    roles: roles!.split(",") as LearnedShape["roles"],
    weekday: weekday === "" ? undefined : Number(weekday),
    century: Number(century),
  };
}
