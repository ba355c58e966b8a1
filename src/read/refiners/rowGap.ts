import type { GroupEvidence } from "../reading.js";
import { isEveningPhrase } from "./joins.js";

// A row's year under a holiday heading (holidayRows.ts) and the date on its row: what an infobox
// writes between them is the rest of the year's cell and, often, the evening the day begins.

/**
 * The rest of a row's year cell: a case ending ("2021-ben"), a closing bracket, a one-word label
 * ("2024 date"), a cell's mark; what follows it may only be an evening's words.
 */
const CELL_REST = /^(?:-\p{L}{1,4})?\)?[ \t\u00a0]*(?:\p{L}{1,12}[ \t\u00a0]*)?[:|\t]?[ \t\u00a0]*/u;

/**
 * How the text between a row's year (a `holiday-row` candidate) and the date after it on its line
 * joins them, or undefined when it does not: a separator, or the evening the date begins ("2024 date
 * | Sunset, 24 January", "Rok 2023: západ slunce 7. prosince", "Date 2023 | Coucher du soleil, 7 décembre").
 * @example rowGap(" date | Sunset, ")?.kind // "connector"
 * @example rowGap(": ")?.kind // "separator"
 * @example rowGap(" we met on ") // undefined
 */
export function rowGap(gap: string): GroupEvidence | undefined {
  const rest = gap.replace(CELL_REST, "").replace(/[\s,]+$/u, "");
  if (rest === "") return { kind: "separator", text: gap };
  // Only the evening's words themselves: "Sunset was late that year, on" is a sentence.
  return /^[\p{L} ]{1,24}$/u.test(rest) && isEveningPhrase(rest)
    ? { kind: "connector", text: gap, phrase: rest }
    : undefined;
}
