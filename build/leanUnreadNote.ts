// The lean browser build's stand-in for src/read/unreadNote.ts. That build reads dates written with
// numbers and month names in English and Hebrew only (tsup.config.ts, englishHebrewOnly and
// calendarDatesOnly), so a string with words in which it read no date may be a date in another
// language, a holiday, a Torah portion or a day in words: the error says which entry reads them. A
// string of digits and signs alone reads the same in every build, and gets no note.

const LETTER = /\p{L}/u;

/** The note on the lean build's languages, for a string that holds letters. */
export const LEAN_NOTE =
  ' (this build reads dates written with numbers and month names in English and Hebrew; "hebrew-date-check/full" also reads holiday names, Torah portions, days in words and other languages)';

/**
 * What the error for a string in which no date was read adds to its sentence.
 * @example unreadNote("22 juillet 2018") // LEAN_NOTE
 */
export function unreadNote(text: string): string {
  return LETTER.test(text) ? LEAN_NOTE : "";
}
