// Stands in for @hebcal/core's locale module in our builds: we render events in English only, so
// its Hebrew and Ashkenazi translation tables are left out (see tsup.config.ts).
export { Locale } from "@hebcal/hdate";
