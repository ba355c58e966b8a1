// Inputs for the benchmarks, all generated from a seeded PRNG (no real articles are copied):
// random valid dates, date strings in the forms hdate reads, web-like pages, and the JSONL corpora
// the CLI is timed on (written once into bench/.data/, which is git-ignored, and reused).
//
// Ground truth (which Hebrew day a Gregorian day is) comes from @hebcal/hdate, not from hdate itself,
// so a corpus does not depend on the code it measures.

import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { abs2greg, abs2hebrew, gematriya, greg2abs, hebrew2abs } from "@hebcal/hdate";

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), ".data");
/** Bump when the generator changes, so stale corpora are not reused. */
export const CORPUS_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Randomness

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  next.pick = (array) => array[Math.floor(next() * array.length)];
  next.chance = (p) => next() < p;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTHS_SHORT = [
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "May",
  "Jun.",
  "Jul.",
  "Aug.",
  "Sep.",
  "Oct.",
  "Nov.",
  "Dec.",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const WEEKDAYS_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEKDAYS_HEBREW = ["יום א׳", "יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת"];

/** hebcal month numbering (Nisan = 1 … Adar I = 12, Adar II = 13). */
const HEBREW_MONTHS_LATIN = [
  "",
  "Nisan",
  "Iyyar",
  "Sivan",
  "Tamuz",
  "Av",
  "Elul",
  "Tishrei",
  "Cheshvan",
  "Kislev",
  "Tevet",
  "Sh'vat",
];
const HEBREW_MONTHS_SCRIPT = [
  "",
  "ניסן",
  "אייר",
  "סיון",
  "תמוז",
  "אב",
  "אלול",
  "תשרי",
  "חשון",
  "כסלו",
  "טבת",
  "שבט",
];

function latinHebrewMonth(month, leap) {
  if (month === 12) return leap ? "Adar I" : "Adar";
  if (month === 13) return "Adar II";
  return HEBREW_MONTHS_LATIN[month];
}

function scriptHebrewMonth(month, leap) {
  if (month === 12) return leap ? "אדר א׳" : "אדר";
  if (month === 13) return "אדר ב׳";
  return HEBREW_MONTHS_SCRIPT[month];
}

function isHebrewLeap(year) {
  return (1 + year * 7) % 19 < 7;
}

function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

const pad2 = (n) => String(n).padStart(2, "0");

/** One day, described in both calendars (Hebrew side from @hebcal/hdate). */
export function dayFromAbs(abs) {
  const g = abs2greg(abs); // a local-time Date
  const h = abs2hebrew(abs);
  return {
    abs,
    gy: g.getFullYear(),
    gm: g.getMonth() + 1,
    gd: g.getDate(),
    weekday: ((abs % 7) + 7) % 7, // Rata Die 1 (0001-01-01) is a Monday, so abs % 7 is Sunday = 0
    hy: h.yy,
    hm: h.mm,
    hd: h.dd,
    leap: isHebrewLeap(h.yy),
  };
}

/** `count` random valid days between 1 January `fromYear` and 31 December `toYear` (default 1900–2099). */
export function randomDays(count, seed = 1, { fromYear = 1900, toYear = 2099 } = {}) {
  const random = rng(seed);
  const lo = greg2abs(new Date(fromYear, 0, 1));
  const hi = greg2abs(new Date(toYear, 11, 31));
  const days = [];
  for (let i = 0; i < count; i++) days.push(dayFromAbs(random.int(lo, hi)));
  return days;
}

/** Gregorian written forms, as pages and people write them (all read by chrono-node too). */
export const GREGORIAN_FORMS = {
  "weekday-month-ordinal-year": (d) => `${WEEKDAYS[d.weekday]}, ${MONTHS[d.gm - 1]} ${ordinal(d.gd)} ${d.gy}`,
  iso: (d) => `${d.gy}-${pad2(d.gm)}-${pad2(d.gd)}`,
  "abbrev-month": (d) => `${MONTHS_SHORT[d.gm - 1]} ${d.gd}, ${d.gy}`,
  "day-month-year": (d) => `${d.gd} ${MONTHS[d.gm - 1]} ${d.gy}`,
  "numeric-mdy": (d) => `${d.gm}/${d.gd}/${d.gy}`,
  "month-day-year-time": (d) =>
    `${MONTHS[d.gm - 1]} ${d.gd}, ${d.gy} ${1 + (d.gd % 12)}:${pad2((d.gd * 7) % 60)} ${d.gd % 2 ? "pm" : "am"}`,
  "weekday-month-day": (d) => `${WEEKDAYS[d.weekday]}, ${MONTHS[d.gm - 1]} ${ordinal(d.gd)}`,
};

/** Hebrew written forms, in English letters and in Hebrew script. */
export const HEBREW_FORMS = {
  "hebrew-latin": (d) => `${d.hd} ${latinHebrewMonth(d.hm, d.leap)} ${d.hy}`,
  "hebrew-latin-month-first": (d) => `${latinHebrewMonth(d.hm, d.leap)} ${d.hd}, ${d.hy}`,
  "hebrew-latin-ordinal": (d) => `${ordinal(d.hd)} of ${latinHebrewMonth(d.hm, d.leap)}, ${d.hy}`,
  "hebrew-script": (d) => `${gematriya(d.hd)} ב${scriptHebrewMonth(d.hm, d.leap)} ${gematriya(d.hy)}`,
  "hebrew-script-weekday": (d) =>
    `${WEEKDAYS_HEBREW[d.weekday]}, ${gematriya(d.hd)} ב${scriptHebrewMonth(d.hm, d.leap)} ${gematriya(d.hy)}`,
};

/**
 * Date strings: for each day, one form, cycling through the forms. Returns `{mixed, gregorian}`:
 * `mixed` holds every form (Gregorian and Hebrew), `gregorian` the Gregorian ones only.
 */
export function dateStrings(days) {
  const forms = [...Object.entries(GREGORIAN_FORMS), ...Object.entries(HEBREW_FORMS)];
  const mixed = [];
  const gregorian = [];
  days.forEach((d, i) => {
    const [name, write] = forms[i % forms.length];
    const text = write(d);
    mixed.push({ form: name, text, day: d });
    if (name in GREGORIAN_FORMS) gregorian.push({ form: name, text, day: d });
  });
  return { mixed, gregorian };
}

// ---------------------------------------------------------------------------------------------
// Pages

// Ordinary English words (including a few that are also month or weekday names, as real prose has).
const WORDS = (
  "the of and to a in is it you that he was for on are with as his they be at one have this from or had " +
  "by not word but what some we can out other were all there when up use your how said an each she which " +
  "do their time if will way about many then them write would like so these her long make thing see him " +
  "two has look more day could go come did number sound no most people my over know water than call first " +
  "who may down side been now find any new work part take get place made live where after back little only " +
  "round man year came show every good me give our under name very through just form sentence great think " +
  "say help low line differ turn cause much mean before move right boy old too same tell does set three " +
  "want air well also play small end put home read hand port large spell add even land here must big high " +
  "such follow act why ask men change went light kind off need house picture try us again animal point " +
  "mother world near build self earth father head stand own page should country found answer school grow " +
  "study still learn plant cover food sun four between state keep eye never last let thought city tree " +
  "cross farm hard start might story saw far sea draw left late run while press close night real life few " +
  "north open seem together next white children begin got walk example ease paper group always music those " +
  "both mark often letter until mile river car feet care second book carry took science eat room friend " +
  "began idea fish mountain stop once base hear horse cut sure watch color face wood main enough plain girl " +
  "usual young ready above ever red list though feel talk bird soon body dog family direct pose leave song " +
  "measure door product black short numeral class wind question happen complete ship area half rock order " +
  "fire south problem piece told knew pass since top whole king space heard best hour better true during " +
  "hundred five remember step early hold west ground interest reach fast verb sing listen six table travel " +
  "less morning ten simple several vowel toward war lay against pattern slow center love person money serve " +
  "appear road map rain rule govern pull cold notice voice unit power town fine certain fly fall lead cry " +
  "dark machine note wait plan figure star box noun field rest correct able pound done beauty drive stood " +
  "contain front teach week final gave green oh quick develop ocean warm free minute strong special mind " +
  "behind clear tail produce fact street inch multiply nothing course stay wheel full force blue object " +
  "decide surface deep moon island foot system busy test record boat common gold possible plane stead dry " +
  "wonder laugh thousand ago ran check game shape equate hot miss brought heat snow tire bring yes distant " +
  "fill east paint language among council minister market report police court budget holiday festival"
).split(" ");
const NAMES = [
  "Cohen",
  "Levi",
  "Miller",
  "Katz",
  "Friedman",
  "Shapiro",
  "Goldberg",
  "Rosen",
  "Adler",
  "Weiss",
];
const FIRST = ["David", "Sarah", "Yosef", "Rachel", "Michael", "Leah", "Daniel", "Miriam", "Aaron", "Hannah"];
const SITES = ["The Daily Ledger", "Community Voice", "Weekly Courier", "Jewish Herald", "City Chronicle"];
const DOMAINS = ["example.com", "example.org", "news.example.net", "blog.example.co.il"];

function word(random) {
  return random.pick(WORDS);
}

/** Something that is not an ordinary word: a number, price, year, time, URL, e-mail, or a numeric date. */
function sprinkle(random, page) {
  const r = random();
  if (r < 0.22) return String(random.int(2, 999));
  if (r < 0.32) return `${random.int(1, 99)},${String(random.int(0, 999)).padStart(3, "0")}`;
  if (r < 0.44) return `$${random.int(1, 500)}.${pad2(random.int(0, 99))}`;
  if (r < 0.5) return `${random.int(1, 95)}%`;
  if (r < 0.62) return `in ${random.int(1948, 2024)}`;
  if (r < 0.72)
    return `at ${random.int(1, 12)}:${pad2(random.int(0, 59))} ${random.chance(0.5) ? "pm" : "a.m."}`;
  if (r < 0.8)
    return `https://www.${random.pick(DOMAINS)}/${word(random)}/${page.gy}/${pad2(page.gm)}/${word(random)}-${random.int(1000, 99999)}`;
  if (r < 0.86)
    return `${random.pick(FIRST).toLowerCase()}.${random.pick(NAMES).toLowerCase()}@${random.pick(DOMAINS)}`;
  if (r < 0.9) return `(555) ${random.int(200, 999)}-${random.int(1000, 9999)}`;
  if (r < 0.95) return `${random.int(1, 12)}/${random.int(1, 28)}/${random.int(1995, 2024)}`;
  return `${random.int(1, 4)}-${random.int(1, 9)}`; // a score, a range
}

function sentence(random, page) {
  const length = random.int(6, 22);
  const parts = [];
  for (let i = 0; i < length; i++) {
    if (random.chance(0.06)) parts.push(sprinkle(random, page));
    else if (random.chance(0.05)) parts.push(random.pick(FIRST));
    else parts.push(word(random));
  }
  const first = parts[0];
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  for (let i = 1; i < parts.length - 2; i++) if (random.chance(0.07)) parts[i] += ",";
  return `${parts.join(" ")}${random.pick([".", ".", ".", "?", "!"])}`;
}

function paragraph(random, page) {
  const count = random.int(2, 7);
  const out = [];
  for (let i = 0; i < count; i++) out.push(sentence(random, page));
  return out.join(" ");
}

/** The masthead: a Gregorian and a Hebrew date side by side, in one of the layouts pages use. */
function masthead(random, d) {
  // About 1 page in 20 has a wrong Hebrew date (a day early), as real pages sometimes do.
  const h = random.chance(0.05) ? dayFromAbs(d.abs - 1) : d;
  const heb = HEBREW_FORMS;
  const layouts = [
    () => `${WEEKDAYS[d.weekday]}, ${MONTHS[d.gm - 1]} ${ordinal(d.gd)} | ${heb["hebrew-latin"](h)}`,
    () => `${WEEKDAYS[d.weekday]}, ${MONTHS[d.gm - 1]} ${d.gd}, ${d.gy} · ${heb["hebrew-latin"](h)}`,
    () => `${MONTHS[d.gm - 1]} ${d.gd}, ${d.gy} / ${heb["hebrew-latin-ordinal"](h)}`,
    () => `${heb["hebrew-script-weekday"](h)} | ${pad2(d.gd)}.${pad2(d.gm)}.${d.gy}`,
    () => `${WEEKDAYS_SHORT[d.weekday]}, ${d.gd} ${MONTHS[d.gm - 1]} ${d.gy} (${heb["hebrew-script"](h)})`,
  ];
  return random.pick(layouts)();
}

/** A timestamp line: when the article was written, 0–30 days before the masthead date. */
function timestamp(random, d) {
  const t = dayFromAbs(d.abs - random.int(0, 30));
  const hour = random.int(1, 12);
  const minute = pad2(random.int(0, 59));
  const ampm = random.chance(0.5) ? "pm" : "am";
  const layouts = [
    () => `${MONTHS[t.gm - 1]} ${t.gd}, ${t.gy} ${hour}:${minute} ${ampm}`,
    () => `Posted ${MONTHS_SHORT[t.gm - 1]} ${t.gd}, ${t.gy} at ${hour}:${minute} ${ampm.toUpperCase()}`,
    () =>
      `Published: ${t.gy}-${pad2(t.gm)}-${pad2(t.gd)}T${pad2(hour + (ampm === "pm" ? 12 : 0) - 1)}:${minute}:00+02:00`,
  ];
  return random.pick(layouts)();
}

/** One web-like page of about `targetBytes` (2–6 KB by default). */
export function page(random, targetBytes = random.int(2000, 6000)) {
  const lo = 693596; // 1900-01-01
  const d = dayFromAbs(random.int(lo + 40000, lo + 46000)); // ~2009–2026
  const lines = [
    `${random.pick(SITES)}  ${masthead(random, d)}`,
    "",
    `${sentence(random, d).replace(/[.?!]$/, "")}`,
    `By ${random.pick(FIRST)} ${random.pick(NAMES)}`,
    timestamp(random, d),
    "",
  ];
  let size = lines.reduce((n, l) => n + l.length + 1, 0);
  while (size < targetBytes) {
    const p = paragraph(random, d);
    lines.push(p, "");
    size += p.length + 2;
  }
  lines.push(
    `Contact: ${random.pick(FIRST).toLowerCase()}@${random.pick(DOMAINS)} · © ${d.gy} ${random.pick(SITES)}`,
  );
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Prose without dates (what a reader of dates mostly reads: `npm run bench`'s prose section)

// No word here may make a date with its neighbours ("Jerusalem Day", "ראש השנה", "may 5").
const PLACES = ["Tel Aviv", "Haifa", "Safed", "New York", "London", "Brooklyn", "Paris", "Berlin"];
const BODIES = ["the Knesset", "the Supreme Court", "the United Nations", "City Council", "Reuters"];
const HEBREW_WORDS = (
  "של את על הוא היא לא זה עם כי גם אם אבל יותר כל מה אני הם היה אחד יום שנה בית ספר ארץ ישראל " +
  "ממשלה ראש הממשלה אמר כך רק עוד בין אחרי לפני כמו אשר אותו להיות העם אנשים ילדים משפחה " +
  "עבודה כסף מדינה צבא ביטחון שר החוץ בחירות מפלגה הכנסת נשיא המשפט העליון עיר רחוב הבוקר הערב " +
  "אתמול היום מחר שבוע חודש הזאת הזה אלה לכן בגלל למרות כאשר בזמן מאוד הרבה קצת טוב גדול " +
  "קטן חדש ישן חשוב אפשר צריך רוצה יכול אומר עושה הולך נותן לוקח רואה שומע יודע חושב מבין עד"
).split(" ");

/** A number as articles write one beside words (never a date): a count, a sum, a share, a score. */
function proseNumber(random) {
  const r = random();
  if (r < 0.4) return String(random.int(2, 999));
  if (r < 0.55) return `${random.int(1, 99)},${String(random.int(0, 999)).padStart(3, "0")}`;
  if (r < 0.7) return `$${random.int(1, 500)}`;
  if (r < 0.85) return `${random.int(1, 95)}%`;
  return `${random.int(1, 4)}-${random.int(1, 9)}`;
}

const PROSE_WORDS = WORDS.filter((w) => w !== "may");

/** One sentence of article prose: capitals, names, places, commas, quotes, dashes, brackets. */
function proseSentence(random, numbers) {
  const length = random.int(6, 24);
  const parts = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (numbers && r < 0.05) parts.push(proseNumber(random));
    else if (r < 0.09) parts.push(`${random.pick(FIRST)} ${random.pick(NAMES)}`);
    else if (r < 0.11) parts.push(random.pick(PLACES));
    else if (r < 0.12) parts.push(random.pick(BODIES));
    else parts.push(random.pick(PROSE_WORDS));
  }
  parts[0] = parts[0].charAt(0).toUpperCase() + parts[0].slice(1);
  for (let i = 1; i < parts.length - 2; i++) {
    const r = random();
    if (r < 0.07) parts[i] += ",";
    else if (r < 0.085) parts[i] = `“${parts[i]}”`;
    else if (r < 0.095) parts[i] += " —";
    else if (r < 0.1) parts[i] = `(${parts[i]})`;
  }
  return `${parts.join(" ")}${random.pick([".", ".", ".", "?", "!", ":"])}`;
}

/** One sentence of Hebrew prose, its words now and then with a prefix letter. */
function hebrewSentence(random, numbers) {
  const length = random.int(6, 20);
  const parts = [];
  for (let i = 0; i < length; i++) {
    let w = random.pick(HEBREW_WORDS);
    if (random.chance(0.06)) w = random.pick(["ה", "ו", "ב", "ל", "מ", "ש"]) + w;
    if (numbers && random.chance(0.04)) w = proseNumber(random);
    if (random.chance(0.05)) w += ",";
    parts.push(w);
  }
  return `${parts.join(" ")}.`;
}

/**
 * `count` pages of prose without dates, about 5 kB each: English article prose (`script` "latin"),
 * with a number now and then (`numbers`), or Hebrew prose ("hebrew").
 */
export function prosePages(count, { script = "latin", numbers = false, seed = 17 } = {}) {
  const random = rng(seed);
  const sentence = script === "hebrew" ? hebrewSentence : proseSentence;
  const out = [];
  for (let i = 0; i < count; i++) {
    const lines = [];
    let size = 0;
    while (size < 5000) {
      const count = random.int(2, 6);
      const paragraph = [];
      for (let k = 0; k < count; k++) paragraph.push(sentence(random, numbers));
      const text = paragraph.join(" ");
      lines.push(text, "");
      size += text.length + 2;
    }
    out.push(lines.join("\n"));
  }
  return out;
}

/** `count` pages in memory (for the in-process checkDocument benchmark). */
export function pages(count, seed = 7) {
  const random = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) out.push(page(random));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Files

function ensureDataDir() {
  mkdirSync(DATA_DIR, { recursive: true });
}

/** Writes a file by appending chunks from `produce(write)`, atomically (a temp file, then rename). */
function writeFileFrom(path, produce) {
  ensureDataDir();
  const temp = `${path}.tmp-${process.pid}`;
  const fd = openSync(temp, "w");
  let buffer = "";
  let bytes = 0; // bytes produced so far, written or buffered
  const write = (text) => {
    buffer += text;
    bytes += Buffer.byteLength(text);
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = "";
    }
    return bytes;
  };
  produce(write);
  if (buffer) writeSync(fd, buffer);
  closeSync(fd);
  renameSync(temp, path);
}

/**
 * A JSONL corpus of about `megabytes` MB (one `{"id", "url", "text"}` page per line), generated once
 * and reused while it exists. Returns `{path, bytes, lines, generatedMs}`.
 */
export function ensureJsonlCorpus(megabytes, seed = 11) {
  const path = join(DATA_DIR, `pages-v${CORPUS_VERSION}-${megabytes}MB.jsonl`);
  const meta = `${path}.meta.json`;
  if (existsSync(path) && existsSync(meta)) {
    const info = JSON.parse(readFileSync(meta, "utf8"));
    if (info.bytes === statSync(path).size) return { path, ...info, generatedMs: 0 };
  }
  const start = performance.now();
  const target = megabytes * 1_000_000;
  const random = rng(seed + megabytes);
  let lines = 0;
  writeFileFrom(path, (write) => {
    let written = 0;
    while (written < target) {
      const text = page(random);
      const record = {
        id: `doc-${lines}`,
        url: `https://www.${random.pick(DOMAINS)}/article/${lines}`,
        text,
      };
      written = write(`${JSON.stringify(record)}\n`);
      lines++;
    }
  });
  const info = { bytes: statSync(path).size, lines };
  writeFileSync(meta, JSON.stringify(info));
  return { path, ...info, generatedMs: performance.now() - start };
}

/**
 * A file of date strings, one per line (all forms, cycling), for `hdate --jsonl`; the days are
 * drawn from `fromYear`–`toYear` (default 1900–2099).
 */
export function ensureDateLines(count, seed = 5, { fromYear = 1900, toYear = 2099 } = {}) {
  const path = join(DATA_DIR, `dates-v${CORPUS_VERSION}-${fromYear}-${toYear}-${count}.txt`);
  if (existsSync(path)) {
    return { path, bytes: statSync(path).size, lines: count, generatedMs: 0 };
  }
  const start = performance.now();
  const pool = dateStrings(randomDays(10_007, seed, { fromYear, toYear })).mixed; // a prime, so forms and days drift apart
  writeFileFrom(path, (write) => {
    for (let i = 0; i < count; i++) write(`${pool[i % pool.length].text}\n`);
  });
  return { path, bytes: statSync(path).size, lines: count, generatedMs: performance.now() - start };
}

/**
 * `count` date lines, each a day of its own drawn at random (not a pool repeated): the Gregorian
 * forms over 1850–2099, the Hebrew forms over the Hebrew years 5600–5999, the forms in turn.
 */
export function ensureSpreadDateLines(count, seed = 8) {
  const path = join(DATA_DIR, `dates-spread-v${CORPUS_VERSION}-${count}.txt`);
  if (existsSync(path)) return { path, bytes: statSync(path).size, lines: count, generatedMs: 0 };
  const start = performance.now();
  const random = rng(seed);
  const gregorian = [greg2abs(new Date(1850, 0, 1)), greg2abs(new Date(2099, 11, 31))];
  const hebrew = [hebrew2abs(5600, 7, 1), hebrew2abs(6000, 7, 1) - 1];
  const forms = [...Object.entries(GREGORIAN_FORMS), ...Object.entries(HEBREW_FORMS)];
  writeFileFrom(path, (write) => {
    for (let i = 0; i < count; i++) {
      const [name, form] = forms[i % forms.length];
      const [lo, hi] = name in GREGORIAN_FORMS ? gregorian : hebrew;
      write(`${form(dayFromAbs(random.int(lo, hi)))}\n`);
    }
  });
  return { path, bytes: statSync(path).size, lines: count, generatedMs: performance.now() - start };
}

/**
 * Plain Gregorian dates, chrono-node's best case, each day once in each of two forms: "July 22, 2018"
 * and "22 July 2018", for every day from 1 January `fromYear` to 31 December `toYear`, in a shuffled
 * order (fixed seed). Returns the strings.
 */
export function plainDateStrings({ fromYear = 1800, toYear = 2199, seed = 9 } = {}) {
  const lo = greg2abs(new Date(fromYear, 0, 1));
  const hi = greg2abs(new Date(toYear, 11, 31));
  const out = [];
  for (let abs = lo; abs <= hi; abs++) {
    const g = abs2greg(abs);
    const month = MONTHS[g.getMonth()];
    out.push(`${month} ${g.getDate()}, ${g.getFullYear()}`, `${g.getDate()} ${month} ${g.getFullYear()}`);
  }
  const random = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
