import type { DocumentReport } from "../check/checkDocument.js";
import type { PairReport } from "../check/types.js";
import type { TraceEntry } from "../read/index.js";
import { safeText } from "../safeText.js";

function days(n: number): string {
  return `${Math.abs(n)} day${Math.abs(n) === 1 ? "" : "s"}`;
}

function pairLines(pair: PairReport): string[] {
  const weekday =
    pair.weekday.verdict === "ok"
      ? `, ${pair.weekday.stated} ok`
      : pair.weekday.verdict === "mismatch"
        ? `, weekday wrong (${pair.weekday.actual}, not ${pair.weekday.stated})`
        : "";
  const offset =
    pair.verdict === "mismatch" ? ` by ${pair.offsetDays > 0 ? "+" : ""}${pair.offsetDays} day(s)` : "";
  const evening = pair.evening ? ` (evening: "${pair.evening.text}")` : "";
  const line = Math.min(pair.gregorian.line, pair.hebrew.line);
  const [first, second] =
    pair.gregorian.start < pair.hebrew.start ? [pair.gregorian, pair.hebrew] : [pair.hebrew, pair.gregorian];
  const lines = [
    `  line ${line}: pair "${first.text}" + "${second.text}": ${pair.verdict}${offset}${weekday}${evening}`,
    `    ${pair.explanation}`,
  ];
  for (const inference of pair.inferred)
    lines.push(`    inferred ${inference.field} ${inference.value}: ${inference.note}`);
  return lines;
}

function traceLine(entry: TraceEntry): string {
  const target =
    "group" in entry.target ? `group ${entry.target.group + 1}` : `mention ${entry.target.mention + 1}`;
  const note = entry.note ? ` (${entry.note})` : "";
  return `    ${entry.step}: ${target} ${entry.field} = ${entry.value}${note}`;
}

/** The human report of one document: what was found, in line order, each verdict, and why. */
export function renderDocument(source: string, report: DocumentReport): string {
  const entries: Array<{ at: number; lines: string[] }> = [];
  for (const pair of report.pairs)
    entries.push({ at: Math.min(pair.gregorian.start, pair.hebrew.start), lines: pairLines(pair) });
  for (const t of report.timestamps) {
    const distance =
      t.daysFromMasthead === undefined
        ? ""
        : t.daysFromMasthead === 0
          ? ", the masthead's day"
          : `, ${days(t.daysFromMasthead)} ${t.daysFromMasthead < 0 ? "before" : "after"} the masthead`;
    const sunset = t.afterSunset ? " (after sunset)" : "";
    entries.push({
      at: t.start,
      lines: [
        `  line ${t.line}: timestamp "${t.text}": ${t.gregorian.iso} ${t.time} = ${t.hebrew.text}${sunset}${distance}`,
      ],
    });
  }
  for (const range of report.ranges) {
    const show = (end: DocumentReport["ranges"][number]["from"]): string =>
      end.iso ? `${end.iso} (${end.hebrew})` : `"${end.text}"`;
    entries.push({
      at: range.from.start,
      lines: [
        `  line ${range.from.line}: range "${range.from.text}" – "${range.to.text}": ${show(range.from)} to ${show(range.to)}`,
      ],
    });
  }
  for (const y of report.years)
    entries.push({
      at: y.start,
      lines: [
        `  line ${y.line}: years "${y.text}": ${y.hebrewYear} and ${y.gregorianYear} ${y.verdict === "match" ? "overlap" : "do not overlap"}`,
      ],
    });
  for (const d of report.dates)
    entries.push({
      at: d.start,
      lines: [`  line ${d.line}: date "${d.text}"${d.iso ? `: ${d.iso} = ${d.hebrew}` : ""}`],
    });
  for (const p of report.problems)
    entries.push({ at: p.start, lines: [`  line ${p.line}: problem "${p.text}": ${p.message}`] });
  // Pair mismatches are explained with their pair; list the other errors once.
  for (const f of report.findings)
    if (f.severity === "error" && f.code !== "pair-mismatch" && f.code !== "invalid-date")
      entries.push({ at: f.span.start, lines: [`  line ${f.line}: ${f.code}: ${f.message}`] });
  entries.sort((a, b) => a.at - b.at);
  const lines = [`${source}: ${report.verdict}`];
  for (const entry of entries) lines.push(...entry.lines);
  if (report.trace && report.trace.length > 0) {
    lines.push("  how it was read:");
    for (const entry of report.trace) lines.push(traceLine(entry));
  }
  // Texts and file names come from the input: each line is shown safe (one line, no control).
  return `${lines.map(safeText).join("\n")}\n`;
}
