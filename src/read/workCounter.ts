// What the readers did, counted: characters handed to the extractors, offsets tried by anchored
// searches, candidates made, steps of selection. Tests prove linear time with these counts instead
// of a clock, since a count does not change when the machine is busy. Plain integer fields bumped
// once per loop, not per character where a loop's length is known, so counting costs nothing
// measurable. Not part of the public surface (src/index.ts).

/** The readers' work since the last {@link resetWork}. */
export interface WorkCounts {
  /** Characters digitRegions stepped over looking for white space to cut at. */
  regionCutChars: number;
  /** Characters handed to the extractors, summed over every extractor call. */
  extractorChars: number;
  /** Characters handed to the holiday-name readers (a page's windows near dates, holidayWindows.ts). */
  holidayChars: number;
  /** Runs of a reader of dates in words over a stretch (readMentions.ts; each form of the Gregorian one its own). */
  wordReaderRuns: number;
  /** Characters looked at to find the line a holiday name stands on (holidayRows.ts). */
  lineChars: number;
  /** Characters looked at for month words near short runs of digits (monthNearDay.ts). */
  monthWordChars: number;
  /** Characters looked at for a dash or join word between a range's two days (dayRange.ts). */
  joinChars: number;
  /** Anchors an anchored search found (matches of its rarer piece). */
  anchors: number;
  /** Offsets an anchored search considered starting its sticky pattern at (up to each anchor). */
  anchoredTries: number;
  /** Candidates the extractors made. */
  candidates: number;
  /** Comparisons selectCandidates' sort made. */
  selectComparisons: number;
  /** Characters selectCandidates checked or marked as taken. */
  selectChars: number;
}

/** The counters themselves, bumped by the readers' loops. */
export const work: WorkCounts = {
  regionCutChars: 0,
  extractorChars: 0,
  holidayChars: 0,
  wordReaderRuns: 0,
  lineChars: 0,
  monthWordChars: 0,
  joinChars: 0,
  anchors: 0,
  anchoredTries: 0,
  candidates: 0,
  selectComparisons: 0,
  selectChars: 0,
};

/**
 * A copy of the counts so far.
 * @example resetWork(); readWork().candidates // 0
 */
export function readWork(): WorkCounts {
  return { ...work };
}

/** Sets every count back to zero. */
export function resetWork(): void {
  for (const key of Object.keys(work) as Array<keyof WorkCounts>) work[key] = 0;
}
