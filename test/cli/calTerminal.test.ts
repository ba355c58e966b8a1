import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/hebrewScript.js";

// `hdate cal` in a real terminal of 80 columns: the built binary runs in a detached tmux window
// of 80 × 40, and what tmux shows is read back with capture-pane. .ci/run installs tmux from Debian;
// on a machine without it these tests are skipped (and say so).
const BIN = join(import.meta.dirname, "../../dist/bin.js");
const HAS_TMUX = spawnSync("tmux", ["-V"]).status === 0;
// A tmux server of our own, on its own socket, so nothing else running tmux is seen or touched.
const SOCKET = `hdate-test-${process.pid}`;
const { NODE_EXTRA_CA_CERTS: _ignored, NO_COLOR: _noColor, ...ENV } = process.env;

function tmux(...args: string[]): string {
  const result = spawnSync("tmux", ["-L", SOCKET, ...args], { env: ENV, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`tmux ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

const quote = (word: string) => `'${word.replace(/'/g, "'\\''")}'`;

/**
 * Runs a shell command line in an 80×40 terminal; returns the screen (with escapes when asked) and
 * the cursor's column when it was done.
 */
function inTerminal(line: string, options: { escapes?: boolean } = {}): { screen: string; cursor: number } {
  const name = `cal${Math.random().toString(36).slice(2, 8)}`;
  // The command signals when it has printed; wait-for blocks until then, with no clock involved.
  tmux(
    "new",
    "-d",
    "-s",
    name,
    "-x",
    "80",
    "-y",
    "40",
    `${line}; tmux -L ${SOCKET} wait-for -S ${name}; sleep 60`,
  );
  tmux("wait-for", name);
  const screen = tmux("capture-pane", "-p", ...(options.escapes ? ["-e"] : []), "-t", name);
  const cursor = Number(tmux("display-message", "-p", "-t", name, "#{cursor_x}").trim());
  tmux("kill-window", "-t", name);
  return { screen, cursor };
}

const hdate = (args: string[]) => [process.execPath, BIN, ...args].map(quote).join(" ");

const bare = (text: string) => text.replace(/[\u2066-\u2069]/gu, "");

afterAll(() => {
  if (HAS_TMUX) spawnSync("tmux", ["-L", SOCKET, "kill-server"], { env: ENV });
});

describe.skipIf(!HAS_TMUX)(
  "hdate cal in an 80-column terminal (tmux; skipped when tmux is not installed)",
  () => {
    it("shows July 2018 exactly as the layout snapshot, each line within 80 columns", () => {
      const screen = inTerminal(hdate(["cal", "7", "2018"]))
        .screen.trimEnd()
        .split("\n");
      const snapshot = readFileSync(join(import.meta.dirname, "__snapshots__/cal-2018-07.txt"), "utf8");
      expect(screen.map(bare)).toEqual(bare(snapshot).trimEnd().split("\n"));
      for (const line of screen) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    });

    it.each([
      ["the first week of July 2018", ["cal", "7", "2018"], 3],
      ["the last week of Av 5778 in Hebrew", ["cal", "--lang", "he", "Av", "5778"], 7],
      ["the Hebrew title of Av 5778", ["cal", "--lang", "he", "Av", "5778"], 1],
    ])("takes the columns it is counted to take: %s (isolates and niqqud take none)", (_, args, row) => {
      const printed = spawnSync(process.execPath, [BIN, ...args], { env: ENV, encoding: "utf8" }).stdout;
      const line = printed.split("\n")[row - 1]!;
      // The row alone, without its newline: where the cursor stops is the columns the row took.
      const { cursor } = inTerminal(`${hdate(args)} | sed -n ${row}p | tr -d '\\n'`);
      expect(cursor).toBe(displayWidth(line));
      expect(displayWidth(line)).toBeLessThan(line.length);
    });

    it("highlights today at a terminal (this month, reverse video)", () => {
      expect(inTerminal(hdate(["cal"]), { escapes: true }).screen).toContain("\u001b[7m");
    });
  },
);

describe("hdate cal and hdate days piped (no terminal)", () => {
  it("highlights nothing", () => {
    const result = spawnSync(process.execPath, [BIN, "cal"], { env: ENV, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[\u001b[]/u);
  });

  it("a day list cut short by | head ends quietly, exit 0", () => {
    const result = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `${hdate(["days", "1900-01-01", "9999-12-31"])} | head -2`],
      {
        env: ENV,
        encoding: "utf8",
      },
    );
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout.split("\n")).toEqual([
      "1900-01-01 Mon  1 Sh'vat 5660     Rosh Chodesh Sh'vat",
      "1900-01-02 Tue  2 Sh'vat 5660",
      "",
    ]);
  });
});
