import { gematriya, getMonthName, Locale } from "@hebcal/hdate";

// The Hebrew-script rendering of a date, as @hebcal/hdate's HDate.renderGematriya writes it
// ("י׳ אָב תשע״ח"), built from its own gematriya and Hebrew month names, with each piece cached:
// building an HDate for every conversion costs more than the conversion itself.

const dayText: string[] = [];
const monthText = new Map<string, string>();
const yearText = new Map<number, string>();

/**
 * A Hebrew date in Hebrew script with niqqud on the month.
 * @example renderHebrewText(5778, 5, 10) // "י׳ אָב תשע״ח"
 */
export function renderHebrewText(year: number, month: number, day: number): string {
  let d = dayText[day];
  if (d === undefined) {
    d = gematriya(day);
    dayText[day] = d;
  }
  const name = getMonthName(month, year);
  let m = monthText.get(name);
  if (m === undefined) {
    m = Locale.gettext(name, "he");
    monthText.set(name, m);
  }
  let y = yearText.get(year);
  if (y === undefined) {
    y = gematriya(year);
    yearText.set(year, y);
  }
  return `${d} ${m} ${y}`;
}
