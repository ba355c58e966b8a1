// What the build runs `hdate check --jsonl` on before it keeps the compiled code of the warm CLI
// (src/cli/warmStart.ts): pages with dates in the forms the readers read, so that the code cache
// holds the functions a check runs. What is missing here is only compiled later, as without a cache.
const PAGES = [
  "The Jewish Chronicle, Sunday, July 22, 2018 | 10 Av 5778. Tisha B'Av is observed on 10 Av this year.",
  "Published 2018-07-22T09:30:00+03:00. Updated 22/07/2018. By the editors, page 12 of 40, 1,250 readers.",
  "Rosh Hashanah 5785 begins at sundown on Wednesday, October 2, 2024 and ends on October 4, 2024.",
  "יום א׳, י׳ באב תשע״ח (22 ביולי 2018). נדחה מ-ט׳ באב; פרשת דברים, שבת חזון.",
  "The wedding took place on the 15th of Shevat, 5780 (February 10, 2020), at 6:30 pm, after sunset.",
  "Hanukkah 2023: December 7-15, from the eve of 25 Kislev 5784. Candle lighting 4:12 PM in New York.",
  "Yahrzeit: 3 Adar II 5784 / March 13, 2024. Born 1 Nisan 5700, died Feb. 2, 1990 (7 Shevat 5750).",
  "Le 22 juillet 2018, 10 av 5778; el 22 de julio de 2018; am 22. Juli 2018; 22 июля 2018 года.",
  "Parashat Vayeshev, Shabbat December 9, 2023 (26 Kislev). In 1948 about 650,000 people, 12.5%.",
  "Sun, Jul 22nd 2018 — Erev Rosh Chodesh Elul, the first day of Sukkot, the second night of Passover.",
];

/** The warm-up input, one JSON document a line as `hdate check --jsonl` reads it. */
export function warmUpLines(): string {
  return `${PAGES.map((text, id) => JSON.stringify({ id, text })).join("\n")}\n`;
}
