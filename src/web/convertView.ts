import { convertDate, isDateError } from "../index.js";
import { dayFacts, type Fact } from "./dayFacts.js";

/** The convert box's switches. */
export interface ConvertSwitches {
  afterSunset?: boolean;
  israel?: boolean;
  /** IANA zone; an empty box means today there. Empty: UTC. */
  timeZone?: string;
  /** The day a missing year is inferred near (default: today). */
  reference?: Date | string;
}

/** What the convert box shows: the day's facts, or the error's code and message. */
export type ConvertView =
  | { ok: true; facts: Fact[]; notes: string[] }
  | { ok: false; code: string; message: string; suggestions: readonly string[] };

/**
 * Converts what was typed in the convert box (empty: today in the zone) with its switches.
 * @example convertView("10 Av 5778", {}).ok // true
 */
export function convertView(
  input: string,
  switches: ConvertSwitches,
  now: () => Date = () => new Date(),
): ConvertView {
  const options = {
    afterSunset: switches.afterSunset === true,
    israel: switches.israel === true,
    ...(switches.timeZone ? { timeZone: switches.timeZone } : {}),
    ...(switches.reference !== undefined ? { reference: switches.reference } : {}),
  };
  try {
    const result = convertDate(input.trim() === "" ? now() : input, options);
    const notes = [
      ...result.inferred.map(
        (inference) => `Inferred ${inference.field} ${inference.value}: ${inference.note}`,
      ),
      ...result.warnings.map((warning) => warning.message),
    ];
    return { ok: true, facts: dayFacts(result), notes };
  } catch (error) {
    if (!isDateError(error)) throw error;
    return { ok: false, code: error.code, message: error.message, suggestions: error.suggestions };
  }
}
