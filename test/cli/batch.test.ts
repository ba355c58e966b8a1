import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function cli(argv: string[], files: Record<string, string> = {}, stdin = "") {
  const { io, out } = fakeIo(files, stdin);
  const code = await run(argv, io);
  return { code, ...out, lines: out.stdout.split("\n").slice(0, -1) };
}

describe("hdate --jsonl (dates)", () => {
  it("gives one result per line, in order, with error records in place", async () => {
    const input = ["10 Av 5778", "2018-07-22", "40 Av 5778", "", "not a date", "יום א׳, י׳ באב תשע״ח"].join(
      "\n",
    );
    const { code, lines, stderr } = await cli(["--jsonl", "-"], {}, `${input}\n`);
    expect(lines).toHaveLength(6);
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed[0].gregorian.iso).toBe("2018-07-22");
    expect(parsed[1].hebrew.text).toBe("10 Av 5778");
    expect(parsed[2].error.code).toBe("day-out-of-range");
    expect(parsed[3].error.code).toBe("unreadable");
    expect(parsed[4].error.code).toBe("unreadable");
    expect(parsed[5].gregorian.iso).toBe("2018-07-22");
    expect(code).toBe(1);
    expect(stderr).toBe("");
  });

  it("exits 0 when every line converts", async () => {
    const { code, lines } = await cli(["--jsonl", "dates.txt"], {
      "dates.txt": "10 Av 5778\n1 Tishrei 5779",
    });
    expect(code).toBe(0);
    expect(lines.map((line) => JSON.parse(line).gregorian.iso)).toEqual(["2018-07-22", "2018-09-10"]);
  });

  it("keeps count and order with 10% corrupt lines", async () => {
    const input: string[] = [];
    for (let i = 0; i < 500; i++)
      input.push(i % 10 === 3 ? `\u0000garbage ${i} \uFFFD` : `${(i % 28) + 1} Av 5778`);
    const { lines } = await cli(["--jsonl", "-"], {}, input.join("\n"));
    expect(lines).toHaveLength(500);
    lines.forEach((line, i) => {
      const record = JSON.parse(line);
      if (i % 10 === 3) expect(record.error.code).toBeTypeOf("string");
      else expect(record.hebrew.day).toBe((i % 28) + 1);
    });
  });

  it("reads CRLF line endings", async () => {
    const { lines } = await cli(["--jsonl", "-"], {}, "10 Av 5778\r\n2018-07-22\r\n");
    expect(lines.map((line) => JSON.parse(line).hebrew.text)).toEqual(["10 Av 5778", "10 Av 5778"]);
  });

  it("handles an empty input with no output", async () => {
    const { code, stdout } = await cli(["--jsonl", "-"], {}, "");
    expect(code).toBe(0);
    expect(stdout).toBe("");
  });

  it("refuses a missing file with one line and exit 2", async () => {
    const { code, stderr } = await cli(["--jsonl", "nope.jsonl"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hdate: cannot read nope.jsonl: no such file\n$/);
  });
});

describe("hdate check --jsonl (documents)", () => {
  it("carries other fields, flags bad lines in place and keeps the count", async () => {
    const input = [
      JSON.stringify({
        id: 1,
        url: "https://example.org/a",
        text: "Sunday, July 22nd | 10 Av 5778\nDecember 13, 2015 2:27 pm",
      }),
      "{not json",
      JSON.stringify({ id: 3 }),
      JSON.stringify({ id: 4, text: "Monday, July 22nd | 10 Av 5778" }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 6, text: "nothing here" }),
    ].join("\n");
    const { code, lines } = await cli(["check", "--jsonl", "-"], {}, input);
    expect(lines).toHaveLength(6);
    const records = lines.map((line) => JSON.parse(line));
    expect(records[0]).toMatchObject({ id: 1, url: "https://example.org/a", verdict: "consistent" });
    expect(records[0].timestamps[0].daysFromMasthead).toBe(-952);
    expect(records[1].error.code).toBe("unreadable");
    expect(records[2]).toMatchObject({ id: 3, error: { code: "unreadable" } });
    expect(records[3]).toMatchObject({ id: 4, verdict: "inconsistent" });
    expect(records[4].error.code).toBe("unreadable");
    expect(records[5]).toMatchObject({ id: 6, verdict: "no-dates" });
    expect(code).toBe(1);
  });

  it("shows progress only on a terminal, for a file, without --quiet", async () => {
    const text = `${JSON.stringify({ text: "10 Av 5778" })}\n`;
    const tty = fakeIo({ "in.jsonl": text }, "", { stderrIsTTY: true });
    await run(["check", "--jsonl", "in.jsonl"], tty.io);
    expect(tty.out.stderr).toMatch(/MB\/s/);
    const quiet = fakeIo({ "in.jsonl": text }, "", { stderrIsTTY: true });
    await run(["check", "--jsonl", "--quiet", "in.jsonl"], quiet.io);
    expect(quiet.out.stderr).toBe("");
    const pipe = fakeIo({}, text, { stderrIsTTY: true });
    await run(["check", "--jsonl", "-"], pipe.io);
    expect(pipe.out.stderr).toBe("");
  });
});
