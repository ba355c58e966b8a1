// hebrew-date-check/listings: month grids, day lists, holidays and anniversaries. A separate entry
// because it carries @hebcal/core's holiday, portion and translation code, which a page that only
// converts or checks dates should not load (test/browserBundle.test.ts).

export type {
  Anniversary,
  AnniversaryKind,
  AnniversaryList,
  AnniversaryOptions,
} from "./anniversaries.js";
export { anniversaries } from "./anniversaries.js";
export type { CalendarDay } from "./calendarDay.js";
export type { CalendarGridsOptions } from "./calendarGrids.js";
export { calendarGrids } from "./calendarGrids.js";
export type { DaysBetweenOptions } from "./daysBetween.js";
export { daysBetween } from "./daysBetween.js";
export type { DayEvent, DayEventKind } from "./eventsWithKinds.js";
export type { HolidayKind } from "./holidayKind.js";
export { HOLIDAY_KINDS } from "./holidayKind.js";
export type { HolidayEntry, HolidayList, HolidaysOptions } from "./holidaysOf.js";
export { holidaysOf } from "./holidaysOf.js";
export type { Language, LanguageOptions } from "./language.js";
export { LANGUAGES } from "./language.js";
export type { GridMonth, MonthGrid, MonthGridOptions } from "./monthGrid.js";
export { monthGrid } from "./monthGrid.js";
export type { MonthOrYear, ReadMonthOptions } from "./readMonthOrYear.js";
export { readMonthOrYear } from "./readMonthOrYear.js";
