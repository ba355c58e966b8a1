import {
  type Calendar,
  checkDocument,
  type DocumentReport,
  type Finding,
  type PairReport,
  parseDates,
} from "../index.js";
import { type Fact, mentionFacts } from "./dayFacts.js";
import { distanceWords } from "./distanceWords.js";
import { findingWords } from "./findingWords.js";
import { pairVerdictWords, type VerdictWords } from "./verdictWords.js";

/** Options of the page's reading (the library's own, passed through). */
export interface PageOptions {
  israel?: boolean;
  /** The day missing years are inferred near (default: today). */
  reference?: Date | string;
}

/** One date found in the text, as the page highlights it. */
export interface PageMark {
  start: number;
  end: number;
  text: string;
  calendar: Calendar;
  role: "pair" | "timestamp" | "date" | "problem";
  /** Index into the report's `pairs`, for a date that is one side of a pair. */
  pair?: number;
  tone: VerdictWords["tone"];
  /** What a screen reader announces for the mark ("Hebrew date of pair 1: match"). */
  label: string;
  facts: Fact[];
}

/** A pair's verdict, shown after the later of its two dates. */
export interface PairBadge {
  pair: number;
  /** The offset in the text it stands after. */
  at: number;
  words: VerdictWords;
}

/** Everything the page shows for one text. */
export interface PageView {
  report: DocumentReport;
  marks: PageMark[];
  badges: PairBadge[];
}

function overlaps(finding: Finding, start: number, end: number): boolean {
  return finding.span.start < end && start < finding.span.end;
}

function pairFacts(pair: PairReport, index: number): Fact[] {
  const facts: Fact[] = [
    { label: `Pair ${index + 1}`, value: `${pairVerdictWords(pair).words}. ${pair.explanation}` },
  ];
  for (const hint of pair.hints) facts.push({ label: "Hint", value: hint.message });
  return facts;
}

/**
 * Reads a text as the page shows it: the library's reading (every date, with what was inferred)
 * and its check (pairs, timestamps, findings), joined by where each date stands.
 * @example readPage("Sunday, July 22nd | 10 Av 5778").badges[0]!.words.words // "match"
 */
export function readPage(text: string, options: PageOptions = {}): PageView {
  // One reference for both readings, so that they infer the same years.
  const shared = { israel: options.israel === true, reference: options.reference ?? new Date() };
  const report = checkDocument(text, shared);
  const { mentions } = parseDates(text, shared);
  const pairAt = new Map<number, number>();
  report.pairs.forEach((pair, index) => {
    pairAt.set(pair.gregorian.start, index);
    pairAt.set(pair.hebrew.start, index);
  });
  const timestampAt = new Map(report.timestamps.map((timestamp) => [timestamp.start, timestamp]));

  const marks = mentions.map((mention): PageMark => {
    const findings = report.findings.filter((f) => overlaps(f, mention.start, mention.end));
    const facts = mentionFacts(mention, shared);
    const side = mention.calendar === "hebrew" ? "Hebrew date" : "Gregorian date";
    const pair = pairAt.get(mention.start);
    const timestamp = timestampAt.get(mention.start);
    let role: PageMark["role"] = mention.problem ? "problem" : "date";
    let tone: PageMark["tone"] = mention.problem ? "wrong" : "neutral";
    let label = mention.problem ? `${side} that names no real day` : side;
    if (pair !== undefined) {
      const words = pairVerdictWords(report.pairs[pair]!);
      role = "pair";
      tone = words.tone;
      label = `${side} of pair ${pair + 1}: ${words.words}`;
      facts.push(...pairFacts(report.pairs[pair]!, pair));
    } else if (timestamp) {
      role = "timestamp";
      const when = distanceWords(timestamp.daysFromMasthead);
      facts.push({ label: "Timestamp", value: `${timestamp.time} on ${timestamp.gregorian.iso}, ${when}` });
      label = `Timestamp, ${when}`;
    }
    const error = findings.find((f) => f.severity === "error");
    // A pair's words already name what is wrong with it; any other date says it in its label.
    if (error && role !== "pair") label = `${label}: ${findingWords(error.code)}`;
    if (error) tone = "wrong";
    for (const f of findings) facts.push({ label: findingWords(f.code), value: f.message });
    const mark: PageMark = {
      start: mention.start,
      end: mention.end,
      text: mention.text,
      calendar: mention.calendar,
      role,
      tone,
      label,
      facts,
    };
    if (pair !== undefined) mark.pair = pair;
    return mark;
  });
  const badges = report.pairs.map((pair, index) => ({
    pair: index,
    at: Math.max(pair.gregorian.end, pair.hebrew.end),
    words: pairVerdictWords(pair),
  }));
  return { report, marks, badges };
}
