import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import { findChromium, launchChromium } from "../support/browser.js";

// The built page (dist/web/, opened from disk as a user would) driven in a real headless Chromium.
// Where no Chromium is installed, each test reports itself skipped, with the reason.
const ROOT = join(import.meta.dirname, "../..");
const PAGE_URL = pathToFileURL(join(ROOT, "dist/web/index.html")).href;
const ARTIFACTS = join(ROOT, "artifacts/web");
const example = (name: string) => readFileSync(join(ROOT, name), "utf8");

const found = findChromium();
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
const errors: string[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "scripts/build-web.mjs")], { cwd: ROOT });
  if ("path" in found) browser = await launchChromium(found.path);
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(context: TestContext, viewport = { width: 1280, height: 900 }): Promise<Page> {
  if (!browser) {
    context.skip("reason" in found ? found.reason : "Chromium did not start");
  }
  const page = await browser!.context.newPage();
  await page.setViewportSize(viewport);
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(PAGE_URL);
  await page.waitForSelector("body[data-checked]");
  return page;
}

/**
 * Waits for the check of what the text box holds now: a later check than `before`, of a text as long
 * as the box's (on a busy machine a check can run between two typed keys, of a text half typed).
 */
async function checkedNow(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction(
    (count) =>
      document.body.dataset.checked !== count &&
      document.body.dataset.checkedLength ===
        String((document.getElementById("page-text") as HTMLTextAreaElement).value.length),
    before,
  );
}

/** Pastes a text as a user would (an input event), and waits for the debounced check. */
async function paste(page: Page, text: string): Promise<void> {
  const before = await page.getAttribute("body", "data-checked");
  await page.fill("#page-text", text);
  await checkedNow(page, before);
}

const marks = (page: Page) =>
  page.$$eval("mark.date", (nodes) =>
    nodes.map((node) => ({
      text: node.querySelector("bdi")?.textContent,
      tone: [...node.classList].find((name) => name.startsWith("tone-")),
      icon: node.querySelector(".mark-icon")?.textContent,
      pair: (node as HTMLElement).dataset.pair,
      label: node.getAttribute("aria-label"),
    })),
  );

describe("the page in a browser", () => {
  it("the seed page's date lines: consistent, with the pair and the timestamp", async (context) => {
    const page = await openPage(context);
    await paste(page, example("examples/seed-page.txt"));
    expect(await page.textContent("#verdict [data-verdict]")).toBe("consistent");
    expect(await page.textContent("#verdict .pair-summary")).toBe(
      "Pair 1: Sunday, July 22nd + 10 Av 5778 — ✓ match",
    );
    expect(await page.textContent("#verdict .timestamp-summary")).toContain(
      "2015-12-13 14:27 = 1 Tevet 5776, 952 days before the page's date",
    );
    expect(await marks(page)).toEqual([
      expect.objectContaining({ text: "Sunday, July 22nd", tone: "tone-ok", icon: "✓", pair: "1" }),
      expect.objectContaining({ text: "10 Av 5778", tone: "tone-ok", icon: "✓", pair: "1" }),
      expect.objectContaining({ text: "December 13, 2015 2:27 pm", tone: "tone-neutral", pair: undefined }),
    ]);
    expect(await page.textContent(".badge")).toBe("✓ match");
    await page.close();
  });

  it("a wrong-weekday masthead is marked, with the reason in words", async (context) => {
    const page = await openPage(context);
    await paste(page, example("examples/pages/wrong-weekday.txt"));
    expect(await page.textContent("#verdict [data-verdict]")).toBe("inconsistent");
    expect(await page.getAttribute("#verdict .reason", "data-code")).toBe("weekday-mismatch");
    expect(await page.textContent("#verdict .reason strong")).toBe(
      "✗ A weekday is not the weekday of its date",
    );
    const [gregorian] = await marks(page);
    expect(gregorian).toMatchObject({ text: "Wednesday, June 6, 2019", tone: "tone-wrong", icon: "✗" });
    expect(gregorian!.label).toContain("the weekday is wrong: written Wednesday, the day is a Thursday");
    expect(await page.textContent(".badge")).toBe("✗ match, wrong weekday");
    await page.close();
  });

  it("a Hebrew-script page: its Hebrew lines right to left in a page that stays left to right", async (context) => {
    const page = await openPage(context);
    await paste(page, example("examples/pages/hebrew-script-masthead.txt"));
    expect(await page.textContent("#verdict [data-verdict]")).toBe("consistent");
    const directions = await page.$$eval("#marked .line", (lines) =>
      lines.slice(0, 3).map((line) => getComputedStyle(line).direction),
    );
    expect(directions).toEqual(["rtl", "ltr", "ltr"]);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("ltr");
    const [hebrew] = await marks(page);
    expect(hebrew).toMatchObject({ text: "יום ו׳, כ״ה בכסלו תשפ״ד", tone: "tone-ok", pair: "1" });
    await page.hover("mark.date");
    expect(await page.textContent("#details")).toContain("Friday, 8 December 2023 (2023-12-08)");
    await page.close();
  });

  it("the convert box: both calendars, after sunset, Israel, the zone, and errors by code", async (context) => {
    const page = await openPage(context);
    const fact = (name: string) => page.textContent(`#convert-result [data-fact="${name}"]`);
    const convert = async (input: string) => {
      await page.fill("#convert-input", input);
      await page.waitForFunction(
        (typed) => document.querySelector("#convert-result")!.getAttribute("data-input") === typed,
        input,
      );
    };
    await convert("10 Av 5778");
    expect(await fact("gregorian")).toBe("Sunday, 22 July 2018 (2018-07-22)");
    expect(await fact("in hebrew script")).toBe("י׳ אָב תשע״ח");
    expect(await fact("events")).toBe("Tish'a B'Av (observed)");
    await convert("2018-07-22");
    expect(await fact("hebrew")).toBe("10 Av 5778");
    await page.check("#convert-sunset");
    expect(await fact("hebrew")).toBe("11 Av 5778");
    await page.uncheck("#convert-sunset");
    await convert("22 Nisan 5778");
    expect(await fact("events")).toContain("Pesach VIII");
    await page.check("#convert-israel");
    expect(await fact("events")).not.toContain("Pesach VIII");
    await page.fill("#convert-zone", "Mars/Olympus");
    await page.waitForSelector('#convert-result [data-code="invalid-option"]');
    await page.fill("#convert-zone", "Asia/Jerusalem");
    await convert("10 Avv 5778");
    expect(await page.getAttribute("#convert-result .convert-error", "data-code")).toBe("unknown-month");
    expect(await page.textContent("#convert-result")).toContain("Did you mean: Av?");
    await page.close();
  });

  it("works by keyboard alone: Tab to the text, type, Tab through the dates, Escape", async (context) => {
    const page = await openPage(context);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    for (let tries = 0; tries < 5 && (await focused()) !== "page-text"; tries++)
      await page.keyboard.press("Tab");
    expect(await focused()).toBe("page-text");
    const before = await page.getAttribute("body", "data-checked");
    await page.keyboard.type("Sunday, July 22nd | 10 Av 5778");
    await checkedNow(page, before);
    for (let tries = 0; tries < 6 && (await focused()) !== "MARK"; tries++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("MARK");
    expect(await page.isVisible("#details")).toBe(true);
    expect(await page.textContent("#details .details-title")).toBe(
      "Sunday, July 22nd — Gregorian date of pair 1: match",
    );
    expect(await page.$eval("mark.date:focus", (node) => node.getAttribute("aria-describedby"))).toBe(
      "details",
    );
    // Its partner is shown linked, and is the next stop.
    expect(await page.$$eval("mark.date.linked", (nodes) => nodes.map((node) => node.textContent))).toEqual([
      "✓10 Av 57781",
    ]);
    await page.keyboard.press("Tab");
    expect(await page.textContent("#details .details-title")).toBe(
      "10 Av 5778 — Hebrew date of pair 1: match",
    );
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#details")).toBe(false);
    // On to the convert box and its switches.
    for (let tries = 0; tries < 6 && (await focused()) !== "convert-input"; tries++)
      await page.keyboard.press("Tab");
    expect(await focused()).toBe("convert-input");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("convert-sunset");
    await page.keyboard.press("Space");
    expect(await page.isChecked("#convert-sunset")).toBe(true);
    expect(await page.textContent('#convert-result [data-fact="begins"]')).toBe("at sunset on 2018-07-21");
    await page.close();
  });

  it("every control has a label a screen reader announces", async (context) => {
    const page = await openPage(context);
    const unlabelled = await page.$$eval("input, textarea", (controls) =>
      controls
        .filter(
          (control) => !(control as HTMLInputElement).labels?.length && !control.getAttribute("aria-label"),
        )
        .map((control) => control.id),
    );
    expect(unlabelled).toEqual([]);
    await page.close();
  });

  it("screenshots at desktop and phone width, and no sideways scrolling on a phone", async (context) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const text = `${example("examples/seed-page.txt")}\n${example("examples/pages/hebrew-script-masthead.txt").split("\n")[0]}\nWednesday, June 6, 2019 | 3 Sivan 5779\n`;
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      const page = await openPage(context, viewport);
      await paste(page, text);
      await page.focus("mark.date >> nth=1");
      const file = join(ARTIFACTS, `page-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it("ran without a script error", (context) => {
    if (!browser) context.skip("reason" in found ? found.reason : "Chromium did not start");
    expect(errors).toEqual([]);
  });
});

describe("npm run web", () => {
  it("builds one script, one style and the page, without the sunset engine", () => {
    const script = readFileSync(join(ROOT, "dist/web/page.js"), "utf8");
    const html = readFileSync(join(ROOT, "dist/web/index.html"), "utf8");
    expect(html).toContain('<script src="page.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="page.css" />');
    expect(statSync(join(ROOT, "dist/web/page.css")).size).toBeGreaterThan(0);
    // A classic script (file:// allows no module imports across files), and no Temporal polyfill.
    expect(script).not.toMatch(/\bimport\s*[("{*]|\bexport\s*[{*]|Temporal/);
    // 261.5 KB with the week's Torah portions read as dates (about 9 KB of them, as in convertDate's
    // bundle); the other languages' holiday clauses and year starts added 8.9 KB more, the rest of
    // the sixth round of real pages' words about 11 KB (281.3 KB); the seventh round (held-out batches g
    // and h: table cells, dashes after weekdays, other languages' ranges and holiday spans, year-first
    // slashed dates) 6.8 KB (288.2 KB); held-out batch j's words and forms (a holiday's end, a
    // heading's holiday that the next sentence refers back to, a festival's day before its name), 293.0 KB;
    // held-out batch i's forms (Hebrew candle ordinals, seasons, a range's weekdays in brackets), 296.1 KB;
    // the word readers' gate, the corpus's forms and the portion check, 300.9 KB; a table's glued
    // cells and a list's short dotted dates, a bio's bracketed calendar gloss and a Hebrew dateline's
    // place, 303.9 KB; held-out batches k and l (list rows' labels, other languages' verbs and end
    // clauses, Sukkot's span to Simchat Torah) and the corpus's infobox rows and Hebrew day pages,
    // 307.9 KB (other scripts' letters escaped); the eighth round of the corpus's unpaired dates (a
    // sentence's "… begins.", "&" spans, a clause join moved out of the one-date reading) and the
    // holiday names’ pattern in pieces, held-out batches m and n (titles under a date, infobox rows
    // copied as text, spans to nightfall) and the gates beside digit runs, 319.7 KB; a letter's bracketed
    // civil date and infobox names over many field lines, 321.8 KB; held-out batches o–s and the ninth
    // round's words and rules of eleven languages, 335.2 KB; held-out batches t–w (Catalan, Bulgarian,
    // Yiddish weekdays) and the tenth round's connectors, 337.7 KB; the twelfth round's forms of eight
    // languages and a holiday name's gloss, 342.4 KB; the thirteenth round's verbs of falling and ending,
    // rows of years on one line and year-first short dates, 349.8 KB; the fourteenth round's Hungarian
    // ordinal days, Seder nights, dashed year labels and masthead cells closed by a pipe, 352.5 KB; the
    // fifteenth round's verbs and connectors of ten languages, minor fasts at dawn, slashed day ranges
    // and table weekday cells, 360.7 KB; the sixteenth round's begin fields, span phrases and verbs of
    // four languages, 362.0 KB.
    expect(script.length / 1024).toBeLessThan(363.5);
  });

  it("--serve serves the page on localhost and prints the address", async () => {
    const child = spawn(process.execPath, [join(ROOT, "scripts/build-web.mjs"), "--serve", "--port", "0"], {
      cwd: ROOT,
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk) => {
          out += chunk;
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (match) resolve(match[0]);
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const index = await fetch(address);
      expect(index.status).toBe(200);
      expect(index.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await index.text()).toContain('<script src="page.js">');
      const script = await fetch(`${address}page.js`);
      expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect((await fetch(`${address}nothing.txt`)).status).toBe(404);
      // Nothing outside dist/web/ is served.
      expect((await fetch(`${address}..%2f..%2fpackage.json`)).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});
