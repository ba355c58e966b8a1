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
  // The choices a letter may begin, as one source ("" when none); "p" and "P" keep the same ones,
  // and share one pattern, with START before it (led) or not.
  const sources = new Map<string, string>();
  const led = new Map<string, RegExp>();
  const bare = new Map<string, RegExp>();
  const choiceAt = (text: string, at: number, patterns: Map<string, RegExp>): RegExpExecArray | null => {
    const code = text.codePointAt(at);
    const letter = code === undefined ? "" : String.fromCodePoint(code);
    let source = sources.get(letter);
    if (source === undefined) {
      const names = pieces.names.filter((_, i) => mayBegin(nameFirsts[i], letter));
      const choices = pieces.roshChodeshFirsts.some((firsts) => mayBegin(firsts, letter))
        ? [pieces.roshChodesh]
        : [];
      if (names.length > 0) choices.push(pieces.namePattern(names));
      source = choices.length === 0 ? "" : `(?:${choices.join("|")})${pieces.end}`;
      sources.set(letter, source);
    }
    if (source === "") return null;
    let pattern = patterns.get(source);
    if (pattern === undefined) {
      pattern = new RegExp(patterns === led ? START + source : source, "uy");
      patterns.set(source, pattern);
    }
    pattern.lastIndex = at;
    return pattern.exec(text);
  };
  // What follows a choice is all optional, so nothing after a name takes the name back.
  const joined = (parts: RegExpExecArray[], text: string): RegExpExecArray => {
    const [first] = parts;
    after.lastIndex = parts.at(-1)!.index + parts.at(-1)![0].length;
    const last = after.exec(text)!;
    const match = [text.slice(first!.index, last.index + last[0].length)] as unknown as RegExpExecArray;
    match.index = first!.index;
    match.input = text;
    match.groups = Object.assign({}, ...parts.map((part) => part.groups), last.groups);
    return match;
  };
  return (text, at) => {
    prefix.lastIndex = at;
    const before = prefix.exec(text);
    if (before === null) {
      const choice = choiceAt(text, at, led);
      return choice && joined([choice], text);
    }
    const choice = choiceAt(text, at + before[0].length, bare);
    if (choice !== null) return joined([before, choice], text);
    const whole = pieces.whole();
    whole.lastIndex = at;
    return whole.exec(text);
  };
}
