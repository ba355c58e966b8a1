import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

const PAGE = "Sunday, July 22nd | 10 Av 5778\n\nposted July 22, 2018 9:15 PM\n\n03/04/2018\n";

async function cli(argv: string[], files: Record<string, string> = { "page.txt": PAGE }) {
  const { io, out } = fakeIo(files);
  const code = await run(argv, io);
  return { code, ...out };
}

function failingRead(error: Error) {
  const { io, out } = fakeIo();
  io.readFile = async () => {
    throw error;
  };
  return { io, out };
}

describe("hdate check: files it cannot read", () => {
  it.each([
    ["EISDIR", "EISDIR: illegal operation on a directory, read", "is a directory"],
    ["EACCES", "EACCES: permission denied, open 'page.txt'", "permission denied"],
    [
      "EMFILE",
      "EMFILE: too many open files, open 'page.txt'",
      "EMFILE: too many open files, open 'page.txt'",
    ],
  ])("%s: one line naming the file and why, exit 2", async (code, message, why) => {
    const { io, out } = failingRead(Object.assign(new Error(message), { code }));
    expect(await run(["check", "page.txt"], io)).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(`hdate: cannot read page.txt: ${why}\n`);
  });

  it("a missing file among several is one error line; every readable file is still reported, exit 2", async () => {
    const files = { "a.txt": PAGE, "b.txt": "Monday, July 22nd | 10 Av 5778\n" };
    const { code, stdout, stderr } = await cli(["check", "a.txt", "gone.txt", "b.txt", "lost.txt"], files);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "hdate: cannot read gone.txt: no such file\nhdate: cannot read lost.txt: no such file\n",
    );
    const headers = stdout.split("\n").filter((line) => !line.startsWith(" "));
    expect(headers).toEqual(["a.txt: consistent", "b.txt: inconsistent", ""]);
    const json = await cli(["check", "--json", "gone.txt", "a.txt"], files);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ file: "a.txt", verdict: "consistent" });
  });

  it("a bad option is refused before any file is read", async () => {
    const { code, stdout, stderr } = await cli(["check", "-z", "Mars/Olympus", "gone.txt", "page.txt"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(2);
  });
});

describe("hdate check: standard input", () => {
  it("reads a stream of string chunks as well as buffers", async () => {
    const { io, out } = fakeIo();
    io.stdin = Readable.from(["Sunday, July 22nd ", "| 10 Av 5778\n"]);
    expect(await run(["check", "-"], io)).toBe(0);
    expect(out.stdout.split("\n")[0]).toBe("<stdin>: consistent");
    expect(out.stdout).toContain('pair "Sunday, July 22nd" + "10 Av 5778": match, Sunday ok');
  });
});

describe("hdate check: options", () => {
  it("--location CITY puts a time without a zone in the city's zone and finds it after sunset", async () => {
    const { code, stdout } = await cli(["check", "--location", "Jerusalem", "page.txt"]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '  line 3: timestamp "July 22, 2018 9:15 PM": 2018-07-22 21:15 = 11 Av 5778 (after sunset), the masthead\'s day',
    );
  });

  it("--location LAT,LON with --time-zone gives sunset there", async () => {
    const { code, stdout } = await cli([
      "check",
      "--json",
      "-l",
      "31.77,35.22",
      "-z",
      "Asia/Jerusalem",
      "page.txt",
    ]);
    expect(code).toBe(0);
    const [timestamp] = JSON.parse(stdout).timestamps;
    expect(timestamp.afterSunset).toBe(true);
    expect(timestamp.hebrew.text).toBe("11 Av 5778");
    expect(timestamp.sunset).toMatch(/^2018-07-22T19:4\d:\d\d\+03:00$/);
  });

  it("--location LAT,LON alone does not guess a zone for a time without one", async () => {
    const { stdout } = await cli(["check", "--json", "-l", "31.77,35.22", "page.txt"]);
    const [timestamp] = JSON.parse(stdout).timestamps;
    expect(timestamp.afterSunset).toBe(false);
    expect(timestamp.sunset).toBeUndefined();
  });

  it.each([
    [
      ["--location", "Atlantis"],
      'hdate: Unknown location "Atlantis" (give a city @hebcal/core knows, or latitude and longitude)\n',
    ],
    [["--location", "95,35"], "hdate: Latitude 95 and longitude 35 are not a place on Earth\n"],
    [["--time-zone", "Mars/Olympus"], 'hdate: Unknown time zone "Mars/Olympus"\n'],
  ])("%j is a usage error: exit 2 and one line", async (flags, message) => {
    const { code, stdout, stderr } = await cli(["check", ...flags, "page.txt"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(message);
  });

  it("--order and --reference reach the reader", async () => {
    const mdy = JSON.parse((await cli(["check", "--json", "page.txt"])).stdout);
    expect(mdy.dates[0]).toMatchObject({ text: "03/04/2018", iso: "2018-03-04" });
    const dmy = JSON.parse((await cli(["check", "--json", "--order", "dmy", "page.txt"])).stdout);
    expect(dmy.dates[0]).toMatchObject({ text: "03/04/2018", iso: "2018-04-03" });
    const files = { "page.txt": "10 Av\n" };
    const near2030 = JSON.parse(
      (await cli(["check", "--json", "-r", "2030-01-01", "page.txt"], files)).stdout,
    );
    expect(near2030.dates[0].iso.slice(0, 4)).toBe("2029");
  });

  it("several files: one report each, exit 1 when any is inconsistent", async () => {
    const files = { "good.txt": PAGE, "bad.txt": "Monday, July 22nd | 10 Av 5778\n" };
    const { code, stdout } = await cli(["check", "good.txt", "bad.txt"], files);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^good\.txt: consistent\n/);
    expect(stdout).toContain("\nbad.txt: inconsistent\n");
  });
});
