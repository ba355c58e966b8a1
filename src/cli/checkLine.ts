import { type CheckOptions, checkDocument } from "../check/checkDocument.js";
import { DateError } from "../errors.js";
import { errorRecord, type TextLineOutcome } from "./commands/batch.js";

// One line of `hdate check --jsonl`: a JSON object with a `text` string in, the same object's other
// fields and the report out. The output line is written as JSON.stringify would write the merged
// object (carried fields first, then the report's), but without building that object: the carried
// fields' text and the report's JSON are joined by hand.
//
// Most lines are a crawler's flat records, `{"id": …, "url": "…", "text": "…"}`. Their carried fields
// are read as text and written back as it was, where that text is what JSON.stringify would write for
// the value (a string without escapes, a small integer, true, false, null): then neither the line's
// object nor the carried values are ever built. Anything else (nested values, escapes in a carried
// field, a duplicate or reserved name, a name that is an array index) goes the general way.

/** A JSON string with nothing JSON.stringify would write differently: no escapes, no lone surrogates. */
const PLAIN_STRING = /"[^"\\\u0000-\u001f\ud800-\udfff]*"/uy;
/** A value whose text is JSON.stringify's own: a plain string, an integer that is exact, a literal. */
const PLAIN_VALUE = /"[^"\\\u0000-\u001f\ud800-\udfff]*"|0|-?[1-9]\d{0,14}|true|false|null/uy;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

function skipSpace(line: string, at: number): number {
  let i = at;
  for (let c = line.charCodeAt(i); c === 32 || c === 9 || c === 13 || c === 10; c = line.charCodeAt(++i));
  return i;
}

/** Where the JSON string starting at `at` ends (after its closing quote), or -1. */
function stringEnd(line: string, at: number): number {
  for (let quote = line.indexOf('"', at + 1); quote !== -1; quote = line.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (line.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return -1;
}

/** A flat line's text and its carried fields as JSON members (`"id":1,"url":"…"`), else undefined. */
export function readPlainLine(
  line: string,
  reserved: ReadonlySet<string>,
): { text: string; carried: string } | undefined {
  let at = skipSpace(line, 0);
  if (line.charCodeAt(at) !== OPEN_BRACE) return undefined;
  at = skipSpace(line, at + 1);
  let text: string | undefined;
  let carried = "";
  const names: string[] = [];
  for (;;) {
    PLAIN_STRING.lastIndex = at;
    const key = PLAIN_STRING.exec(line);
    if (key === null) return undefined;
    at = skipSpace(line, PLAIN_STRING.lastIndex);
    if (line.charCodeAt(at) !== COLON) return undefined;
    at = skipSpace(line, at + 1);
    const name = key[0].slice(1, -1);
    if (name === "text") {
      if (text !== undefined || line.charCodeAt(at) !== QUOTE) return undefined;
      const end = stringEnd(line, at);
      if (end === -1) return undefined;
      try {
        text = JSON.parse(line.slice(at, end)) as string;
      } catch {
        return undefined;
      }
      at = end;
    } else {
      // An array index would be written before the other names; "__proto__" and a repeated name
      // are JSON.parse's to settle; a reserved name moves inside `carried`.
      const first = name.charCodeAt(0);
      if (first >= 48 && first <= 57) return undefined;
      if (name === "__proto__" || reserved.has(name) || names.includes(name)) return undefined;
      names.push(name);
      PLAIN_VALUE.lastIndex = at;
      const value = PLAIN_VALUE.exec(line);
      if (value === null) return undefined;
      carried += `${carried === "" ? "" : ","}${key[0]}:${value[0]}`;
      at = PLAIN_VALUE.lastIndex;
    }
    at = skipSpace(line, at);
    const next = line.charCodeAt(at);
    if (next === COMMA) {
      at = skipSpace(line, at + 1);
      continue;
    }
    if (next !== CLOSE_BRACE || skipSpace(line, at + 1) !== line.length) return undefined;
    return text === undefined ? undefined : { text, carried };
  }
}

/** `{…carried, …own}` as JSON.stringify writes it, from the two objects' own JSON members. */
function joined(carried: string, ownJson: string): string {
  return carried === "" ? ownJson : `{${carried},${ownJson.slice(1)}`;
}

/**
 * The carried fields of a line (all but `text`) beside the record's own: a field named as one of the
 * record's keys, or as a key it could have (`error`, `carried`, a report's), never overwrites or
 * imitates it; such fields go, as they were, inside `carried`. So a top-level `error` is only ours.
 */
function carriedMembers(
  carried: Record<string, unknown>,
  own: Record<string, unknown>,
  reserved: ReadonlySet<string>,
): string {
  // Without a prototype, a field named "__proto__" is copied as a field like any other.
  const top: Record<string, unknown> = Object.create(null);
  const moved: Record<string, unknown> = Object.create(null);
  let anyMoved = false;
  for (const [name, value] of Object.entries(carried)) {
    if (reserved.has(name) || Object.hasOwn(own, name)) {
      moved[name] = value;
      anyMoved = true;
    } else top[name] = value;
  }
  if (anyMoved) top.carried = moved;
  return JSON.stringify(top).slice(1, -1);
}

const NO_TEXT = { error: { code: "unreadable", message: 'no "text" string on this line' } };

/**
 * The answer to one line of `hdate check --jsonl`, for the given options.
 * @example checkLineHandler({})('{"id":1,"text":"Sunday, July 22nd | 10 Av 5778"}').json // '{"id":1,"verdict":"consistent",…}'
 */
export function checkLineHandler(options: CheckOptions): (line: string) => TextLineOutcome {
  const empty = checkDocument("", options);
  const reserved = new Set([...Object.keys(empty), "masthead", "error", "carried"]);
  return (line) => {
    const plain = readPlainLine(line, reserved);
    if (plain !== undefined) {
      const report = checkDocument(plain.text, options);
      return {
        json: joined(plain.carried, JSON.stringify(report)),
        flagged: report.verdict === "inconsistent",
        kind: report.verdict,
      };
    }
    let document: unknown;
    try {
      document = JSON.parse(line);
    } catch {
      return errorRecord(new DateError("unreadable", "this line is not JSON"));
    }
    if (typeof document !== "object" || document === null || Array.isArray(document)) {
      return errorRecord(new DateError("unreadable", "this line is not a JSON object"));
    }
    const { text, ...carried } = document as Record<string, unknown>;
    if (typeof text !== "string")
      return {
        json: joined(carriedMembers(carried, NO_TEXT, reserved), JSON.stringify(NO_TEXT)),
        flagged: true,
        kind: "error",
      };
    const report = checkDocument(text, options);
    return {
      json: joined(
        carriedMembers(carried, report as unknown as Record<string, unknown>, reserved),
        JSON.stringify(report),
      ),
      flagged: report.verdict === "inconsistent",
      kind: report.verdict,
    };
  };
}
