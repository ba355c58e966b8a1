// The lean browser build's stand-in for a file of other languages' rows (*.languages.ts): every
// `export const` of it, empty. A file of rows exports arrays and objects of rows only (a test holds
// every such file to it), so an empty one of the same kind is a table with no row: the readers built
// over it read the English and Hebrew rows beside it, and nothing else.

const EXPORT = /^export const (?<name>\w+)\b[^=]*=\s*(?<first>\S)/gm;

/**
 * The module that stands in for a file of rows: each export an empty array (when its value begins
 * with "[") or an empty object (anything else: an object, or a call that unpacks one).
 * @example emptyExports("export const ROWS: string[] = [\"a\"];") // "export const ROWS = [];"
 */
export function emptyExports(source: string): string {
  return [...source.matchAll(EXPORT)]
    .map((match) => `export const ${match.groups!.name} = ${match.groups!.first === "[" ? "[]" : "{}"};`)
    .join("\n");
}
