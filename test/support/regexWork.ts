// Counts the regex work a call does, for the tests that prove linear time without a clock.
//
// Every regex method (exec, test, match, replace, split, matchAll, search) reaches the engine
// through RegExp.prototype.exec, so wrapping it for the length of one call sees all of them,
// in every file, without a counter in each. A call count alone would miss a pattern re-run over
// ever longer stretches, so each call is also charged the characters it was given: from where it
// started (lastIndex for a global or sticky pattern, else 0) to the end of its match, or to the end
// of the text when a search finds nothing. A sticky pattern tries one offset: when it fails it is
// charged one character (what it reads past that is backtracking, which no count here can see).

/** Regex calls and the characters they were given. */
export interface RegexWork {
  calls: number;
  chars: number;
}

const originalExec = RegExp.prototype.exec;

/** Runs `call` with every regex call counted; the wrapper is removed afterwards, whatever happens. */
export function countRegexWork<T>(call: () => T): { value: T; regex: RegexWork } {
  const regex: RegexWork = { calls: 0, chars: 0 };
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = originalExec.call(this, text);
    regex.calls += 1;
    if (match !== null) regex.chars += Math.max(1, match.index + match[0].length - from);
    else regex.chars += this.sticky ? 1 : Math.max(1, text.length - from);
    return match;
  };
  try {
    return { value: call(), regex };
  } finally {
    RegExp.prototype.exec = originalExec;
  }
}
