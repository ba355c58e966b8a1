import { hebrewDayNumberOf } from "../../calendars/hebrewYears.js";
import type { WorkingMention } from "../mention.js";
import type { PairGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "Ханука продлится с 14 по 22 декабря" (news.mail.ru), "З 7 до 15 грудня … святкування Хануки"
// (molbuk.ua), "Entre os dias 2 e 4 de outubro … celebra o Rosh Hashaná" (jsnewsusa.com): a holiday
// of several days beside a civil range of days is that range, end with end, so its first day goes
// with the range's first end (not with the nearer last end, whose day the holiday also has). A
// range that begins the civil day before the holiday's first day and ends on its last day is the
// span pages write from sundown to nightfall: its first end is the evening that begins the holiday.
// The last end is the holiday's last day, paired with it as well, as "until" (check/holidayLastDay.ts):
// "16 e 17 settembre 2023 sarà Rosh ha Shanà" is 1 and 2 Tishri. A range that fits neither way is
// judged as written when an end lies outside the holiday's evening and days: it says the holiday
// begins on its first end and ends on its last ("У 2025 році Шавуот відзначається з 3 по 4 червня",
// daytoday.ua, a day late), so both ends are paired, not only whichever of the holiday's days the
// nearer end happens to be. A holiday of one day beside the two days of
// its evening and its day ("il 4 ed il 5 marzo … Purim") is that span too.

/** The day numbers of the days a settled holiday mention means, first to last. */
function daysOf(mention: WorkingMention): number[] {
  const dates = mention.date ? [mention.date, ...(mention.alternatives ?? [])] : [];
  return dates.map((date) => hebrewDayNumberOf(date.year, date.month, date.day)).sort((a, b) => a - b);
}

/** Puts a holiday mention back on its first day, where a partner's date had moved it to another. */
function backToFirstDay(mention: WorkingMention, first: number): void {
  if (mention.dayNumber === first || !mention.date) return;
  const dates = [mention.date, ...(mention.alternatives ?? [])];
  const at = dates.findIndex((date) => hebrewDayNumberOf(date.year, date.month, date.day) === first);
  mention.date = dates[at]!;
  mention.dayNumber = first;
  mention.alternatives = dates.filter((_, i) => i !== at);
  mention.inferred = mention.inferred.filter(
    (inference) => !(inference.field === "day" && inference.from === "gregorian"),
  );
}

/**
 * Sukkot's span as pages group it with its Eighth Day and Simchat Torah: "Sukot 2023 (29. září – 8.
 * října 2023)" (operaceester.cz) runs to 23 Tishrei. A range ending on the 22nd or 23rd gives the
 * mention those days too, so that its last end is the festival's last day; the Eighth Day's range
 * ending on the 23rd gives it that day.
 */
function withClosingDays(mention: WorkingMention, lastEnd: number): void {
  const { holiday } = mention.stated;
  if ((holiday !== "sukkot" && holiday !== "shemini-atzeret") || !mention.date) return;
  const dates = [mention.date, ...(mention.alternatives ?? [])];
  const last = dates.reduce((a, b) => (b.day > a.day ? b : a));
  const extra = lastEnd - hebrewDayNumberOf(last.year, last.month, last.day);
  // The Eighth Day outside Israel is two days, its second Simchat Torah: "Shmini Atzeres October
  // 20-22, 2019" (oorah.org) is its evening, 22 and 23 Tishrei.
  const lastDay = holiday === "sukkot" ? 21 : 22;
  if (last.month !== 7 || last.day !== lastDay || extra < 1 || extra > 23 - lastDay) return;
  const closing = Array.from({ length: extra }, (_, i) => ({ ...last, day: lastDay + 1 + i }));
  mention.alternatives = [...(mention.alternatives ?? []), ...closing];
}

/** Pairs a holiday of several days with the first end of the civil range beside it, as its evening when the span says so. */
export const holidaySpan: Refiner = {
  name: "holiday-span",
  refine(context: RefineContext): void {
    const { mentions, partners } = context;
    const rangeOf = new Map<number, [number, number]>();
    for (const group of context.groups)
      if (group.kind === "range" && group.calendar === "gregorian") {
        rangeOf.set(group.from, [group.from, group.to]);
        rangeOf.set(group.to, [group.from, group.to]);
      }
    if (rangeOf.size === 0) return;
    const made: PairGroup[] = [];
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair") return;
      // An evening read off the words before the range ("2024: dal tramonto del 23 marzo alla notte
      // del 24 marzo") is the span's own first end; any other evening keeps the pair as it is.
      const eveningBefore = group.evening?.source === "connector";
      if (group.evening && !eveningBefore) return;
      const range = rangeOf.get(group.gregorian);
      const holiday = mentions[group.hebrew]!;
      const { stated } = holiday;
      if (!range || stated.holiday === undefined || stated.holidayDay !== undefined || stated.holidayErev)
        return;
      const [from, to] = [mentions[range[0]]!, mentions[range[1]]!];
      if (from.dayNumber === undefined || to.dayNumber === undefined) return;
      withClosingDays(holiday, to.dayNumber);
      const days = daysOf(holiday);
      if (days.length === 0) return;
      const first = days[0]!;
      if (eveningBefore && from.dayNumber !== first - 1) return;
      // A holiday of one day takes a range only as its evening and its day ("2024: dal tramonto del
      // 23 marzo alla notte del 24 marzo" for Purim, "Samstag, 23. März 2024 bis Sonntag, 24. März").
      if (days.length === 1 && !(from.dayNumber === first - 1 && to.dayNumber === first)) return;
      const spans =
        to.dayNumber === days.at(-1) && (from.dayNumber === first || from.dayNumber === first - 1);
      // A range from the holiday's first day that stops before its last ("Pesach 5786 (April 2–3,
      // 2026)", its two festival days) begins with the holiday too: its first end is the first day,
      // not the day nearest the last end; its last end, a day the holiday also has, is left unpaired.
      const opens = from.dayNumber === first && days.includes(to.dayNumber);
      // A range with an end outside the holiday's evening and days says it wrongly: both ends are
      // judged, the first against the first day, the last against the last. One within them (its
      // last days, or the eve and the first day) is left as it was paired.
      const last = days.at(-1)!;
      const overruns = !spans && !opens && (from.dayNumber < first - 1 || to.dayNumber > last);
      if (!spans && !opens && !overruns) return;
      backToFirstDay(holiday, first);
      if (group.gregorian !== range[0]) {
        partners[group.gregorian] = -1;
        group.gregorian = range[0];
        partners[range[0]] = group.hebrew;
        partners[group.hebrew] = range[0];
        record(context, "holiday-span", { group: index }, "gregorian", from.text);
      }
      if (from.dayNumber === first - 1) {
        group.evening = { source: "range", text: context.text.slice(from.start, to.end) };
        record(context, "holiday-span", { group: index }, "evening", group.evening.text);
      }
      if ((spans || overruns) && partners[range[1]]! < 0) {
        const text = context.text.slice(from.end, to.start);
        made.push({
          kind: "pair",
          gregorian: range[1],
          hebrew: group.hebrew,
          evidence: { kind: "connector", text, phrase: "until" },
        });
        partners[range[1]] = group.hebrew;
      }
    });
    for (const group of made) {
      context.groups.push(group);
      record(context, "holiday-span", { group: context.groups.length - 1 }, "kind", "pair", "until");
    }
  },
};
