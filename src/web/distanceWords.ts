/**
 * A timestamp's distance from the page's own date, in words.
 * @example distanceWords(-952) // "952 days before the page's date"
 */
export function distanceWords(days: number | undefined): string {
  if (days === undefined) return "no page date to compare with";
  if (days === 0) return "on the page's date";
  return `${Math.abs(days)} ${Math.abs(days) === 1 ? "day" : "days"} ${days < 0 ? "before" : "after"} the page's date`;
}
