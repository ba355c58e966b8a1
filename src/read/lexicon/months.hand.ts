// Month spellings pages use that CLDR lacks, each with where it was seen. Rows as in monthRow.ts:
// Hebrew's here, the other languages' in months.hand.languages.ts (which the lean browser build
// leaves out).

import type { MonthRow } from "./monthRow.js";
import { HAND_LANGUAGE_MONTH_ROWS } from "./months.hand.languages.js";

export const HAND_MONTH_ROWS: readonly MonthRow[] = [
  ...HAND_LANGUAGE_MONTH_ROWS,
  // Hebrew script, Gregorian: "מרס", the Academy of the Hebrew Language's spelling, beside CLDR's "מרץ".
  ["he", "gregorian", 3, "מרס", "long"],
];
