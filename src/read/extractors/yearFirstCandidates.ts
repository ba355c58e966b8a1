import type { Candidate } from "../mention.js";

/**
 * The civil dates a pattern of year, month and day groups finds in a text, one candidate a match:
 * what the year-first extractors share, whose patterns differ only in their separators and guards.
 * @example yearFirstCandidates(/(?<year>\d{4})\/(?<month>\d\d?)\/(?<day>\d\d?)/g, "2026/12/04", "slashed-year-first")
 */
export function yearFirstCandidates(pattern: RegExp, text: string, extractor: string): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const groups = match.groups!;
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      calendar: "gregorian",
      extractor,
      stated: { year: Number(groups.year), month: Number(groups.month), day: Number(groups.day) },
    });
  }
  return out;
}
