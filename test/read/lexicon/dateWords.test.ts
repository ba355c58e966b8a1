import { describe, expect, it } from "vitest";
import {
  AFTER_OCCURRENCE_VERB,
  BEGIN_VERBS,
  EVENING_WORDS,
  OCCURRENCE_VERBS,
} from "../../../src/read/lexicon/dateWords.js";
import { clauseGap } from "../../../src/read/refiners/clauseJoin.js";
import { saysBegins } from "../../../src/read/refiners/holidayBegins.js";
import { isEveningPhrase } from "../../../src/read/refiners/joins.js";

// The rows of the phrase tables read back through the readers built from them.

describe("the verbs of occurrence, in every language read", () => {
  it.each(OCCURRENCE_VERBS)("a named day's clause that ends in %j joins its date", (verb) => {
    expect(clauseGap(` ${verb} `)?.kind).toBe("connector");
  });

  it.each(AFTER_OCCURRENCE_VERB)("%j may stand between the verb and the date", (word) => {
    expect(clauseGap(` falls ${word} `)?.kind).toBe("connector");
  });

  it("no verb, no join; a sentence between them, no join", () => {
    expect(clauseGap(" el ")).toBeUndefined();
    expect(clauseGap(". Die Schule beginnt am ")).toBeUndefined();
  });
});

describe("the words of beginning", () => {
  it.each(BEGIN_VERBS)("%j makes a holiday's clause one of beginning", (verb) => {
    expect(saysBegins({ kind: "connector", text: ` ${verb} `, phrase: verb })).toBe(true);
  });
});

describe("the evening words, in every language read", () => {
  it.each(EVENING_WORDS)("%j makes a clause an evening", (word) => {
    expect(isEveningPhrase(`commence ${word} du`)).toBe(true);
  });

  it.each(["sera le", "este año", "begins on", "начнется в"])("%j is no evening", (phrase) => {
    expect(isEveningPhrase(phrase)).toBe(false);
  });
});
