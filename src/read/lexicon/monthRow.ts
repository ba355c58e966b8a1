// The shape of a row of the month tables (months.generated.ts from CLDR, months.hand.ts by hand).

/** How a month is written: inside a date (ru "июля"), standing alone (ru "июль"), or abbreviated (ru "июл."). */
export type MonthForm = "long" | "standalone" | "short";

/**
 * One spelling of one month: language (CLDR code), calendar, month (1–12 Gregorian; hebcal numbers for
 * Hebrew months, 0 for Adar written without I/II), the spelling as written, and its form.
 * @example const row: MonthRow = ["ru", "gregorian", 7, "июля", "long"];
 */
export type MonthRow = readonly [
  language: string,
  calendar: "gregorian" | "hebrew",
  month: number,
  spelling: string,
  form: MonthForm,
];
