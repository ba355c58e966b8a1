import { START } from "./patterns.js";

// The holiday names' pattern in English letters is 19 KB of source, and V8 compiles a pattern
// on its first use, to bytecode and again to machine code: ≈ 75 ms of each process's and each
// worker thread's first pages went to that one pattern. It is tried one offset at a time, and
// the letter there rules out most names, so it is tried as smaller patterns: the words that may
// come before a name, then only the names that may begin with the letter found after them. Each
// small pattern is compiled when a page first needs it; the answer is the whole pattern's.

/** A sticky pattern tried at one offset: what `exec` with `lastIndex = at` would give. */
export type StickyMatch = (text: string, at: number) => RegExpExecArray | null;

/** The pattern `START (?:prefix)? (?:roshChodesh | (?<name>names…)) end after`, in its pieces. */
export interface LatinPieces {
  /** The whole pattern (sticky), tried when the first reading of a prefix leads to no name. */
  whole: () => RegExp;
  /** What may stand before a name, one optional group's inside. */
  prefix: string;
  /** Rosh Chodesh and its month, the first choice after the prefix. */
  roshChodesh: string;
  /** What each of Rosh Chodesh's spellings may begin with (undefined: anything). */
  roshChodeshFirsts: ReadonlyArray<readonly string[] | undefined>;
  /** The names' spellings in the order the pattern tries them. */
  names: readonly string[];
  /** The named group of some of the names, in the given order. */
  namePattern: (spellings: readonly string[]) => string;
  /** What a spelling may begin with (undefined: anything). */
  nameFirsts: (spelling: string) => readonly string[] | undefined;
  /** What ends a choice: the end of a word. */
  end: string;
  /** What may follow: optional parts only, so it always matches, and is tried once for every name. */
  after: string;
}

/**
 * The whole pattern's match at `at`, found through small patterns. With the prefix's optional
 * group skipped, the match is the first choice that matches at `at`, and choices that cannot begin
 * with the letter there change nothing. With a prefix, its first reading is the one the whole
 * pattern tries first; when no choice matches after it, the whole pattern answers (it would go on
 * to the prefix's other readings, then to none).
 * @example latinMatch(pieces)("Erev Pesach 5787", 0)?.groups?.name // "Pesach"
 */
export function latinMatch(pieces: LatinPieces): StickyMatch {
  const prefix = new RegExp(`${START}(?:${pieces.prefix})`, "uy");
  const after = new RegExp(pieces.after, "uy");
  const nameFirsts = pieces.names.map(pieces.nameFirsts);
  const mayBegin = (firsts: readonly string[] | undefined, letter: string): boolean =>
    firsts === undefined || firsts.includes(letter);
  // The choices a letter may begin, by the choices kept ("p" and "P" keep the same ones, and
  // share one pattern); null when it begins none.
  const kept = new Map<string, Choices>();
  const byLetter = new Map<string, Choices | null>();
  const choicesFor = (letter: string): Choices | null => {
    const known = byLetter.get(letter);
    if (known !== undefined) return known;
    const roshChodesh = pieces.roshChodeshFirsts.some((firsts) => mayBegin(firsts, letter));
    const names = pieces.names.filter((_, i) => mayBegin(nameFirsts[i], letter));
    const key = `${roshChodesh}|${names.join("|")}`;
    let choices = kept.get(key) ?? null;
    if (choices === null && (roshChodesh || names.length > 0)) {
      const sources = [
        ...(roshChodesh ? [pieces.roshChodesh] : []),
        ...(names.length > 0 ? [pieces.namePattern(names)] : []),
      ];
      choices = new Choices(`(?:${sources.join("|")})${pieces.end}`);
      kept.set(key, choices);
    }
    byLetter.set(letter, choices);
    return choices;
  };
  /** The choices' match at `at`, by the letter there, with START before them (led) or not. */
  const choicesAt = (text: string, at: number, led: boolean): RegExpExecArray | null => {
    const code = text.codePointAt(at);
    const choices = choicesFor(code === undefined ? "" : String.fromCodePoint(code));
    if (choices === null) return null;
    const pattern = led ? choices.led() : choices.bare();
    pattern.lastIndex = at;
    return pattern.exec(text);
  };
  /** The parts after a choice: they are all optional, so nothing after a name takes it back. */
  const afterChoice = (parts: RegExpExecArray[], text: string): RegExpExecArray => {
    const last = parts.at(-1)!;
    after.lastIndex = last.index + last[0].length;
    return joined([...parts, after.exec(text)!], text);
  };
  return (text, at) => {
    prefix.lastIndex = at;
    const before = prefix.exec(text);
    if (before === null) {
      const choice = choicesAt(text, at, true);
      return choice === null ? null : afterChoice([choice], text);
    }
    const choice = choicesAt(text, at + before[0].length, false);
    if (choice !== null) return afterChoice([before, choice], text);
    const whole = pieces.whole();
    whole.lastIndex = at;
    return whole.exec(text);
  };
}

/** Some of the choices and what follows them, compiled on first use, with START before them or not. */
class Choices {
  #led: RegExp | undefined;
  #bare: RegExp | undefined;
  constructor(readonly source: string) {}
  led(): RegExp {
    this.#led ??= new RegExp(`${START}${this.source}`, "uy");
    return this.#led;
  }
  bare(): RegExp {
    this.#bare ??= new RegExp(this.source, "uy");
    return this.#bare;
  }
}

/** Matches one after another (a prefix, a choice, what follows), as the whole pattern's one match. */
function joined(parts: readonly RegExpExecArray[], text: string): RegExpExecArray {
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const match = [text.slice(first.index, last.index + last[0].length)] as unknown as RegExpExecArray;
  match.index = first.index;
  match.input = text;
  match.groups = Object.assign({}, ...parts.map((part) => part.groups));
  return match;
}
