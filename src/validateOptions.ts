import { checkTimeZone } from "./calendars/zonedDay.js";
import { DateError, showValue } from "./errors.js";

// Every entry point checks its options before it reads anything: a wrong type or value is the
// caller's mistake, and is said as one (`invalid-option`) instead of being ignored (a misspelt
// numericOrder silently read as "auto") or surfacing as an error about the date.

/** The options the library's functions take, by name. */
export type OptionName =
  | "afterSunset"
  | "israel"
  | "timeZone"
  | "reference"
  | "numericOrder"
  | "location"
  | "trace"
  | "explain";

const NUMERIC_ORDERS = new Set(["mdy", "dmy", "auto"]);

function fail(caller: string, name: string, expected: string, value: unknown): never {
  const shown = typeof value === "string" ? JSON.stringify(value) : showValue(value);
  throw new DateError("invalid-option", `${caller}: ${name} must be ${expected}, not ${shown}`, {
    input: value,
  });
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}

function checkLocation(caller: string, value: unknown): void {
  if (typeof value === "string") return; // an unknown name is refused where it is looked up
  const place = value as { latitude?: unknown; longitude?: unknown; timeZone?: unknown; name?: unknown };
  if (
    typeof value !== "object" ||
    value === null ||
    !isFiniteNumber(place.latitude) ||
    !isFiniteNumber(place.longitude) ||
    (place.timeZone !== undefined && typeof place.timeZone !== "string") ||
    (place.name !== undefined && typeof place.name !== "string")
  ) {
    fail(caller, "location", "a city name or {latitude, longitude, timeZone?, name?} with numbers", value);
  }
}

function checkOne(caller: string, name: OptionName, value: unknown): void {
  switch (name) {
    case "afterSunset":
    case "israel":
    case "trace":
    case "explain":
      if (typeof value !== "boolean") fail(caller, name, "true or false", value);
      return;
    case "timeZone":
      if (typeof value !== "string") fail(caller, name, "an IANA zone name or a UTC offset", value);
      checkTimeZone(value);
      return;
    case "reference":
      // A string's day is read (and refused) by the reader of references.
      if (typeof value !== "string" && !(value instanceof Date))
        fail(caller, name, "a Date or YYYY-MM-DD", value);
      return;
    case "numericOrder":
      if (typeof value !== "string" || !NUMERIC_ORDERS.has(value))
        fail(caller, name, '"mdy", "dmy" or "auto"', value);
      return;
    case "location":
      checkLocation(caller, value);
      return;
  }
}

/**
 * Throws a DateError with code `invalid-option` unless `options` is an object (or undefined) whose
 * options among `names` have values of the right type; options set to undefined count as not given.
 * @example validateOptions("convertDate", { numericOrder: "ymd" }, ["numericOrder"]) // throws invalid-option
 */
export function validateOptions(caller: string, options: unknown, names: readonly OptionName[]): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    fail(caller, "options", "an object", options);
  }
  const given = options as Record<string, unknown>;
  // Most calls pass no options at all ({}): nothing to look up (for…in sees inherited ones too).
  let any = false;
  for (const _ in given) {
    any = true;
    break;
  }
  if (!any) return;
  for (const name of names) {
    const value = given[name];
    if (value !== undefined) checkOne(caller, name, value);
  }
}
