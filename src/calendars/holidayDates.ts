// The same holiday tables convert/events.ts reads (@hebcal/core's, by kind of year: see
// holidayTable.ts). They know the rules we must not restate: a fast moved off Shabbat, Yom HaAtzmaut
// and Yom HaShoah moved, the days Israel and the diaspora keep.
import { HEBREW_MONTH, isHebrewLeapYear } from "./hebrew.js";
import { hebrewDayNumberOf, hebrewFieldsOf } from "./hebrewYears.js";
import { holidayRowsOf } from "./holidayTable.js";

/** A holiday as a name says it: which holiday, and which of its days or evenings. */
export interface HolidayName {
  /** A key of {@link HOLIDAY_KEYS}: `pesach`, `tisha-bav`, `rosh-chodesh`, … */
  holiday: string;
  /** The nth day (1-based): "2nd day of Rosh Hashanah", "Pesach VII". */
  day?: number;
  /** The nth candle of Chanukah: lit on the evening before its day. */
  candle?: number;
  /** Only the first or the last festival days ("the last days of Pesach"). */
  part?: "first" | "last";
  /** "Erev X": the day before X. */
  erev?: boolean;
  /** The month of a Rosh Chodesh, in hebcal numbering (Adar in a common year is 12). */
  month?: number;
}

/** One day a holiday name stands for. */
export interface HolidayDay {
  year: number;
  month: number;
  day: number;
  /** The name means the evening of this civil day (a Chanukah candle, Kol Nidre), not the day. */
  evening?: boolean;
  /** The calendar date of a fast kept on another day this year (moved off Shabbat). */
  movedFrom?: { year: number; month: number; day: number };
}

/** What kind of day a name stands for: a festival's day, the day before, an evening, a fast. */
export type HolidayKind = "day" | "erev" | "evening" | "fast";

interface KeyRule {
  /** @hebcal/core's event names (English) that make up the holiday's days, in order of preference. */
  events: readonly RegExp[];
  kind: HolidayKind;
  /** A fast's calendar date (month, day), from which it moves when that day is Shabbat. */
  fastOn?: readonly [number, number];
  /** The name means the evening of its day (Kol Nidre is the evening of Erev Yom Kippur). */
  evening?: boolean;
}

// Each key says which of @hebcal/core's events are its days; the dates are the table's.
const RULES: Record<string, KeyRule> = {
  "rosh-hashanah": { events: [/^Rosh Hashana (?:\d+|II)$/], kind: "day" },
  "yom-kippur": { events: [/^Yom Kippur$/], kind: "day" },
  "kol-nidre": { events: [/^Erev Yom Kippur$/], kind: "evening", evening: true },
  // The first Seder is held on the evening that begins Pesach, the second on the evening after.
  "first-seder": { events: [/^Erev Pesach$/], kind: "evening", evening: true },
  "second-seder": { events: [/^Pesach I$/], kind: "evening", evening: true },
  sukkot: { events: [/^Sukkot [IV]+\b/], kind: "day" },
  "hoshana-rabbah": { events: [/Hoshana Raba/], kind: "day" },
  "shemini-atzeret": { events: [/^Shmini Atzeret$/], kind: "day" },
  // In Israel Simchat Torah is kept on Shemini Atzeret, and the table lists only the latter.
  "simchat-torah": { events: [/^Simchat Torah$/, /^Shmini Atzeret$/], kind: "day" },
  chanukah: { events: [/^Chanukah: (?:[2-8] Candles|8th Day)$/], kind: "day" },
  "asara-btevet": { events: [/^Asara B'Tevet$/], kind: "fast", fastOn: [HEBREW_MONTH.TEVET, 10] },
  "tu-bishvat": { events: [/^Tu BiShvat$/], kind: "day" },
  // Month 0 stands for the year's last Adar (Adar II in a leap year).
  "taanit-esther": { events: [/^Ta'anit Esther$/], kind: "fast", fastOn: [0, 13] },
  purim: { events: [/^Purim$/], kind: "day" },
  "shushan-purim": { events: [/^Shushan Purim$/], kind: "day" },
  pesach: { events: [/^Pesach [IV]+\b/], kind: "day" },
  "lag-baomer": { events: [/^Lag BaOmer$/], kind: "day" },
  shavuot: { events: [/^Shavuot(?: I| II)?$/], kind: "day" },
  "tzom-tammuz": { events: [/^Tzom Tammuz$/], kind: "fast", fastOn: [HEBREW_MONTH.TAMUZ, 17] },
  "tisha-bav": { events: [/^Tish'a B'Av\b/], kind: "fast", fastOn: [HEBREW_MONTH.AV, 9] },
  "tzom-gedaliah": { events: [/^Tzom Gedaliah$/], kind: "fast", fastOn: [HEBREW_MONTH.TISHREI, 3] },
  "yom-hashoah": { events: [/^Yom HaShoah$/], kind: "day" },
  "yom-hazikaron": { events: [/^Yom HaZikaron$/], kind: "day" },
  "yom-haatzmaut": { events: [/^Yom HaAtzma'ut$/], kind: "day" },
  "yom-yerushalayim": { events: [/^Yom Yerushalayim$/], kind: "day" },
  "rosh-chodesh": { events: [/^Rosh Chodesh /], kind: "day" },
};

/** Every holiday key {@link holidayDays} knows. */
export const HOLIDAY_KEYS: readonly string[] = Object.keys(RULES);

const CANDLES = /^Chanukah: (?<count>[1-8]) Candles?$/;

/** One event of the year's table reduced to what a name needs. */
interface TableDay {
  dayNumber: number;
  desc: string;
  chag: boolean;
}

/** Years whose events are kept, by schedule; the oldest is dropped first. */
const CACHED_YEARS = 200;
const tables = new Map<string, TableDay[]>();

function tableOf(year: number, israel: boolean): TableDay[] {
  const cacheKey = `${year}:${israel ? "il" : "d"}`;
  const cached = tables.get(cacheKey);
  if (cached !== undefined) return cached;
  const days: TableDay[] = [];
  // By day, and within a day in @hebcal/core's order.
  for (const row of holidayRowsOf(year)) {
    if (israel ? row.israel : row.diaspora)
      days.push({ dayNumber: row.dayNumber, desc: row.name, chag: row.chag });
  }
  if (tables.size >= CACHED_YEARS) tables.delete(tables.keys().next().value!);
  tables.set(cacheKey, days);
  return days;
}

function fieldsOf(dayNumber: number): { year: number; month: number; day: number } {
  return hebrewFieldsOf(dayNumber);
}

/** The month a Rosh Chodesh event opens: its own on the 1st, the next one on a 30th. */
function roshChodeshMonth(dayNumber: number): number {
  const fields = fieldsOf(dayNumber);
  return fields.day === 30 ? fieldsOf(dayNumber + 1).month : fields.month;
}

/** The day numbers of a holiday's days that year, in order, with their festival flag. */
function daysOf(name: HolidayName, rule: KeyRule, table: TableDay[]): TableDay[] {
  for (const pattern of rule.events) {
    let days = table.filter((entry) => pattern.test(entry.desc));
    if (name.holiday === "rosh-chodesh")
      days = days.filter((entry) => roshChodeshMonth(entry.dayNumber) === name.month);
    // A day can carry two names of one holiday (Israel's "Sukkot II (CH''M)" and the diaspora's "Sukkot II" are
    // filtered by schedule already; this guards the rest): one day once.
    days = days.filter((entry, i) => i === 0 || days[i - 1]!.dayNumber !== entry.dayNumber);
    if (days.length > 0) return days;
  }
  return [];
}

function partOf(days: TableDay[], part: "first" | "last"): TableDay[] {
  // A holiday with no festival days ("the last days of Chanukah", bethamisr.org) has no such run:
  // the words name some of its days, not one the table can single out, so they stand for all of them.
  if (!days.some((entry) => entry.chag)) return days;
  const ordered = part === "first" ? days : [...days].reverse();
  const run: TableDay[] = [];
  for (const entry of ordered) {
    if (!entry.chag) break;
    run.push(entry);
  }
  return part === "first" ? run : run.reverse();
}

function movedFrom(rule: KeyRule, dayNumber: number): HolidayDay["movedFrom"] {
  if (!rule.fastOn) return undefined;
  const { year } = fieldsOf(dayNumber);
  const [writtenMonth, day] = rule.fastOn;
  const month =
    writtenMonth !== 0 ? writtenMonth : isHebrewLeapYear(year) ? HEBREW_MONTH.ADAR_II : HEBREW_MONTH.ADAR_I;
  if (hebrewDayNumberOf(year, month, day) === dayNumber) return undefined;
  return { year, month, day };
}

function dayOf(dayNumber: number, extra: Partial<HolidayDay> = {}): HolidayDay {
  const day: HolidayDay = fieldsOf(dayNumber);
  if (extra.evening) day.evening = true;
  if (extra.movedFrom) day.movedFrom = extra.movedFrom;
  return day;
}

/**
 * Every day a holiday name stands for in a Hebrew year, in order (the first is the one a single
 * date means), as @hebcal/core's tables keep them; the diaspora's schedule unless `israel` is set.
 * A name the year does not have (Yom HaAtzmaut before 5708, a 9th day of Pesach) gives [].
 * @example holidayDays({holiday: "rosh-chodesh", month: 10}, 5787).map((d) => d.day) // [30, 1]
 */
export function holidayDays(
  name: HolidayName,
  hebrewYear: number,
  options: { israel?: boolean } = {},
): HolidayDay[] {
  // A page names the same holidays again and again, and a year search asks for three years each
  // time: remember each answer (finding the days filters the year's table with a pattern per event).
  const key = `${hebrewYear}|${options.israel === true}|${name.holiday}|${name.day}|${name.candle}|${name.part}|${name.erev}|${name.month}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const days = findHolidayDays(name, hebrewYear, options);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, days);
  return days;
}

const MAX_ANSWERS = 10_000;
const answers = new Map<string, HolidayDay[]>();

function findHolidayDays(name: HolidayName, hebrewYear: number, options: { israel?: boolean }): HolidayDay[] {
  const rule = RULES[name.holiday];
  if (rule === undefined || !Number.isInteger(hebrewYear) || hebrewYear < 2 || hebrewYear > 9999) return [];
  const table = tableOf(hebrewYear, options.israel === true);
  if (name.candle !== undefined) {
    if (name.holiday !== "chanukah") return [];
    const lit = table.find((entry) => Number(CANDLES.exec(entry.desc)?.groups?.count) === name.candle);
    return lit ? [dayOf(lit.dayNumber, { evening: true })] : [];
  }
  let days = daysOf(name, rule, table);
  if (name.part !== undefined) days = partOf(days, name.part);
  if (name.day !== undefined) days = days[name.day - 1] ? [days[name.day - 1]!] : [];
  if (name.erev) return days.length > 0 ? [dayOf(days[0]!.dayNumber - 1)] : [];
  return days.map((entry) =>
    dayOf(entry.dayNumber, { evening: rule.evening, movedFrom: movedFrom(rule, entry.dayNumber) }),
  );
}

/**
 * What kind of day a name stands for.
 * @example holidayKind({holiday: "chanukah", candle: 3}) // "evening"
 */
export function holidayKind(name: HolidayName): HolidayKind {
  if (name.erev) return "erev";
  if (name.candle !== undefined) return "evening";
  return RULES[name.holiday]?.kind ?? "day";
}
