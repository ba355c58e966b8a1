import type { ConvertView } from "../convertView.js";
import { element, isolated } from "./element.js";

/** The convert box's answer: both calendars, the weekday and the events, or the error in words. */
export function renderConvert(target: HTMLElement, view: ConvertView): void {
  if (!view.ok) {
    const suggestions =
      view.suggestions.length > 0
        ? [element("p", {}, "Did you mean: ", isolated(view.suggestions.join(", ")), "?")]
        : [];
    target.replaceChildren(
      element(
        "p",
        { class: "convert-error", "data-code": view.code },
        element("strong", {}, "✗ Not a date: "),
        isolated(view.message),
        ` (${view.code})`,
      ),
      ...suggestions,
    );
    return;
  }
  const list = element("dl", { class: "facts" });
  for (const fact of view.facts) {
    list.append(
      element("dt", {}, fact.label),
      element("dd", { "data-fact": fact.label.toLowerCase() }, isolated(fact.value)),
    );
  }
  const notes = view.notes.map((note) => element("p", { class: "note" }, "ℹ ", isolated(note)));
  target.replaceChildren(list, ...notes);
}
