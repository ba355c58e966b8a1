// The fuzzers' one oracle: what each public function may do with any input, and how much work it may do.
// Shared by fuzz.test.ts (generated inputs) and corpus.test.ts (saved inputs), so both judge alike.
//
// - convertDate(input) returns a result with an ISO day and a Hebrew day of month 1–30, or throws a
//   DateError whose code is in ERROR_CODES; anything else thrown is a bug, whatever the input.
// - parseDates(text) never throws and returns mentions in order, not overlapping, each the slice of
//   the text its offsets say.
// - checkDocument(text) never throws and gives one of three verdicts.
// - JSON.stringify of every result (and of every DateError) succeeds, and the batch's hand-written
//   line of a conversion (conversionJson) is exactly that JSON.
// - No single call does more than WORK_BASE + WORK_PER_CHAR × the input's length in counted work
//   (regex calls and the characters each was given, and the readers' own counts: see measured()).
//   Counted, not timed, so a busy machine cannot fail it; the times are recorded and reported.

import { conversionJson } from "../../src/convert/resultJson.js";
import { checkDocument, convertDate, ERROR_CODES, isDateError, parseDates } from "../../src/index.js";
import { readWork, resetWork } from "../../src/read/workCounter.js";
import { countRegexWork } from "../support/regexWork.js";

export const OPTIONS = { reference: "2026-11-24" } as const;
/**
 * Work any call may do, whatever its input: the costliest short texts of the corpus do about 1,600
 * units, and a holiday name in a year not seen before makes @hebcal/core build that year's holiday
 * table (about 450 regex calls, 6,500 units) once.
 */
export const WORK_BASE = 20_000;
/** Work per character of input on top: the corpus's densest pages of dates do about 27 a character. */
export const WORK_PER_CHAR = 100;

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);
const VERDICTS: ReadonlySet<string> = new Set(["consistent", "inconsistent", "unchecked", "no-dates"]);
const ISO_DAY = /^[+-]?\d{4,6}-\d{2}-\d{2}$/;

type Fn = "convertDate" | "parseDates" | "checkDocument";
type Kind = "throw" | "costly" | "result" | "stringify";

/** An input that broke the contract, with everything needed to replay and classify it. */
export class ContractViolation extends Error {
  override readonly name = "ContractViolation";
  /** The function whose contract broke. */
  readonly fn: Fn;
  /** `throw` (threw what it may not), `costly` (over the work bound), `result` (malformed), `stringify`. */
  readonly kind: Kind;
  /** What the call threw, if it threw (for a costly call: what it threw, if anything). */
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

/** How long the slowest call per function took, and its input: reported after a run, never judged. */
export const slowest: Record<string, { ms: number; input: string }> = {};
/** The call per function that came closest to its bound on work (the largest share of it), and its input. */
export const mostWork: Record<string, { work: number; bound: number; input: string }> = {};
export const counts = { inputs: 0, calls: 0 };
/** The slowest input, all its calls together: reported after a run, never judged. */
export const slowestInput = { ms: 0, input: "" };

/** The length a bound on work is reckoned from: a string's, or the total of the strings in a value. */
export function inputLength(input: unknown, depth = 0): number {
  if (typeof input === "string") return input.length;
  if (input === null || typeof input !== "object" || depth > 3) return 0;
  let total = 0;
  try {
    for (const key of Reflect.ownKeys(input)) {
      const descriptor = Object.getOwnPropertyDescriptor(input, key);
      if (descriptor !== undefined && "value" in descriptor)
        total += inputLength(descriptor.value, depth + 1);
    }
  } catch {
    // a value whose keys cannot be listed holds no text that counts
  }
  return total;
}

function record(name: string, ms: number, work: number, input: unknown): void {
  counts.calls += 1;
  const current = slowest[name];
  if (current === undefined || ms > current.ms) slowest[name] = { ms, input: show(input) };
  const bound = workBound(input);
  const most = mostWork[name];
  if (most === undefined || work / bound > most.work / most.bound)
    mostWork[name] = { work, bound, input: show(input) };
}

/** The most work a call on this input may do: linear in its length. */
export function workBound(input: unknown): number {
  return WORK_BASE + WORK_PER_CHAR * inputLength(input);
}

/**
 * Runs one call, counts its work and enforces the bound on it: regex calls and the characters
 * each was given (test/support/regexWork.ts) plus every count the readers keep (workCounter.ts).
 * The call's time is recorded for the report only.
 */
/**
 * Tables some readers build on their first use (the month words of every language, the holiday
 * names' matcher: src/read/holidayNameMatch.ts) are built here, before any call is measured: that
 * work belongs to loading the module, not to an input. (The matcher's small pattern for each first
 * letter is still built on that letter's first use: a cost bounded by the table, once per letter.)
 */
const WARM_UP = [
  "Sunday, July 22nd | 10 Av 5778",
  "Erev Pesach 5787 | 14 Nisan 5787",
  "22 июля 2018 г. | 10 ава 5778",
  "י׳ באב תשע״ח",
  "10 mars 2018",
];
for (const text of WARM_UP) {
  checkDocument(text, OPTIONS);
  convertDate(text.split(" | ")[0]!, OPTIONS);
}

function measured<T>(fn: Fn, name: string, input: unknown, call: () => T): T {
  resetWork();
  const started = performance.now();
  const { value: outcome, regex } = countRegexWork((): { value: T } | { error: unknown } => {
    try {
      return { value: call() };
    } catch (error) {
      return { error };
    }
  });
  const ms = performance.now() - started;
  const counted = Object.values(readWork()).reduce((sum, count) => sum + count, regex.calls + regex.chars);
  record(name, ms, counted, input);
  const bound = workBound(input);
  if (counted > bound) {
    throw new ContractViolation(
      fn,
      "costly",
      `${name} did ${counted} units of work (${regex.calls} regex calls given ${regex.chars} characters; ${JSON.stringify(readWork())}), over ${bound} (${WORK_BASE} + ${WORK_PER_CHAR} a character), on ${show(input)}`,
      "error" in outcome ? outcome.error : undefined,
    );
  }
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}

function mustStringify(fn: Fn, what: string, input: unknown, value: unknown): void {
  try {
    measured(fn, `JSON.stringify(${what})`, input, () => JSON.stringify(value));
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
    result = measured(fn, fn, input, () => convertDate(input as never, OPTIONS));
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
    reading = measured(fn, fn, text, () => parseDates(text, OPTIONS));
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
    // A Hebrew month or year over its civil span ("Kislev 5779" above two civil dates) is read as a
    // range of its first and last day: its two ends share the period's one span.
    const previous = mentions[index - 1];
    const periodEnd =
      previous !== undefined &&
      previous.start === start &&
      previous.end === end &&
      reading.groups.some(
        (group: { kind: string; from?: number; to?: number }) =>
          group.kind === "range" && group.from === index - 1 && group.to === index,
      );
    if (start < previousEnd && !periodEnd)
      throw bad(`${which} starts before the previous mention's end ${previousEnd}`);
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
    report = measured(fn, fn, text, () => checkDocument(text, OPTIONS));
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
  const started = performance.now();
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
  const ms = performance.now() - started;
  if (ms > slowestInput.ms) Object.assign(slowestInput, { ms, input: show(input) });
  if (unexcused !== undefined) throw unexcused;
}

/** The run's slowest calls and its costliest per character, one line each, for the log. */
export function slowestReport(): string {
  const slow = Object.entries(slowest)
    .sort(([, a], [, b]) => b.ms - a.ms)
    .map(([name, { ms, input }]) => `  ${name}: ${ms.toFixed(2)} ms on ${input}`);
  const costly = Object.entries(mostWork)
    .sort(([, a], [, b]) => b.work / b.bound - a.work / a.bound)
    .map(
      ([name, { work, bound, input }]) =>
        `  ${name}: ${work} units of ${bound} allowed (${((100 * work) / bound).toFixed(1)} %) on ${input}`,
    );
  return [
    `${counts.inputs} inputs, ${counts.calls} calls; the slowest input took ${slowestInput.ms.toFixed(2)} ms (all its calls; reported, not judged): ${slowestInput.input}`,
    "slowest call per function (reported, not judged; known bugs included):",
    ...slow,
    `closest to the bound on work (judged: ${WORK_BASE} units + ${WORK_PER_CHAR} a character of input):`,
    ...costly,
  ].join("\n");
}
