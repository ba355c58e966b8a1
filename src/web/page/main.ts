// The page: wires the text area and the convert box to the library. Everything that decides
// anything about a date is the library's (through the pure functions of src/web/); this file only
// listens and renders.
import { convertView } from "../convertView.js";
import { debounce } from "../debounce.js";
import { readPage } from "../readPage.js";
import { detailsPopup } from "./detailsPopup.js";
import { renderConvert } from "./renderConvert.js";
import { renderMarked, renderVerdict } from "./renderDocument.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const text = byId<HTMLTextAreaElement>("page-text");
const file = byId<HTMLInputElement>("page-file");
const israel = byId<HTMLInputElement>("page-israel");
const verdict = byId<HTMLElement>("verdict");
const marked = byId<HTMLElement>("marked");
const popup = detailsPopup(byId<HTMLElement>("details"));

function checkNow(): void {
  popup.hide();
  const view = readPage(text.value, { israel: israel.checked });
  renderVerdict(verdict, view);
  renderMarked(marked, text.value, view, popup);
  document.body.dataset.checked = String(Number(document.body.dataset.checked ?? "0") + 1);
  // Which text was checked, by its length: a check that ran while a user was still typing is not
  // the check of what the box now holds.
  document.body.dataset.checkedLength = String(text.value.length);
}
const checkSoon = debounce(checkNow, 150);
text.addEventListener("input", checkSoon);
israel.addEventListener("change", checkNow);

// A dropped or opened file: plain text as it is, an HTML page as the text a reader sees of it.
async function load(source: File): Promise<void> {
  const content = await source.text();
  const isHtml = /\.html?$/i.test(source.name) || source.type === "text/html";
  text.value = isHtml ? htmlToText(content) : content;
  checkNow();
}

function htmlToText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  for (const hidden of parsed.querySelectorAll("script, style, noscript, template")) hidden.remove();
  // Block elements end lines, as a browser lays them out, so that a masthead stays one line.
  for (const block of parsed.querySelectorAll("p, div, br, li, h1, h2, h3, h4, h5, h6, tr, header, footer")) {
    block.after("\n");
  }
  return (parsed.body?.textContent ?? "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

file.addEventListener("change", () => {
  const chosen = file.files?.[0];
  if (chosen) void load(chosen);
});
text.addEventListener("dragover", (event) => event.preventDefault());
text.addEventListener("drop", (event) => {
  const dropped = event.dataTransfer?.files[0];
  if (!dropped) return;
  event.preventDefault();
  void load(dropped);
});

const convertInput = byId<HTMLInputElement>("convert-input");
const afterSunset = byId<HTMLInputElement>("convert-sunset");
const convertIsrael = byId<HTMLInputElement>("convert-israel");
const zone = byId<HTMLInputElement>("convert-zone");
const convertResult = byId<HTMLElement>("convert-result");

function convertNow(): void {
  const view = convertView(convertInput.value, {
    afterSunset: afterSunset.checked,
    israel: convertIsrael.checked,
    timeZone: zone.value.trim(),
  });
  renderConvert(convertResult, view);
  // What the answer is for: the browser tests wait for it instead of for time.
  convertResult.dataset.input = convertInput.value;
}
const convertSoon = debounce(convertNow, 150);
convertInput.addEventListener("input", convertSoon);
zone.addEventListener("input", convertSoon);
afterSunset.addEventListener("change", convertNow);
convertIsrael.addEventListener("change", convertNow);

const zones = byId<HTMLDataListElement>("zones");
for (const name of Intl.supportedValuesOf?.("timeZone") ?? []) zones.append(new Option(name));

checkNow();
convertNow();
