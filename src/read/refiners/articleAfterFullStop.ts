import { joinGap } from "./joins.js";
import type { KeepApart } from "./pairs.js";

// "… Chanukah begins this year at nightfall of Friday December 11. The Chanukah candles are lit …"
// (chabad.gr): the gap from the date to the next sentence's holiday is ". The ", a full stop and the
// article that opens that sentence's subject, which reads as the connector "the"; that holiday then
// took the date from the one whose sentence names it. An article after a full stop joins nothing.

/** A full stop (and a closing quote or bracket) that ends the first date's sentence, and the capital that opens the next. */
const SENTENCE_THEN_CAPITAL = /^[.!?\u2026]["'\u201d\u2019)\]]*[ \t\u00a0]+(?=\p{Lu})/u;
/** Connector phrases that are only the opening article of a sentence's subject. */
const ARTICLES = new Set(["the"]);

/** Keeps apart a date and the name after it that only the next sentence's opening article joins. */
export const keepSentencesApart: KeepApart = (context, _units, a, b) => {
  const gap = context.text.slice(a.end, b.start);
  if (!SENTENCE_THEN_CAPITAL.test(gap)) return false;
  const join = joinGap(gap);
  return join?.kind === "connector" && join.phrase !== undefined && ARTICLES.has(join.phrase);
};
