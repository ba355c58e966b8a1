// Reading the saved corpus (test/fuzz/corpus/):
//
// - inputs.jsonl — one JSON string per line: text fed to all three functions.
// - values.jsonl — one encoded JS value per line: fed to convertDate. JSON cannot hold every JS value,
//   so a few are tagged: {"$": "undefined"}, {"$": "number", "value": "NaN" | "Infinity" | "-Infinity" |
//   "-0"}, {"$": "bigint", "value": "123"}, {"$": "symbol", "description": "x"}, {"$": "date", "value":
//   ms | "NaN"}, {"$": "date-prototype"} (Object.create(Date.prototype)), {"$": "luxon", "iso": "…",
//   "zone": "…"}, {"$": "null-prototype", "fields": {…}}. Any other object is a plain object whose own
//   keys (`__proto__` included) are set exactly as written; arrays are arrays.
// - bugs.jsonl — {"bug": id, "input": <a string, or an encoded value>} per line: inputs that still break
//   the contract because of a known bug (knownBugs.ts); replayed as `it.fails`.
//
// Lines that are empty or start with `//` are skipped.

import { readFileSync } from "node:fs";
import { DateTime } from "luxon";

export const CORPUS_DIR = new URL("./corpus/", import.meta.url);

function lines(name: string): Array<{ line: number; json: unknown }> {
  const text = readFileSync(new URL(name, CORPUS_DIR), "utf8");
  return text
    .split("\n")
    .map((raw, index) => ({ raw: raw.replace(/\r$/, ""), line: index + 1 }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("//"))
    .map(({ raw, line }) => {
      try {
        return { line, json: JSON.parse(raw) as unknown };
      } catch (error) {
        throw new Error(`${name}:${line} is not JSON: ${(error as Error).message}`);
      }
    });
}

/** The decoded JS value of a values.jsonl entry. */
export function decodeValue(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(decodeValue);
  if (json === null || typeof json !== "object") return json;
  const tagged = json as { $?: unknown; [key: string]: unknown };
  if (Object.hasOwn(tagged, "$")) {
    switch (tagged.$) {
      case "undefined":
        return undefined;
      case "number":
        return tagged.value === "-0" ? -0 : Number(tagged.value);
      case "bigint":
        return BigInt(String(tagged.value));
      case "symbol":
        return Symbol(String(tagged.description));
      case "date":
        return new Date(tagged.value === "NaN" ? Number.NaN : Number(tagged.value));
      case "date-prototype":
        return Object.create(Date.prototype);
      case "luxon":
        return DateTime.fromISO(String(tagged.iso), { zone: String(tagged.zone ?? "UTC") });
      case "null-prototype":
        return withOwnKeys(Object.create(null), tagged.fields as Record<string, unknown>);
      default:
        throw new Error(`unknown tag ${JSON.stringify(tagged.$)}`);
    }
  }
  return withOwnKeys({}, tagged);
}

function withOwnKeys(target: object, fields: Record<string, unknown>): object {
  for (const key of Object.keys(fields)) {
    Object.defineProperty(target, key, {
      value: decodeValue(fields[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return target;
}

export interface CorpusEntry {
  /** Where it is: `inputs.jsonl:12`. */
  where: string;
  input: unknown;
}

/** The texts of inputs.jsonl. */
export function corpusTexts(): CorpusEntry[] {
  return lines("inputs.jsonl").map(({ line, json }) => {
    if (typeof json !== "string") throw new Error(`inputs.jsonl:${line} holds no JSON string`);
    return { where: `inputs.jsonl:${line}`, input: json };
  });
}

/** The values of values.jsonl. */
export function corpusValues(): CorpusEntry[] {
  return lines("values.jsonl").map(({ line, json }) => ({
    where: `values.jsonl:${line}`,
    input: decodeValue(json),
  }));
}

/** The inputs of bugs.jsonl, each with its bug's id. */
export function corpusBugs(): Array<CorpusEntry & { bug: string }> {
  return lines("bugs.jsonl").map(({ line, json }) => {
    const { bug, input } = json as { bug: string; input: unknown };
    return { where: `bugs.jsonl:${line}`, bug, input: decodeValue(input) };
  });
}
