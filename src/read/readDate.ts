import type { PipelineOptions } from "./readMentions.js";
import { type RefinedText, readMentions } from "./readMentions.js";
import { DATE_REFINERS } from "./refiners/dateRefiners.js";

/**
 * The reading of a string meant to hold one date (readOneDate.ts): every extractor, then the
 * refiners one date needs (refiners/dateRefiners.ts). On any string whose dates stand with nothing
 * but separators beside them, it reads what parseDates reads.
 * @example readDate("10 Av 5778", options).mentions[0]?.dayNumber // 736897
 */
export function readDate(text: string, options: PipelineOptions): RefinedText {
  return readMentions(text, options, DATE_REFINERS);
}
