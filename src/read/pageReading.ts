// The reading room's surface for pages: every date of a text with its groups, as the checker and
// parseDates' callers read it. Kept apart from index.ts (see there).

export { parseDates, readText, VOCABULARY, vocabularyOf } from "./parseDates.js";
