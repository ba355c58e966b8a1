/**
 * The columns a text takes in a terminal: combining marks (niqqud, accents) take none.
 * @example displayWidth("אָב") // 2
 */
export function displayWidth(text: string): number {
  return text.replace(/\p{M}/gu, "").length;
}

/**
 * A text padded with spaces to a width of terminal columns (see displayWidth).
 * @example padColumn("אָב", 4) // "אָב  "
 */
export function padColumn(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
