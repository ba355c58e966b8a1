import { HEBREW_MONTH, isHebrewLeapYear } from "../calendars/hebrew.js";

// The month names of HDate.renderGematriya, with its niqqud, by hebcal month number. Written here
// rather than asked of @hebcal/hdate's Locale: that module brings every translation it registers
// (Hebrew and Ashkenazi, ≈ 3 KB) into a web page's bundle, for fourteen names.
const NAMES = [
  "",
  "נִיסָן",
  "אִיָּיר",
  "סִיוָן",
  "תַּמּוּז",
  "אָב",
  "אֱלוּל",
  "תִּשְׁרֵי",
  "חֶשְׁוָן",
  "כִּסְלֵו",
  "טֵבֵת",
  "שְׁבָט",
  "אֲדָר א׳",
  "אֲדָר ב׳",
];
const PLAIN_ADAR = "אֲדָר";

/**
 * A Hebrew month's name in Hebrew script with niqqud, as HDate.renderGematriya writes it in a year
 * (month 12 is plain Adar in a common year).
 * @example hebrewMonthText(5, 5778) // "אָב"
 */
export function hebrewMonthText(month: number, year: number): string {
  if (month === HEBREW_MONTH.ADAR_I && !isHebrewLeapYear(year)) return PLAIN_ADAR;
  return NAMES[month] ?? "";
}
