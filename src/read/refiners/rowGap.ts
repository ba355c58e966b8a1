import type { GroupEvidence } from "../reading.js";
import { isEveningPhrase } from "./joins.js";

// A row's year under a holiday heading (holidayRows.ts) and the date on its row: what an infobox
// writes between them is the rest of the year's cell and, often, the evening the day begins.

/**
 * The rest of a row's year cell: a case ending ("2021-ben"), a closing bracket, a one-word label
 * ("2024 date"), a cell's mark; what follows it may only be an evening's words.
 */
const CELL_REST = /^(?:-\p{L}{1,4})?\)?[ \t\u00a0]*(?:\p{L}{1,12}[ \t\u00a0]*)?[:|\t]?[ \t\u00a0]*/u;

/** A year's cell up to its words: a case ending, a bracket, a cell's mark. */
const CELL_MARK = /^(?:-\p{L}{1,4})?\)?[ \t\u00a0]*[:|\t]?[ \t\u00a0]*/u;

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
  if (/^[\p{L} ]{1,24}$/u.test(rest) && isEveningPhrase(rest))
    return { kind: "connector", text: gap, phrase: rest };
  // Or the evening with no cell's mark before it, maybe run into a one-word label: "Rok 2018 západ
  // slunce 30. března", "2022 DatumSonnenuntergang, 18. Dezember" (infoboxes copied as text).
  const words = gap.replace(CELL_MARK, "").replace(/[\s,]+$/u, "");
  for (let cut = 0; cut <= Math.min(12, words.length - 1) && /^\p{L}*$/u.test(words.slice(0, cut)); cut++) {
    const evening = words.slice(cut);
    if (/^[\p{L} ]{1,24}$/u.test(evening) && isEveningPhrase(evening))
      return { kind: "connector", text: gap, phrase: evening };
  }
  return undefined;
}
