import { convertDate } from "../convert/convertDate.js";
import type { ConversionResult } from "../convert/result.js";

/** Today at the terminal: the user's own calendar day, in the machine's time zone. */
export function localToday(): ConversionResult {
  return convertDate(new Date(), { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC" });
}
