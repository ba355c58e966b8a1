import type { PageView } from "./readPage.js";

/** A piece of one line of the text: plain text, a highlighted date, or a pair's verdict. */
export type Segment =
  | { kind: "text"; text: string }
  | { kind: "mark"; text: string; mark: number }
  | { kind: "badge"; badge: number };

/**
 * The text cut into lines of segments, each date a mark and each pair's verdict after its later
 * date, for a copy of the text rendered beside the text area. A date written across a line break
 * is cut at the break (a line is a block of its own on the page); both pieces point at one mark.
 * @example lineSegments("a 10 Av 5778", readPage("a 10 Av 5778"))[0]![1] // {kind: "mark", text: "10 Av 5778", mark: 0}
 */
export function lineSegments(text: string, view: Pick<PageView, "marks" | "badges">): Segment[][] {
  const lines: Segment[][] = [[]];
  const push = (segment: Segment) => lines[lines.length - 1]!.push(segment);
  const pushText = (piece: string, mark?: number) => {
    piece.split("\n").forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part === "") return;
      push(mark === undefined ? { kind: "text", text: part } : { kind: "mark", text: part, mark });
    });
  };
  // Marks come in reading order and never overlap; badges stand at the end of a mark.
  const badgesAt = new Map<number, number[]>();
  view.badges.forEach((badge, index) => {
    badgesAt.set(badge.at, [...(badgesAt.get(badge.at) ?? []), index]);
  });
  let offset = 0;
  view.marks.forEach((mark, index) => {
    if (mark.start < offset) return;
    pushText(text.slice(offset, mark.start));
    pushText(text.slice(mark.start, mark.end), index);
    for (const badge of badgesAt.get(mark.end) ?? []) push({ kind: "badge", badge });
    offset = mark.end;
  });
  pushText(text.slice(offset));
  return lines;
}
