import type { DocumentReport } from "../check/checkDocument.js";
import { safeText } from "../safeText.js";

function days(n: number): string {
  return `${Math.abs(n)} day${Math.abs(n) === 1 ? "" : "s"}`;
}

/** The human report of one document: what was found on which line, each verdict, and why. */
export function renderDocument(source: string, report: DocumentReport): string {
  const lines = [`${source}: ${report.verdict}`];
  for (const pair of report.pairs) {
    const weekday =
      pair.weekday.verdict === "ok"
        ? `, ${pair.weekday.stated} ok`
        : pair.weekday.verdict === "mismatch"
          ? `, weekday wrong (${pair.weekday.actual}, not ${pair.weekday.stated})`
          : "";
    const offset =
      pair.verdict === "mismatch" ? ` by ${pair.offsetDays! > 0 ? "+" : ""}${pair.offsetDays} day(s)` : "";
    lines.push(
      `  line ${pair.gregorian.line}: pair "${pair.gregorian.text}" + "${pair.hebrew.text}": ${pair.verdict}${offset}${weekday}`,
    );
    lines.push(`    ${pair.explanation}`);
    for (const inference of pair.inferred)
      lines.push(`    inferred ${inference.field} ${inference.value}: ${inference.note}`);
  }
  for (const t of report.timestamps) {
    const distance =
      t.daysFromMasthead === undefined
        ? ""
        : t.daysFromMasthead === 0
          ? ", the masthead's day"
          : `, ${days(t.daysFromMasthead)} ${t.daysFromMasthead < 0 ? "before" : "after"} the masthead`;
    const sunset = t.afterSunset ? " (after sunset)" : "";
    lines.push(
      `  line ${t.line}: timestamp "${t.text}": ${t.gregorian.iso} ${t.time} = ${t.hebrew.text}${sunset}${distance}`,
    );
  }
  for (const d of report.dates)
    lines.push(`  line ${d.line}: date "${d.text}"${d.iso ? `: ${d.iso} = ${d.hebrew}` : ""}`);
  for (const p of report.problems) lines.push(`  line ${p.line}: problem "${p.text}": ${p.message}`);
  // Pair explanations are already printed above; list the other reasons once.
  const explained = new Set(report.pairs.map((pair) => `line ${pair.gregorian.line}: ${pair.explanation}`));
  for (const reason of report.reasons) if (!explained.has(reason)) lines.push(`  why: ${reason}`);
  // Texts and file names come from the input: each line is shown safe (one line, no control).
  return `${lines.map(safeText).join("\n")}\n`;
}
