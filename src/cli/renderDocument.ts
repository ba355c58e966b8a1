import type { DocumentReport } from "../check/checkDocument.js";
import type { PairReport } from "../check/types.js";
import { safeText } from "../safeText.js";

function days(n: number): string {
  return `${Math.abs(n)} day${Math.abs(n) === 1 ? "" : "s"}`;
}

/** What was found, with where it stands in the text (a lone date has only its line). */
interface Entry {
  line: number;
  start: number;
  lines: string[];
}

function pairEntry(pair: PairReport): Entry {
  const weekday =
    pair.weekday.verdict === "ok"
      ? `, ${pair.weekday.stated} ok`
      : pair.weekday.verdict === "mismatch"
        ? `, weekday wrong (${pair.weekday.actual}, not ${pair.weekday.stated})`
        : "";
  const offset =
    pair.verdict === "mismatch" ? ` by ${pair.offsetDays! > 0 ? "+" : ""}${pair.offsetDays} day(s)` : "";
  const lines = [
    `  line ${pair.gregorian.line}: pair "${pair.gregorian.text}" + "${pair.hebrew.text}": ${pair.verdict}${offset}${weekday}`,
    `    ${pair.explanation}`,
  ];
  for (const inference of pair.inferred)
    lines.push(`    inferred ${inference.field} ${inference.value}: ${inference.note}`);
  // A pair stands where its first date does (a letter may give the Hebrew date first).
  const first = pair.hebrew.start < pair.gregorian.start ? pair.hebrew : pair.gregorian;
  return { line: first.line, start: first.start, lines };
}

/** The human report of one document: what was found, in the order of the text, each verdict, and why. */
export function renderDocument(source: string, report: DocumentReport): string {
  const entries: Entry[] = report.pairs.map(pairEntry);
  for (const t of report.timestamps) {
    const distance =
      t.daysFromMasthead === undefined
        ? ""
        : t.daysFromMasthead === 0
          ? ", the masthead's day"
          : `, ${days(t.daysFromMasthead)} ${t.daysFromMasthead < 0 ? "before" : "after"} the masthead`;
    const sunset = t.afterSunset ? " (after sunset)" : "";
    entries.push({
      line: t.line,
      start: t.start,
      lines: [
        `  line ${t.line}: timestamp "${t.text}": ${t.gregorian.iso} ${t.time} = ${t.hebrew.text}${sunset}${distance}`,
      ],
    });
  }
  for (const d of report.dates)
    entries.push({
      line: d.line,
      // Lone dates carry no offset: on a shared line they come after what does.
      start: Number.POSITIVE_INFINITY,
      lines: [`  line ${d.line}: date "${d.text}"${d.iso ? `: ${d.iso} = ${d.hebrew}` : ""}`],
    });
  for (const p of report.problems)
    entries.push({
      line: p.line,
      start: p.start,
      lines: [`  line ${p.line}: problem "${p.text}": ${p.message}`],
    });
  // In the order of the text, not grouped by kind (sort is stable: ties keep the order above).
  // (Two lone dates on a line differ by Infinity − Infinity, NaN: taken as a tie.)
  entries.sort((a, b) => a.line - b.line || a.start - b.start || 0);
  const lines = [`${source}: ${report.verdict}`, ...entries.flatMap((entry) => entry.lines)];
  // Pair explanations are already printed above; list the other reasons once.
  const explained = new Set(report.pairs.map((pair) => `line ${pair.gregorian.line}: ${pair.explanation}`));
  for (const reason of report.reasons) if (!explained.has(reason)) lines.push(`  why: ${reason}`);
  // Texts and file names come from the input: each line is shown safe (one line, no control).
  return `${lines.map(safeText).join("\n")}\n`;
}
