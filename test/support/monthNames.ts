/** English Gregorian month names, written out here rather than taken from src, so tests check src against them. */
export const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Hebrew months in Hebrew script, by @hebcal/hdate's numbering (1 Nisan … 11 Shevat; Adar, 12 and 13,
 * is written per year: "אדר", "אדר א׳", "אדר ב׳"), written out here rather than taken from src.
 */
export const HEBREW_SCRIPT_MONTHS = [
  "",
  "ניסן",
  "אייר",
  "סיון",
  "תמוז",
  "אב",
  "אלול",
  "תשרי",
  "חשון",
  "כסלו",
  "טבת",
  "שבט",
] as const;
