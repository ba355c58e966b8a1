import { safeText } from "./safeText.js";

/**
 * The closed list of error codes. Codes are data-free words so callers can switch on them;
 * the values that caused the error go in the message and in the error's fields.
 */
export const ERROR_CODES = [
  "unreadable",
  "unknown-month",
  "day-out-of-range",
  "month-out-of-range",
  "not-a-leap-year",
  "year-out-of-range",
  "ambiguous",
  "invalid-option",
] as const;

/** One of {@link ERROR_CODES}. */
export type DateErrorCode = (typeof ERROR_CODES)[number];

/** Extra facts an error carries besides its code and message. */
export interface DateErrorDetails {
  input?: unknown;
  suggestions?: readonly string[];
}

/**
 * The one error the library throws for input it cannot read or that names no real day.
 * @example
 * try { convertDate("40 Av 5778") } catch (e) { (e as DateError).code } // "day-out-of-range"
 */
export class DateError extends Error {
  override readonly name = "DateError";
  readonly code: DateErrorCode;
  readonly input: unknown;
  readonly suggestions: readonly string[];

  constructor(code: DateErrorCode, message: string, details: DateErrorDetails = {}) {
    // Messages quote input; shown raw, a control character in it could break or restyle the line.
    super(safeText(message));
    this.code = code;
    this.input = details.input;
    this.suggestions = details.suggestions ?? [];
  }

  /** A plain object for JSON output: `{code, message, suggestions?}`. */
  toJSON(): { code: DateErrorCode; message: string; suggestions?: readonly string[] } {
    return this.suggestions.length > 0
      ? { code: this.code, message: this.message, suggestions: this.suggestions }
      : { code: this.code, message: this.message };
  }
}

/** Whether a value is a {@link DateError} (also across bundled copies of the library). */
export function isDateError(value: unknown): value is DateError {
  return (
    value instanceof DateError || (value instanceof Error && value.name === "DateError" && "code" in value)
  );
}

/**
 * A value as an error message can show it, whatever it is: a Symbol, a BigInt or an object with no
 * string form (Object.create(null)) would make String() or a template throw a TypeError instead.
 * @example showValue(Symbol("x")) // "Symbol(x)"
 */
export function showValue(value: unknown): string {
  try {
    return typeof value === "symbol" ? value.toString() : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
