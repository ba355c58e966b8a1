// The fuzzers' one oracle: what each public function may do with any input, and how long it may take.
// Shared by fuzz.test.ts (generated inputs) and corpus.test.ts (saved inputs), so both judge alike.
//
// - convertDate(input) returns a result with an ISO day and a Hebrew day of month 1–30, or throws a
//   DateError whose code is in ERROR_CODES; anything else thrown is a bug, whatever the input.
// - parseDates(text) never throws and returns mentions in order, not overlapping, each the slice of
//   the text its offsets say.
// - checkDocument(text) never throws and gives one of three verdicts.
// - JSON.stringify of every result (and of every DateError) succeeds, and the batch's hand-written
//   line of a conversion (conversionJson) is exactly that JSON.
// - No single call takes more than TIME_LIMIT_MS (a slow call is re-run; see timed()).

import { conversionJson } from "../../src/convert/resultJson.js";
import { checkDocument, convertDate, ERROR_CODES, isDateError, parseDates } from "../../src/index.js";

export const OPTIONS = { reference: "2026-11-24" } as const;
export const TIME_LIMIT_MS = 50;
const RERUNS = 3;

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);
const VERDICTS: ReadonlySet<string> = new Set(["consistent", "inconsistent", "unchecked", "no-dates"]);
const ISO_DAY = /^[+-]?\d{4,6}-\d{2}-\d{2}$/;

type Fn = "convertDate" | "parseDates" | "checkDocument";
type Kind = "throw" | "slow" | "result" | "stringify";

/** An input that broke the contract, with everything needed to replay and classify it. */
export class ContractViolation extends Error {
  override readonly name = "ContractViolation";
  /** The function whose contract broke. */
  readonly fn: Fn;
  /** `throw` (threw what it may not), `slow` (over the time limit), `result` (malformed), `stringify`. */
  readonly kind: Kind;
  /** What the call threw, if it threw (for a slow call: what its first run threw, if anything). */
  readonly thrown: unknown;

  constructor(fn: Fn, kind: Kind, message: string, thrown?: unknown) {
    super(message);
    this.fn = fn;
    this.kind = kind;
    this.thrown = thrown;
  }
}

/** How an input is shown in failure messages: JSON-escaped, so control characters stay visible. */
export function show(input: unknown): string {
  if (typeof input === "string") {
    const json = JSON.stringify(input);
    return json.length > 600 ? `${json.slice(0, 600)}… (${input.length} chars)` : json;
  }
  try {
    return describeValue(input, 0);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

function describeValue(value: unknown, depth: number): string {
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "[function]";
  if (value === null || typeof value !== "object") return String(value);
  if (depth > 3) return "…";
  if (value instanceof Date) {
    try {
      const time = Date.prototype.getTime.call(value);
      return `new Date(${Number.isNaN(time) ? "NaN" : time})`;
    } catch {
      return "Object.create(Date.prototype)";
    }
  }
  if (Array.isArray(value)) return `[${value.map((item) => describeValue(item, depth + 1)).join(", ")}]`;
  const prefix = Object.getPrototypeOf(value) === null ? "Object.create(null) " : "";
  const fields = Reflect.ownKeys(value).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    const shown =
      descriptor && "value" in descriptor ? describeValue(descriptor.value, depth + 1) : "[getter]";
    return `${typeof key === "symbol" ? `[${key.toString()}]` : JSON.stringify(key)}: ${shown}`;
  });
  return `${prefix}{${fields.join(", ")}}`;
}

/** Where an error was thrown: its first few stack frames. */
export function whereThrown(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  return stack
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "))
    .slice(0, 4)
    .join(" ← ");
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return `non-Error ${String(error)}`;
  } catch {
    return "a non-Error value";
  }
}

/** The slowest call seen, per function, and how many calls were made: for the report after a run. */
export const slowest: Record<string, { ms: number; input: string }> = {};
export const counts = { inputs: 0, calls: 0, overLimitThenFast: 0 };

/** The slowest call per function that kept within the limit (for how close the rest come to it). */
export const slowestWithinLimit: Record<string, { ms: number; input: string }> = {};

function record(name: string, ms: number, input: unknown): void {
  counts.calls += 1;
  const current = slowest[name];
  if (current === undefined || ms > current.ms) slowest[name] = { ms, input: show(input) };
  const within = slowestWithinLimit[name];
  if (ms <= TIME_LIMIT_MS && (within === undefined || ms > within.ms)) {
    slowestWithinLimit[name] = { ms, input: show(input) };
  }
}

/**
 * Runs one call and enforces the time limit. A call over the limit may have met a GC pause or a busy
 * machine, so it is re-run RERUNS times and fails only if the fastest re-run is still over the limit.
 */
function timed<T>(fn: Fn, name: string, input: unknown, call: () => T): T {
  const started = performance.now();
  let outcome: { value: T } | { error: unknown };
  try {
    outcome = { value: call() };
  } catch (error) {
    outcome = { error };
  }
  const ms = performance.now() - started;
  if (ms <= TIME_LIMIT_MS) {
    record(name, ms, input);
  } else {
    let fastest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < RERUNS; i++) {
      const again = performance.now();
      try {
        call();
      } catch {
        // the first run's outcome is the one judged; re-runs only time the call
      }
      fastest = Math.min(fastest, performance.now() - again);
    }
    record(name, fastest, input);
    if (fastest > TIME_LIMIT_MS) {
      throw new ContractViolation(
        fn,
        "slow",
        `${name} took ${fastest.toFixed(1)} ms (fastest of ${RERUNS} re-runs; first run ${ms.toFixed(1)} ms), over ${TIME_LIMIT_MS} ms, on ${show(input)}`,
        "error" in outcome ? outcome.error : undefined,
      );
    }
    counts.overLimitThenFast += 1;
  }
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}

function mustStringify(fn: Fn, what: string, input: unknown, value: unknown): void {
  try {
    timed(fn, `JSON.stringify(${what})`, input, () => JSON.stringify(value));
  } catch (error) {
    if (error instanceof ContractViolation) throw error;
    throw new ContractViolation(
      fn,
      "stringify",
      `JSON.stringify of the ${what} threw ${describeThrown(error)} at ${whereThrown(error)}, on ${show(input)}`,
      error,
    );
  }
}

/** convertDate on any JS value: a well-formed result, or a DateError with a known code. */
export function checkConvert(input: unknown): void {
  const fn = "convertDate";
  let result: ReturnType<typeof convertDate>;
  try {
    result = timed(fn, fn, input, () => convertDate(input as never, OPTIONS));
  } catch (error) {
    if (error instanceof ContractViolation) throw error;
    if (!isDateError(error)) {
      throw new ContractViolation(
        fn,
        "throw",
        `convertDate threw ${describeThrown(error)} (not a DateError) at ${whereThrown(error)}, on ${show(input)}`,
        error,
      );
    }
    if (!CODES.has(error.code)) {
      throw new ContractViolation(
        fn,
        "result",
        `convertDate threw a DateError with unknown code ${show(error.code)}, on ${show(input)}`,
      );
    }
    mustStringify(fn, "DateError", input, error);
    return;
  }
  const { gregorian, hebrew } = result;
  if (!ISO_DAY.test(gregorian.iso)) {
    throw new ContractViolation(
      fn,
      "result",
      `convertDate gave gregorian.iso ${show(gregorian.iso)}, on ${show(input)}`,
    );
  }
  if (!Number.isInteger(hebrew.day) || hebrew.day < 1 || hebrew.day > 30) {
    throw new ContractViolation(
      fn,
      "result",
      `convertDate gave hebrew.day ${show(hebrew.day)}, on ${show(input)}`,
    );
  }
  mustStringify(fn, "convertDate result", input, result);
  if (conversionJson(result) !== JSON.stringify(result)) {
    throw new ContractViolation(
      fn,
      "result",
      `conversionJson differs from JSON.stringify, on ${show(input)}`,
    );
  }
}

/** parseDates on any string: never throws; mentions in order, disjoint, each the slice it claims. */
export function checkParse(text: string): void {
  const fn = "parseDates";
  let reading: ReturnType<typeof parseDates>;
  try {
    reading = timed(fn, fn, text, () => parseDates(text, OPTIONS));
  } catch (error) {
    if (error instanceof ContractViolation) throw error;
    throw new ContractViolation(
      fn,
      "throw",
      `parseDates threw ${describeThrown(error)} at ${whereThrown(error)}, on ${show(text)}`,
      error,
    );
  }
  const mentions = reading?.mentions;
  if (!Array.isArray(mentions) || !Array.isArray(reading.groups))
    throw new ContractViolation(fn, "result", `parseDates gave no mentions and groups, on ${show(text)}`);
  let previousEnd = 0;
  for (const [index, mention] of mentions.entries()) {
    const { start, end } = mention;
    const which = `mention ${index} [${start}, ${end}) ${show(mention.text)}`;
    const bad = (message: string) =>
      new ContractViolation(fn, "result", `parseDates: ${message}, on ${show(text)}`);
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      start >= end ||
      end > text.length
    ) {
      throw bad(`bad offsets in ${which}`);
    }
    if (start < previousEnd) throw bad(`${which} starts before the previous mention's end ${previousEnd}`);
    if (text.slice(start, end) !== mention.text) {
      throw bad(`${which} but the text there is ${show(text.slice(start, end))}`);
    }
    if (mention.problem !== undefined && !CODES.has(mention.problem.code)) {
      throw bad(`${which} has problem code ${show(mention.problem.code)}`);
    }
    if (
      mention.problem === undefined &&
      (mention.date === undefined || !Number.isInteger(mention.dayNumber))
    ) {
      throw bad(`${which} has neither a problem nor a date`);
    }
    previousEnd = end;
  }
  for (const group of reading.groups) {
    const members = group.kind === "pair" ? [group.gregorian, group.hebrew] : [group.from, group.to];
    if (!members.every((member) => Number.isInteger(member) && member >= 0 && member < mentions.length))
      throw new ContractViolation(fn, "result", `parseDates: a group names no mention, on ${show(text)}`);
  }
  mustStringify(fn, "parseDates result", text, reading);
}

/** checkDocument on any string: never throws; one of three verdicts. */
export function checkCheckDocument(text: string): void {
  const fn = "checkDocument";
  let report: ReturnType<typeof checkDocument>;
  try {
    report = timed(fn, fn, text, () => checkDocument(text, OPTIONS));
  } catch (error) {
    if (error instanceof ContractViolation) throw error;
    throw new ContractViolation(
      fn,
      "throw",
      `checkDocument threw ${describeThrown(error)} at ${whereThrown(error)}, on ${show(text)}`,
      error,
    );
  }
  if (!VERDICTS.has(report.verdict)) {
    throw new ContractViolation(
      fn,
      "result",
      `checkDocument gave verdict ${show(report.verdict)}, on ${show(text)}`,
    );
  }
  mustStringify(fn, "checkDocument report", text, report);
}

/**
 * Every check on one input: all three functions for a string, convertDate alone for any other value.
 * Each function is judged even when another broke its contract; `excuse` may excuse a violation (a
 * known bug, see knownBugs.ts); the first one it does not excuse is thrown.
 */
export function checkAll(
  input: unknown,
  excuse: (violation: ContractViolation, input: unknown) => boolean = () => false,
): void {
  counts.inputs += 1;
  const checks: Array<() => void> = [() => checkConvert(input)];
  if (typeof input === "string")
    checks.push(
      () => checkParse(input),
      () => checkCheckDocument(input),
    );
  let unexcused: unknown;
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (error instanceof ContractViolation && excuse(error, input)) continue;
      unexcused ??= error;
    }
  }
  if (unexcused !== undefined) throw unexcused;
}

/** The run's slowest calls, one line each, for the log. */
export function slowestReport(): string {
  const lines = (table: Record<string, { ms: number; input: string }>) =>
    Object.entries(table)
      .sort(([, a], [, b]) => b.ms - a.ms)
      .map(([name, { ms, input }]) => `  ${name}: ${ms.toFixed(2)} ms on ${input}`);
  return [
    `${counts.inputs} inputs, ${counts.calls} timed calls (${counts.overLimitThenFast} over ${TIME_LIMIT_MS} ms once but not on re-run); slowest (over-limit calls timed by their fastest re-run, known bugs included):`,
    ...lines(slowest),
    `slowest within the ${TIME_LIMIT_MS} ms limit:`,
    ...lines(slowestWithinLimit),
  ].join("\n");
}
