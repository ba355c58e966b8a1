import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CheckOptions } from "../../../src/check/checkDocument.js";
import { checkTaskAnswerer } from "../../../src/cli/checkTask.js";
import { type CheckBatchTuning, checkBatchCommand } from "../../../src/cli/commands/checkBatch.js";
import { run } from "../../../src/cli/main.js";
import { parseCliOptions } from "../../../src/cli/options.js";
import type { WorkerLike } from "../../../src/cli/orderedPool.js";
import { fakeIo, textOf } from "../../support/fakeIo.js";

// The pages corpus with bad lines among its documents: not JSON, no text, an array, a blank line, a
// CRLF line end, and a byte order mark at the start; no final line break.
const SNIPPETS = readFileSync(new URL("../../pages/snippets.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "");
const BAD = ["{not json", '{"id": "no text"}', "[1, 2]", "", '{"text": "Sunday, July 22nd | 10 Av 5778"}\r'];
const CORPUS = `\uFEFF${SNIPPETS.flatMap((line, i) => (i % 20 === 7 && i < 100 ? [BAD[(i / 20) | 0]!, line] : [line])).join("\n")}`;

/** In-process workers answering as the threads do, each after its own few turns of the event loop. */
interface Started {
  count: number;
  messages: number;
  /** Set by the run's stdout: how many blocks it has written. */
  written?: () => number;
  peakUnwritten?: number;
}

function fakeWorkers(started: Started) {
  return (options: CheckOptions): WorkerLike => {
    started.count++;
    const answer = checkTaskAnswerer(options);
    const delay = started.count;
    let onMessage: (value: unknown) => void = () => {};
    return {
      postMessage(task) {
        started.messages++;
        const unwritten = started.messages - (started.written?.() ?? 0);
        started.peakUnwritten = Math.max(started.peakUnwritten ?? 0, unwritten);
        let turns = delay;
        const later = () => (--turns > 0 ? setImmediate(later) : onMessage(answer(task as never)));
        setImmediate(later);
      },
      on(event, listener) {
        if (event === "message") onMessage = listener as (value: unknown) => void;
      },
      terminate() {},
    };
  };
}

async function batch(
  argv: string[],
  input: string,
  tuning: CheckBatchTuning = {},
  file = false,
  started?: Started,
) {
  const { io, out } = fakeIo(file ? { "in.jsonl": input } : {}, input);
  const writes: number[] = [];
  if (started) started.written = () => writes.length;
  const write = io.stdout.write;
  io.stdout.write = (chunk: string | Uint8Array) => {
    writes.push(textOf(chunk).length);
    return write(chunk);
  };
  const code = await checkBatchCommand(
    parseCliOptions(["check", "--jsonl", ...argv, file ? "in.jsonl" : "-"]),
    io,
    tuning,
  );
  return { code, ...out, writes };
}

describe("hdate check --jsonl on threads", () => {
  it("writes the bytes one thread writes, in order, bad lines in place, with the same summary", async () => {
    const single = await batch(["--threads", "1", "--summary"], CORPUS);
    const started: Started = { count: 0, messages: 0 };
    const threaded = await batch(
      ["--threads", "3", "--summary"],
      CORPUS,
      { startWorker: fakeWorkers(started), blockBytes: 4096 },
      false,
      started,
    );
    expect(started.count).toBe(3);
    expect(started.messages).toBeGreaterThan(10);
    // Blocks handed to a worker and not yet written: never more than three a thread (two held by
    // each worker, one answered and waiting or queued).
    expect(threaded.writes).toHaveLength(started.messages);
    expect(started.peakUnwritten).toBeGreaterThan(6);
    expect(started.peakUnwritten).toBeLessThanOrEqual(9);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.stderr).toMatch(/ 4 errors\n$/);
    expect(threaded.code).toBe(single.code);
    const lines = threaded.stdout.split("\n").slice(0, -1);
    expect(lines).toHaveLength(SNIPPETS.length + BAD.length);
    expect(JSON.parse(lines[0]!).id).toBe("p001");
    expect(JSON.parse(lines[7]!).error.code).toBe("unreadable");
    expect(JSON.parse(lines[8]!).id).toBe(JSON.parse(SNIPPETS[7]!).id);
  });

  it("starts threads for a large file by itself, and not for a small one", async () => {
    const started = { count: 0, messages: 0 };
    const big = await batch([], CORPUS, { startWorker: fakeWorkers(started), threadsFromBytes: 1000 }, true);
    const threads = started.count;
    expect(threads).toBeGreaterThan(0);
    const small = await batch([], CORPUS, { startWorker: fakeWorkers(started), threadsFromBytes: 1e9 }, true);
    expect(small.stdout).toBe(big.stdout);
    expect(started.count).toBe(threads);
  });

  it("answers standard input here until enough has come, then on threads, in one order", async () => {
    const started = { count: 0, messages: 0 };
    const lines = CORPUS.split("\n");
    const { io, out } = fakeIo();
    // Pieces of a few lines each, as a pipe delivers them.
    const pieces: Buffer[] = [];
    for (let i = 0; i < lines.length; i += 5)
      pieces.push(Buffer.from(`${lines.slice(i, i + 5).join("\n")}${i + 5 < lines.length ? "\n" : ""}`));
    io.stdin = Readable.from(pieces);
    const code = await checkBatchCommand(parseCliOptions(["check", "--jsonl", "-"]), io, {
      startWorker: fakeWorkers(started),
      threadsFromBytes: 20_000,
      blockBytes: 3000,
    });
    const single = await batch(["--threads", "1"], CORPUS);
    expect(started.count).toBeGreaterThan(0);
    expect(out.stdout).toBe(single.stdout);
    expect(code).toBe(single.code);
  });

  it("takes what a text stream gives", async () => {
    const { io, out } = fakeIo();
    io.stdin = Readable.from(['{"text": "Sunday, July 22nd | 10 Av 5778"}\n', '{"text": "nothing here"}'], {
      objectMode: true,
    });
    const started = { count: 0, messages: 0 };
    const code = await checkBatchCommand(parseCliOptions(["check", "--jsonl", "--threads", "2", "-"]), io, {
      startWorker: fakeWorkers(started),
    });
    expect(code).toBe(0);
    expect(out.stdout.split("\n").map((line) => (line === "" ? "" : JSON.parse(line).verdict))).toEqual([
      "consistent",
      "no-dates",
      "",
    ]);
  });

  it("waits for the output to drain, and shows progress on a terminal", async () => {
    const { io, out } = fakeIo({ "in.jsonl": CORPUS }, "", { stderrIsTTY: true });
    let drains = 0;
    io.stdout.write = (chunk: string | Uint8Array) => {
      out.stdout += textOf(chunk);
      return false;
    };
    io.drain = async () => {
      drains++;
    };
    const started = { count: 0, messages: 0 };
    await checkBatchCommand(parseCliOptions(["check", "--jsonl", "--threads", "2", "in.jsonl"]), io, {
      startWorker: fakeWorkers(started),
      blockBytes: 8192,
    });
    expect(drains).toBeGreaterThan(3);
    expect(out.stdout.split("\n")).toHaveLength(SNIPPETS.length + BAD.length + 1);
    expect(out.stderr).toMatch(/MB\/s[\s\S]*\n.*lines: /);
  });

  it("answers at a terminal line by line, without threads", async () => {
    const { io, out } = fakeIo({}, CORPUS);
    io.stdout.isTTY = true;
    const started = { count: 0, messages: 0 };
    await checkBatchCommand(parseCliOptions(["check", "--jsonl", "--threads", "4", "-"]), io, {
      startWorker: fakeWorkers(started),
    });
    expect(started.count).toBe(0);
    expect(out.stdout.split("\n")).toHaveLength(SNIPPETS.length + BAD.length + 1);
  });

  it("refuses --threads that is not a whole number from 1, as a usage error", async () => {
    for (const value of ["0", "00", "two", "1.5"]) {
      const { io, out } = fakeIo({}, "");
      expect(await run(["check", "--jsonl", "--threads", value, "-"], io)).toBe(2);
      expect(out.stderr).toMatch(/^hdate: --threads takes a whole number/);
    }
  });
});
