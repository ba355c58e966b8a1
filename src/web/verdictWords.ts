import type { DocumentVerdict, PairReport, PairVerdict } from "../index.js";

// A verdict is never shown by colour alone: each has an icon and words, so it reads the same in
// grey scale, to a colour-blind reader and through a screen reader.

/** How the page shows a verdict: an icon, a word or two, and whether it is good news. */
export interface VerdictWords {
  icon: string;
  words: string;
  /** The words shortened to fit beside a date (the full words are in its label and details). */
  short?: string;
  tone: "ok" | "wrong" | "neutral";
}

const DOCUMENT: Record<DocumentVerdict, VerdictWords & { sentence: string }> = {
  consistent: {
    icon: "✓",
    words: "consistent",
    tone: "ok",
    sentence: "The dates that could be checked against each other agree.",
  },
  inconsistent: {
    icon: "✗",
    words: "inconsistent",
    tone: "wrong",
    sentence: "Some dates on this page contradict each other or name no real day.",
  },
  unchecked: {
    icon: "?",
    words: "unchecked",
    tone: "neutral",
    sentence: "Dates were found, but none stands beside another it could be checked against.",
  },
  "no-dates": { icon: "–", words: "no dates", tone: "neutral", sentence: "No date was found in the text." },
};

/**
 * The words for a document's verdict.
 * @example documentVerdictWords("consistent").words // "consistent"
 */
export function documentVerdictWords(verdict: DocumentVerdict): VerdictWords & { sentence: string } {
  return DOCUMENT[verdict];
}

const PAIR: Record<PairVerdict, VerdictWords> = {
  match: { icon: "✓", words: "match", tone: "ok" },
  "match-after-sunset": { icon: "☾", words: "match after sunset", tone: "ok" },
  "match-julian": { icon: "✓", words: "match (Julian date)", tone: "ok" },
  mismatch: { icon: "✗", words: "mismatch", tone: "wrong" },
  invalid: { icon: "✗", words: "no real day", tone: "wrong" },
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * The words shown beside a pair: its verdict, a mismatch's offset and first hint, a wrong weekday.
 * @example pairVerdictWords(checkDocument("Sunday, July 22nd | 10 Av 5778").pairs[0]).words // "match"
 */
export function pairVerdictWords(pair: PairReport): VerdictWords {
  const base = PAIR[pair.verdict];
  let words = base.words;
  let short = base.words;
  if (pair.verdict === "mismatch") {
    const days = plural(Math.abs(pair.offsetDays), "day");
    words += `: the Hebrew date is ${days} ${pair.offsetDays > 0 ? "later" : "earlier"}`;
    short += `, ${pair.offsetDays > 0 ? "+" : "−"}${days}`;
    if (pair.hints[0]) words += ` (${pair.hints[0].message})`;
  }
  const wrongDay = pair.weekdays.find((weekday) => weekday.verdict === "mismatch");
  if (!wrongDay) return { ...base, words, short };
  words += `, but the weekday is wrong: written ${wrongDay.stated}, the day is a ${wrongDay.actual}`;
  return { icon: "✗", words, short: `${short}, wrong weekday`, tone: "wrong" };
}
