/**
 * What the error for a string in which no date was read adds to its sentence: nothing here, in the
 * builds that read every language. The lean browser build, which reads English and Hebrew only,
 * says so instead (build/leanUnreadNote.ts).
 * @example unreadNote("22 juillet 2018") // ""
 */
export function unreadNote(_text: string): string {
  return "";
}
