import type { Candidate, WorkingMention } from "../mention.js";
import type { DateGroup, TraceEntry } from "../reading.js";

/** What every refiner sees and completes: the mentions, the groups made so far, and the trace. */
export interface RefineContext {
  text: string;
  /** The mentions being completed, in reading order. */
  mentions: WorkingMention[];
  /** The candidate each mention came from (same index). */
  candidates: Candidate[];
  groups: DateGroup[];
  /** For each mention, the index of the other calendar's mention it is paired with, or -1. */
  partners: Int32Array;
  referenceDayNumber: number;
  /** The text has Hebrew script: numeric dates there are written day first. */
  hebrewContext: boolean;
  /** Holiday names mean the days Israel keeps (default: the diaspora's). */
  israel: boolean;
  /** Collected only when asked for: most texts are read without anyone looking. */
  trace: TraceEntry[] | undefined;
}

/** One small step of the reading, run in a stated order (see `refiners/index.ts`). */
export interface Refiner {
  /** Its name in the trace (`year-from-partner`). */
  name: string;
  refine(context: RefineContext): void;
}

/** The mention paired with mention `index`, if any. */
export function partnerOf(context: RefineContext, index: number): WorkingMention | undefined {
  const partner = context.partners[index]!;
  return partner < 0 ? undefined : context.mentions[partner];
}

/** Records in the trace (when one is kept) that a step set a field. */
export function record(
  context: RefineContext,
  step: string,
  target: TraceEntry["target"],
  field: string,
  value: string | number,
  note?: string,
): void {
  if (!context.trace) return;
  const entry: TraceEntry = { step, target, field, value };
  if (note !== undefined) entry.note = note;
  context.trace.push(entry);
}

/** Whether a mention still needs its year (it names no problem and has no day yet). */
export function missingYear(mention: WorkingMention): boolean {
  return !mention.problem && mention.dayNumber === undefined;
}
