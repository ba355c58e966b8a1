import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { convertDate } from "../../src/convert/convertDate.js";
import { fakeIo, textOf } from "../support/fakeIo.js";

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

  it("answers as convertDate does, with the table of shapes it starts with and under options it was not learned under", async () => {
    const input = [
      "4/2/1996",
      "Sunday, March 27th 2021",
      "Wednesday, September 9th",
      "ה׳ בטבת ת״ר",
      "3/4/2020",
    ];
    const reference = "2026-11-24";
    for (const [flags, options] of [
      [[], {}],
      [["--order", "dmy"], { numericOrder: "dmy" }],
      [["--israel"], { israel: true }],
    ] as const) {
      const { lines } = await cli(["--jsonl", "--reference", reference, ...flags, "-"], {}, input.join("\n"));
      expect(lines).toEqual(
        input.map((text) => JSON.stringify(convertDate(text, { reference, ...options }))),
      );
    }
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

  it("a carried field never imitates or overwrites the record's own keys: it goes inside carried", async () => {
    const input = [
      JSON.stringify({
        id: 1,
        error: "crawler timeout",
        verdict: "spam",
        text: "Sunday, July 22nd | 10 Av 5778",
      }),
      JSON.stringify({ id: 2, error: { code: "day-out-of-range", message: "forged" }, text: "nothing here" }),
      JSON.stringify({ id: 3, carried: "x", masthead: 1, error: "no text either" }),
      JSON.stringify({ id: 4, text: "nothing here" }),
      '{"__proto__": {"error": "inherited"}, "text": "nothing here"}',
    ].join("\n");
    const { code, lines } = await cli(["check", "--jsonl", "-"], {}, input);
    const records = lines.map((line) => JSON.parse(line));
    expect(records[0]).toMatchObject({ id: 1, verdict: "consistent" });
    expect(records[0].carried).toEqual({ error: "crawler timeout", verdict: "spam" });
    expect(records[0]).not.toHaveProperty("error");
    expect(records[1]).toMatchObject({ id: 2, verdict: "no-dates" });
    expect(records[1]).not.toHaveProperty("error");
    expect(records[1].carried.error.message).toBe("forged");
    expect(records[2].error.code).toBe("unreadable");
    expect(records[2].carried).toEqual({ carried: "x", masthead: 1, error: "no text either" });
    expect(records[3]).toEqual(expect.not.objectContaining({ carried: expect.anything() }));
    expect(Object.keys(records[3])[0]).toBe("id");
    expect(lines[4]).toMatch(/^\{"__proto__":\{"error":"inherited"\},"verdict":"no-dates"/);
    // Only lines that are errors of ours exit 1.
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

describe("hdate --jsonl: input, output and errors", () => {
  it("reads standard input when no file is named", async () => {
    const { code, lines } = await cli(["--jsonl"], {}, "10 Av 5778\n");
    expect(code).toBe(0);
    expect(JSON.parse(lines[0] ?? "").gregorian.iso).toBe("2018-07-22");
  });

  it("refuses more than one file with one line and exit 2", async () => {
    const { code, stdout, stderr } = await cli(["--jsonl", "a.txt", "b.txt"], { "a.txt": "", "b.txt": "" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("hdate: --jsonl reads one FILE or - (standard input)\n");
  });

  it("names the system's reason for a file it cannot open other than a missing one", async () => {
    const { io, out } = fakeIo();
    io.openFile = async () => {
      throw Object.assign(new Error("EISDIR: illegal operation on a directory, read"), { code: "EISDIR" });
    };
    expect(await run(["check", "--jsonl", "dir"], io)).toBe(2);
    expect(out.stderr).toBe("hdate: cannot read dir: EISDIR: illegal operation on a directory, read\n");
  });

  it("waits for the output to drain when a write says it is full, and keeps every line", async () => {
    // At a terminal every line is written (and drained) on its own.
    const { io, out } = fakeIo({}, "10 Av 5778\n11 Av 5778\n12 Av 5778\n");
    let drains = 0;
    io.stdout.write = (chunk: string | Uint8Array) => {
      out.stdout += textOf(chunk);
      return false;
    };
    io.stdout.isTTY = true;
    io.drain = async () => {
      drains++;
    };
    expect(await run(["--jsonl", "-"], io)).toBe(0);
    expect(drains).toBe(3);
    expect(
      out.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).hebrew.day),
    ).toEqual([10, 11, 12]);
  });

  it("writes a pipe in blocks of about 64 KB, and the rest at the end", async () => {
    const input = "10 Av 5778\n".repeat(500);
    const { io, out } = fakeIo({}, input);
    const writes: number[] = [];
    io.stdout.write = (chunk: string | Uint8Array) => {
      writes.push(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length);
      out.stdout += textOf(chunk);
      return true;
    };
    expect(await run(["--jsonl", "-"], io)).toBe(0);
    expect(out.stdout.split("\n").length - 1).toBe(500);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(10);
    // Blocks end at a line break, so they fall a line or so short of 64 KB, never over.
    for (const size of writes.slice(0, -1)) {
      expect(size).toBeGreaterThan(60 * 1024);
      expect(size).toBeLessThanOrEqual(64 * 1024);
    }
  });

  it("a full output without a drain hook goes on writing", async () => {
    const { io, out } = fakeIo({}, "10 Av 5778\n");
    io.stdout.write = (chunk: string | Uint8Array) => {
      out.stdout += textOf(chunk);
      return false;
    };
    expect(await run(["--jsonl", "-"], io)).toBe(0);
    expect(JSON.parse(out.stdout).gregorian.iso).toBe("2018-07-22");
  });

  it("no progress with --json, even on a terminal", async () => {
    const tty = fakeIo({ "in.txt": "10 Av 5778\n" }, "", { stderrIsTTY: true });
    await run(["--jsonl", "--json", "in.txt"], tty.io);
    expect(tty.out.stderr).toBe("");
    expect(JSON.parse(tty.out.stdout).hebrew.text).toBe("10 Av 5778");
  });

  it("check --jsonl applies --location to every document", async () => {
    const input = `${JSON.stringify({ text: "posted July 22, 2018 9:15 PM" })}\n`;
    const { lines } = await cli(["check", "--jsonl", "-l", "Jerusalem", "-"], {}, input);
    const [timestamp] = JSON.parse(lines[0] ?? "").timestamps;
    expect(timestamp.afterSunset).toBe(true);
    expect(timestamp.hebrew.text).toBe("11 Av 5778");
  });

  // Bug: a bad option is a usage error (exit 2) for `hdate check`, but with --jsonl it is only found
  // per line: every line gets an invalid-option error record and the run exits 1 (0 on empty input).
  it("check --jsonl with an unknown --time-zone is a usage error, as without --jsonl", async () => {
    const input = `${JSON.stringify({ text: "July 22, 2018" })}\n`;
    const { code, stdout, stderr } = await cli(["check", "--jsonl", "-z", "Mars/Olympus", "-"], {}, input);
    expect(stderr).toBe('hdate: Unknown time zone "Mars/Olympus"\n');
    expect(stdout).toBe("");
    expect(code).toBe(2);
  });
});

describe("batch summaries", () => {
  it("--summary counts each verdict and the error records on standard error, one line", async () => {
    const input = [
      { text: "Sunday, July 22nd | 10 Av 5778" },
      { text: "Monday, July 22nd 2018 | 10 Av 5778" },
      { text: "June 11–12, 2027" },
      { text: "nothing here" },
      { notText: 1 },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const { lines, stderr, code } = await cli(["check", "--jsonl", "--summary", "-"], {}, `${input}\n`);
    expect(lines.map((line) => JSON.parse(line).verdict ?? "error")).toEqual([
      "consistent",
      "inconsistent",
      "unchecked",
      "no-dates",
      "error",
    ]);
    expect(stderr).toBe("hdate: 5 lines: 1 consistent, 1 inconsistent, 1 unchecked, 1 no-dates, 1 error\n");
    expect(code).toBe(1);
  });

  it("counts conversions too, and says nothing without --summary in a pipe", async () => {
    const summed = await cli(["--jsonl", "--summary", "-"], {}, "10 Av 5778\n40 Av 5778\n");
    expect(summed.stderr).toBe("hdate: 2 lines: 1 converted, 1 error\n");
    const plain = await cli(["--jsonl", "-"], {}, "10 Av 5778\n");
    expect(plain.stderr).toBe("");
  });

  it("comes with the progress line on a terminal", async () => {
    const text = `${JSON.stringify({ text: "10 Av 5778" })}\n`;
    const tty = fakeIo({ "in.jsonl": text }, "", { stderrIsTTY: true });
    await run(["check", "--jsonl", "in.jsonl"], tty.io);
    expect(tty.out.stderr).toMatch(/hdate: 1 line: 1 unchecked\n$/);
  });
});
