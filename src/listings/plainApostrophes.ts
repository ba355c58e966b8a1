/**
 * `Tish’a B’Av` as `Tish'a B'Av`: @hebcal renders typographic apostrophes; plain ones read and grep
 * better in a terminal. Apart from language.ts, so that English output loads no translation tables.
 * @example plainApostrophes("Tish’a B’Av") // "Tish'a B'Av"
 */
export function plainApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'");
}
