import { isDateError } from "../errors.js";
import { safeText } from "../safeText.js";

/**
 * An error as the one line hdate writes on stderr: a DateError's message, else the first line of
 * what was thrown (never a stack trace), shown safe.
 * @example errorLine(new Error("boom\n    at x.js:1:1"), "line 2: ") // "hdate: line 2: boom\n"
 */
export function errorLine(error: unknown, prefix = ""): string {
  const message = error instanceof Error ? error.message : String(error);
  return `hdate: ${prefix}${safeText(isDateError(error) ? message : message.split("\n")[0]!)}\n`;
}
