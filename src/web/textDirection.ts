// The first strong letter decides, as the Unicode bidi algorithm's paragraph rule (and a text area
// with dir="auto") does. Computed here rather than left to dir="auto" on the rendered line: that
// skips the text inside <bdi>, and the dates, which are isolated in <bdi>, are often all a line has.
const FIRST_STRONG =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]|\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The direction a line of text is laid out in: right to left when its first letter is of a
 * right-to-left script, else left to right.
 * @example textDirection("יום ו׳, כ״ה בכסלו תשפ״ד | Friday") // "rtl"
 */
export function textDirection(text: string): "rtl" | "ltr" {
  const first = FIRST_STRONG.exec(text);
  return first !== null && RIGHT_TO_LEFT.test(first[0]) ? "rtl" : "ltr";
}
