import { convertDate } from "../../convert/convertDate.js";
import { type CliIo, EXIT } from "../io.js";
import type { CliOptions } from "../options.js";
import { renderConversion } from "../render.js";

/** `hdate [DATE]`: one date in both calendars (today when none is given). */
export function convertCommand(words: string[], options: CliOptions, io: CliIo): number {
  const text = words.join(" ").trim();
  const result =
    text === "" || text.toLowerCase() === "today"
      ? convertDate(new Date(), { ...options.convert, timeZone: options.convert.timeZone ?? localZone() })
      : convertDate(text, options.convert);
  io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderConversion(result));
  return EXIT.ok;
}

/** "Today" at a terminal means the user's own calendar day, not UTC's. */
function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
