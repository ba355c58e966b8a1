// Writes text in the ASCII form src/read/lexicon/asciiText.ts reads (see there for why and how):
// each run of non-ASCII characters becomes "{" + a base character + one ASCII character per
// character of the run + "}"; a "|" between two words of one alphabet stays inside the run, so a
// table's row of Cyrillic words is one run. The generators of the word tables use it.

const LOWEST = 0x20;
const WIDTH = 94;
const CLOSE = 0x7d;
const BAR = 0x7c;
/** A "|" kept inside a run. */
const KEPT_BAR = -1;

/** The base of a run whose smallest code point is `min`: a multiple of 32, written as one character. */
function baseOf(min) {
  return Math.floor(min / 32) * 32;
}

function fits(all) {
  const codes = all.filter((code) => code !== KEPT_BAR);
  const min = Math.min(...codes);
  const base = baseOf(min);
  if (base < 32 || base / 32 + LOWEST > 0x7e || base / 32 + LOWEST === CLOSE) return false;
  return codes.every(
    (code) => code - base <= WIDTH && code - base + LOWEST !== CLOSE && code - base + LOWEST !== BAR,
  );
}

function run(codes) {
  const base = baseOf(Math.min(...codes.filter((code) => code !== KEPT_BAR)));
  const body = codes.map((code) => (code === KEPT_BAR ? "|" : String.fromCharCode(code - base + LOWEST)));
  return `{${String.fromCharCode(base / 32 + LOWEST)}${body.join("")}}`;
}

/** `text` with every non-ASCII character packed into ASCII; throws on what the form cannot hold. */
export function toAscii(text) {
  let out = "";
  let pending = [];
  const flush = () => {
    // Bars after the run's last letter are written after it.
    let bars = 0;
    while (pending.at(-1) === KEPT_BAR) {
      pending.pop();
      bars++;
    }
    if (pending.length > 0) out += run(pending);
    out += "|".repeat(bars);
    pending = [];
  };
  for (const char of text) {
    const code = char.codePointAt(0);
    if (char === "{" || char === "}") throw new Error(`"${text}": braces cannot be packed`);
    if (char === "|" && pending.length > 0) {
      pending.push(KEPT_BAR);
      continue;
    }
    if (code < 0x80) {
      flush();
      out += char;
      continue;
    }
    if (!fits([code])) throw new Error(`"${text}": U+${code.toString(16)} cannot be packed`);
    if (!fits([...pending, code])) flush();
    pending.push(code);
  }
  flush();
  return out;
}
