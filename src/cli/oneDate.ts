import { weekdayIndexOf } from "../calendars/dayNumber.js";
import { ConversionResult } from "../convert/result.js";
import { ShapeTable, shapeHash } from "../read/readingShapes.js";
import { oneDateTable } from "./oneDateTable.js";
import { findPackedShapes } from "./packedShapes.js";
import { renderConversion } from "./render.js";
import { shownDay } from "./shownDay.js";

// `hdate "10 Av 5778"` without loading the readers: a date of a shape in the table the build
// learned from the reader (oneDateShapes.ts) is answered here, with the same result object and
// the same renderer as the full CLI, so the bytes are the same. Anything else (an option, a
// command, another shape, a day that does not exist, a weekday that disagrees) is declined, and
// the bin runs the full CLI, which reads it and says why.

/** Words that start a command, not a date. */
const COMMANDS = new Set(["cal", "days", "holidays", "anniversary", "check"]);

/**
 * What `hdate ARGV…` prints, when ARGV is one date of a shape known ahead of time with no option;
 * otherwise undefined (the full CLI answers).
 * @example answerOneDate(["10 Av 5778"]) // "Gregorian: Sunday, 22 July 2018 (2018-07-22)\n…"
 */
export function answerOneDate(argv: readonly string[]): string | undefined {
  if (argv.length === 0 || COMMANDS.has(argv[0]!)) return undefined;
  // "-" is standard input, "--" ends the options, anything else is an option.
  if (argv.some((word) => word.startsWith("-"))) return undefined;
  const text = argv.join(" ").trim();
  const hash = shapeHash(text);
  const shapes = hash < 0 ? [] : findPackedShapes(oneDateTable(), hash);
  if (shapes.length === 0) return undefined;
  // The shapes' reading of these numerals, by the code that answers from shapes in every reading.
  const table = new ShapeTable();
  for (const shape of shapes) table.teach(hash, shape);
  const reading = table.read(text);
  if (reading === undefined) return undefined;
  // A weekday the date contradicts earns a warning: the full CLI words it.
  const weekday = reading.stated.weekday;
  // An evening ("Friday night") moves the answer to the Hebrew day it begins: the full CLI says so.
  if (reading.stated.evening) return undefined;
  if (weekday !== undefined && weekday !== weekdayIndexOf(reading.dayNumber)) return undefined;
  // The table's shapes infer nothing and warn of nothing (its samples state every field; a test
  // holds it), so the result carries none.
  const result = new ConversionResult(
    reading.dayNumber,
    { kind: "text", calendar: reading.calendar, date: reading.date, text, extractor: reading.extractor },
    { afterSunset: false, israel: false, inferred: [], warnings: [] },
  );
  return renderConversion(result, shownDay(result, undefined, false));
}
