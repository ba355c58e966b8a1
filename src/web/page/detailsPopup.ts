import type { Fact } from "../dayFacts.js";
import { element, isolated } from "./element.js";

/**
 * The one details box the page has, shown beside a date when it is hovered or focused (so that a
 * keyboard reaches what a mouse does) and hidden on Escape, blur or leaving it.
 */
export function detailsPopup(box: HTMLElement) {
  let owner: HTMLElement | undefined;
  const hide = () => {
    box.hidden = true;
    owner?.removeAttribute("aria-describedby");
    owner = undefined;
  };
  const show = (anchor: HTMLElement, title: string, facts: Fact[]) => {
    owner?.removeAttribute("aria-describedby");
    owner = anchor;
    const list = element("dl");
    for (const fact of facts)
      list.append(element("dt", {}, fact.label), element("dd", {}, isolated(fact.value)));
    box.replaceChildren(element("p", { class: "details-title" }, isolated(title)), list);
    box.hidden = false;
    anchor.setAttribute("aria-describedby", box.id);
    // Below the date, kept inside the window at phone width.
    const rect = anchor.getBoundingClientRect();
    const width = Math.min(box.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${rect.bottom + window.scrollY + 6}px`;
  };
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
  return { show, hide, isShownFor: (anchor: HTMLElement) => owner === anchor };
}
