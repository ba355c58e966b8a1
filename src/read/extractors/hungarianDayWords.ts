import { MONTH_NOUN_AFTER_NAME_LANGUAGES } from "../lexicon/dateWords.languages.js";
import { monthOfFolded } from "../lexicon/languageMonths.js";
import { normalizeWord, PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";

// Hungarian writes a day of the month in ordinal words too, after the month: "Kiszlév hó hetedikén"
// (on the seventh of Kislev), "ádár hónap hetedikét", "niszán hónap tizenötödikétől" (from the
// fifteenth), "Tisri hónapjának a tizenötödik napjától" (from its fifteenth day). The day is the
// ordinal with the possessive ending ("hetedike", "the seventh of it") and a case ending, or the bare
// ordinal and the word "day" ("tizenötödik napján"): a form only a date writes, so the month and the
// day need nothing more. Every such ordinal holds "dik" ("ötödik", "második") but the first
// ("elseje"): a text with neither is not read at all.

/**
 * The ordinal stems and their values. "egyed" and "ketted" end the teens and the twenties only
 * ("tizenegyedik"), "els" and "másod" stand alone only ("elseje", "másodika"); so do the tens.
 */
const STEMS: Record<string, number> = {
  els: 1,
  egyed: 1,
  másod: 2,
  ketted: 2,
  harmad: 3,
  negyed: 4,
  ötöd: 5,
  hatod: 6,
  heted: 7,
  nyolcad: 8,
  kilenced: 9,
  tized: 10,
  huszad: 20,
  harmincad: 30,
};
const TENS: Record<string, number> = { tizen: 10, huszon: 20, harminc: 30 };

const keys = (rows: Record<string, number>): string => Object.keys(rows).join("|");

let built: RegExp | undefined;
const pattern = (): RegExp =>
  (built ??= new RegExp(
    "(?<![\\p{L}\\p{M}\\p{N}])(?<month>\\p{L}[\\p{L}\\p{M}]{1,11})" +
      // The word "month" between ("hó", "hónap", "hónapjának a").
      `(?:[ \\u00a0]{1,3}(?:${MONTH_NOUN_AFTER_NAME_LANGUAGES.join("|")}|hónapjának|hónapja)(?:[ \\u00a0]a)?)?[ \\u00a0]{1,3}` +
      `(?<tens>${keys(TENS)})?(?<stem>${keys(STEMS)})` +
      // "elseje" (the first of it); the others "-ika"/"-ike"; the case ending after a long vowel
      // ("hetedikén", "másodikától", "hetedikéig"), or the bare ordinal and "day" ("tizenötödik napján").
      "(?:(?<=els)ej|ik)(?:[ae]|[áé](?:n|t|ig|t[óő]l|r[ae])|[ \\u00a0]napj(?:a|án|ától|áig|ára))" +
      "(?![\\p{L}\\p{M}\\p{N}])",
    "giu",
  ));

/** The day the ordinal's groups name (1–31), or undefined. */
function dayOf(groups: Record<string, string | undefined>): number | undefined {
  const stem = groups.stem!.toLowerCase();
  const unit = STEMS[stem]!;
  if (groups.tens === undefined) return stem === "egyed" || stem === "ketted" ? undefined : unit;
  const day = TENS[groups.tens.toLowerCase()]! + unit;
  // "tizenkettedik" is 12, "harmincegyedik" 31, and no more.
  return unit > 9 || stem === "els" || stem === "másod" || day > 31 ? undefined : day;
}

/**
 * Hungarian dates whose day is an ordinal in words after the month.
 * @example hungarianDayWordsExtractor.extract("Kiszlév hó hetedikén", {})[0]?.stated // {month: 9, day: 7}
 */
export const hungarianDayWordsExtractor: Extractor = {
  name: "hungarian-day-words",
  extract(text) {
    const out: Candidate[] = [];
    // A scan for the letters before the pattern. On a page it runs in the holiday names' windows
    // (readMentions.ts): over every page's prose, these scans had cost as much as the digits' search.
    if (!["dik", "DIK", "elsej"].some((letters) => text.includes(letters))) return out;
    const PATTERN = pattern();
    PATTERN.lastIndex = 0;
    for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
      const groups = match.groups!;
      const found = monthOfFolded(normalizeWord(groups.month!));
      const day = dayOf(groups);
      if (found === undefined || found.short || day === undefined) {
        // The month's word may have been a word before it: look again from the next word.
        PATTERN.lastIndex = match.index + groups.month!.length;
        continue;
      }
      const stated: StatedFields = { month: found.month, day };
      if (found.calendar === "hebrew" && found.month === PLAIN_ADAR) stated.plainAdar = true;
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        calendar: found.calendar,
        extractor: "hungarian-day-words",
        stated,
      });
    }
    return out;
  },
};
