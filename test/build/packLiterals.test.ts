import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { escapedLength, packLiterals, packsFile } from "../../build/packLiterals.js";
import { checkDocument, convertDate } from "../../src/index.js";
import { fromAscii } from "../../src/read/lexicon/asciiText.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DECODER = join(ROOT, "src/read/lexicon/asciiText.ts");

/** The source files the library builds pack, with at least one literal packed. */
const PACKED_FILES = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".ts") && packsFile(path))
  .map((path) => join(ROOT, "src", path))
  .filter((path) => packLiterals(readFileSync(path, "utf8"), DECODER).literals.length > 0);

/** A module's exports, built from its source as written or packed, and loaded. */
async function exportsOf(path: string, packed: boolean): Promise<Record<string, unknown>> {
  const pack: Plugin = {
    name: "pack",
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, (args) =>
        args.path === path
          ? { contents: packLiterals(readFileSync(path, "utf8"), DECODER).code, loader: "ts" }
          : undefined,
      );
    },
  };
  const result = await build({
    entryPoints: [path],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    plugins: packed ? [pack] : [],
  });
  const code = Buffer.from(result.outputFiles[0]!.contents).toString("base64");
  return import(`data:text/javascript;base64,${code}`);
}

/** A value's data, functions standing as their names (what they do, the readers' own tests say). */
function data(value: unknown): unknown {
  if (typeof value === "function") return `function ${value.name}`;
  if (Array.isArray(value)) return value.map(data);
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, data(item)]));
  if (value instanceof Set) return new Set([...value].map(data));
  if (value === null || typeof value !== "object" || value instanceof RegExp) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, data(item)]));
}

describe("packLiterals", () => {
  it("packs the hand-written word tables (the files a web page's convertDate carries)", () => {
    const names = PACKED_FILES.map((path) => path.slice(ROOT.length + 1).replaceAll("\\", "/"));
    expect(names).toEqual(
      expect.arrayContaining([
        "src/read/lexicon.ts",
        "src/read/lexicon/holidays.ts",
        "src/read/lexicon/months.hand.ts",
      ]),
    );
    expect(names.some((name) => /asciiText|generated/.test(name))).toBe(false);
  });

  it.each(PACKED_FILES)("gives every literal of %s back as written", (path) => {
    const { literals } = packLiterals(readFileSync(path, "utf8"), DECODER);
    for (const literal of literals) {
      expect(fromAscii(literal.packed)).toBe(literal.text);
      expect(literal.packed).toMatch(/^[\0-\x7f]*$/);
    }
  });

  it.each(PACKED_FILES)("leaves the data %s exports the same", async (path) => {
    const [written, packed] = await Promise.all([exportsOf(path, false), exportsOf(path, true)]);
    expect(Object.keys(packed).sort()).toEqual(Object.keys(written).sort());
    expect(data(packed)).toEqual(data(written));
  });

  it("keeps an object's keys its keys and its values its values", async () => {
    const source = [
      'export const rows = [{ phrase: "שחל ב", "שבת": "ראשון" }, { phrase: ["כ״ט"] }];',
      'export const lookup = (key: string) => ({ "יום": "ראשון" })[key];',
    ].join("\n");
    const { code, literals } = packLiterals(source, DECODER);
    expect(literals).toHaveLength(6);
    const result = await build({
      stdin: { contents: code, resolveDir: ROOT, loader: "ts" },
      bundle: true,
      format: "esm",
      platform: "node",
      write: false,
      logLevel: "silent",
    });
    const module = await import(
      `data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.contents).toString("base64")}`
    );
    expect(module.rows).toEqual([{ phrase: "שחל ב", שבת: "ראשון" }, { phrase: ["כ״ט"] }]);
    expect(module.lookup("יום")).toBe("ראשון");
  });

  it("leaves the built library reading every page of the corpus as the source does (npm test builds dist/ first)", async () => {
    const built = await import(join(ROOT, "dist/index.js"));
    const pages = readFileSync(join(ROOT, "test/pages/snippets.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line).text as string);
    expect(pages.length).toBeGreaterThan(300);
    const options = { reference: "2026-12-01" };
    for (const page of pages) {
      expect(JSON.stringify(built.checkDocument(page, options))).toBe(
        JSON.stringify(checkDocument(page, options)),
      );
    }
    for (const date of ["10 Av 5778", "י׳ באב תשע״ח", "22 июля 2018", "ט״ו בשבט", "Erev Pesach 2027"]) {
      expect(JSON.stringify(built.convertDate(date, options))).toBe(
        JSON.stringify(convertDate(date, options)),
      );
    }
  });

  it("packs values, in place at the top level and as constants inside functions", () => {
    const source = [
      'export const month = "июля";',
      'export const keys = { "שבת": 1 };',
      'export function day(text: string) { return text === "ראשון"; }',
    ].join("\n");
    const { code, literals } = packLiterals(source, DECODER);
    expect(literals.map((literal) => literal.text)).toEqual(["июля", "שבת", "ראשון"]);
    expect(code.split("\n")).toHaveLength(3);
    expect(code).not.toMatch(/[^\0-\x7f]/);
    expect(code).toMatch(/const packed\$0 = /);
    expect(code).toMatch(/\{ \[\/\* @__PURE__ \*\/ fromAscii\$packed\(/);
  });

  it("leaves types, module names, declared names and literals that would not shrink as written", () => {
    const source = [
      'import x from "./מודול.js";',
      'type Word = "שבת" | "ראשון";',
      'interface Row { "שבת": number }',
      'class Day { "שבת" = 1; }',
      'enum Kind { "שבת" = 1 }',
      'export const accent = "pésaj";',
      'export const braces = "{שבת}";',
      "export const plain = `Tishrei`;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a source text holding a template literal.
      "export const template = `ש${x}`;",
    ].join("\n");
    const { code, literals } = packLiterals(source, DECODER);
    expect(literals).toEqual([]);
    expect(code).toBe(source);
  });

  it("gives its example's result", () => {
    expect(packLiterals('const a = "июля";', "./asciiText.js").literals).toEqual([
      { text: "июля", packed: "{A8N;O}" },
    ]);
  });

  it("packs template literals without substitutions", () => {
    const { literals } = packLiterals("export const word = `שבת קודש`;", DECODER);
    expect(literals.map((literal) => fromAscii(literal.packed))).toEqual(["שבת קודש"]);
  });

  it("counts the bytes of esbuild's escapes", () => {
    expect(escapedLength("a")).toBe(1);
    expect(escapedLength("é")).toBe(4);
    expect(escapedLength("ש")).toBe(6);
    expect(escapedLength("😀")).toBe(12);
  });
});
