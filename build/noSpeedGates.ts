// The lean browser build's stand-ins for gates that only make long pages faster: each says where a
// reader cannot find anything, so that it is not run there (src/read/monthNearDay.ts: no month word
// near a day's number; src/read/hebrewStretch.ts: no Hebrew letter within reach;
// src/read/localizedRuns.ts: no day or year of the localized reader's shapes at a run of digits). Each gate holds
// only where its reader would find nothing (their tests hold every reading to it), so a stand-in that
// lets every reader run everywhere reads the same: it costs a long page some speed and a web page
// that converts a date about 3 KB less (tsup.config.ts, withoutSpeedGates).

const HEBREW_LETTER = /[\u05d0-\u05ea]/;
const mayHold = (): boolean => true;

/** Stand in for src/read/monthNearDay.ts: a month may stand anywhere. */
export const gregorianMonthAt: (text: string, at: number) => boolean = mayHold;
export const gregorianMonthNearDay: (text: string, runs: readonly number[], run: number) => boolean = mayHold;
export const hebrewMonthNearDay: (text: string, runs: readonly number[], run: number) => boolean = mayHold;

/** Stands in for src/read/hebrewStretch.ts: the whole text, when it has a Hebrew letter. */
export function hebrewStretch(text: string): [number, number] | undefined {
  return HEBREW_LETTER.test(text) ? [0, text.length] : undefined;
}

/** Stands in for src/read/localizedRuns.ts: every run of digits may lead a localized date. */
export const mayLeadLocalizedDate: (text: string, runs: readonly number[], run: number) => boolean = mayHold;
