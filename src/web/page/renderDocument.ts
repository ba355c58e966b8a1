import { distanceWords } from "../distanceWords.js";
import { findingWords } from "../findingWords.js";
import { lineSegments } from "../lineSegments.js";
import type { PageView } from "../readPage.js";
import { textDirection } from "../textDirection.js";
import { documentVerdictWords } from "../verdictWords.js";
import type { detailsPopup } from "./detailsPopup.js";
import { element, isolated } from "./element.js";

type Popup = ReturnType<typeof detailsPopup>;

const MARK_ICONS = { ok: "✓", wrong: "✗", neutral: "•" } as const;

/** The document's verdict on top: icon and word, its reasons in words, its pairs and timestamps. */
export function renderVerdict(target: HTMLElement, view: PageView): void {
  const { report } = view;
  const words = documentVerdictWords(report.verdict);
  const summary = element(
    "p",
    { class: "verdict-line" },
    element("span", { class: "icon", "aria-hidden": "true" }, words.icon),
    " Page: ",
    element("strong", { "data-verdict": report.verdict }, words.words),
    ` — ${words.sentence} `,
    `(${report.checked} ${report.checked === 1 ? "check" : "checks"})`,
  );
  const items: HTMLElement[] = [];
  for (const found of report.findings) {
    items.push(
      element(
        "li",
        { class: `reason severity-${found.severity}`, "data-code": found.code },
        element("strong", {}, `${found.severity === "error" ? "✗" : "ℹ"} ${findingWords(found.code)}`),
        ` (line ${found.line}): `,
        isolated(found.message),
      ),
    );
  }
  report.pairs.forEach((pair, index) => {
    const badge = view.badges[index]!.words;
    items.push(
      element(
        "li",
        { class: "pair-summary" },
        `Pair ${index + 1}: `,
        element("q", {}, isolated(pair.gregorian.text)),
        " + ",
        element("q", {}, isolated(pair.hebrew.text)),
        ` — ${badge.icon} ${badge.words}`,
      ),
    );
  });
  for (const timestamp of report.timestamps) {
    items.push(
      element(
        "li",
        { class: "timestamp-summary" },
        "Timestamp: ",
        element("q", {}, isolated(timestamp.text)),
        ` — ${timestamp.gregorian.iso} ${timestamp.time} = `,
        isolated(timestamp.hebrew.text),
        `, ${distanceWords(timestamp.daysFromMasthead)}`,
      ),
    );
  }
  target.className = `verdict tone-${words.tone}`;
  target.replaceChildren(summary, ...(items.length > 0 ? [element("ul", {}, ...items)] : []));
}

/** The text again, each date a focusable mark, each pair's verdict after it, pairs linked. */
export function renderMarked(target: HTMLElement, text: string, view: PageView, popup: Popup): void {
  const marksOf = new Map<number, HTMLElement[]>();
  const partners = (index: number) => {
    const pair = view.marks[index]!.pair;
    return pair === undefined
      ? []
      : view.marks.flatMap((mark, other) =>
          mark.pair === pair && other !== index ? (marksOf.get(other) ?? []) : [],
        );
  };
  const lines = lineSegments(text, view).map((segments) => {
    const raw = segments.map((segment) => (segment.kind === "badge" ? "" : segment.text)).join("");
    const line = element("div", { class: "line", dir: textDirection(raw) });
    for (const segment of segments) {
      if (segment.kind === "text") line.append(segment.text);
      else if (segment.kind === "badge") {
        const words = view.badges[segment.badge]!.words;
        line.append(
          " ",
          element(
            "span",
            { class: `badge tone-${words.tone}`, id: `pair-badge-${segment.badge + 1}` },
            element("span", { "aria-hidden": "true" }, `${words.icon} `),
            words.short ?? words.words,
          ),
        );
      } else {
        const mark = view.marks[segment.mark]!;
        const node = element(
          "mark",
          {
            class: `date tone-${mark.tone} role-${mark.role}`,
            tabindex: "0",
            "data-mark": String(segment.mark),
            "data-pair": mark.pair === undefined ? undefined : String(mark.pair + 1),
            "aria-label": `${segment.text}, ${mark.label}`,
          },
          element("span", { class: "mark-icon", "aria-hidden": "true" }, MARK_ICONS[mark.tone]),
          isolated(segment.text),
          mark.pair === undefined ? "" : element("sup", { "aria-hidden": "true" }, String(mark.pair + 1)),
        );
        marksOf.set(segment.mark, [...(marksOf.get(segment.mark) ?? []), node]);
        const enter = () => {
          for (const partner of partners(segment.mark)) partner.classList.add("linked");
          popup.show(node, `${mark.text} — ${mark.label}`, mark.facts);
        };
        const leave = () => {
          for (const partner of partners(segment.mark)) partner.classList.remove("linked");
          if (popup.isShownFor(node) && document.activeElement !== node) popup.hide();
        };
        node.addEventListener("mouseenter", enter);
        node.addEventListener("focus", enter);
        node.addEventListener("mouseleave", leave);
        node.addEventListener("blur", () => {
          for (const partner of partners(segment.mark)) partner.classList.remove("linked");
          if (popup.isShownFor(node)) popup.hide();
        });
        line.append(node);
      }
    }
    if (segments.length === 0) line.append(element("br"));
    return line;
  });
  target.replaceChildren(...lines);
}
