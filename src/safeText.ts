// Text from the user (a date string, a file name, an option value) is shown inside messages. Written
// raw, a newline splits a one-line error in two, an escape sequence recolours or moves the terminal's
// cursor, and a bidirectional control makes what is shown read in another order than what was typed.
// Such characters are shown as escapes instead: C0 controls and DEL, C1 controls, the line and
// paragraph separators, and the bidi marks, embeddings, overrides and isolates.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(character: string): string {
  return SHORT[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Text with every character that could break a line or change the terminal written as an escape.
 * @example safeText("hello\nworld\u001b[31m") // "hello\\nworld\\u001b[31m"
 */
export function safeText(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}
