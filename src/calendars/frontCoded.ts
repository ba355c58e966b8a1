// A sorted list of names written as one string, each name after the one before it as how many of its
// first characters it shares with that one and the rest ("Rosh Chodesh Adar I" after "Rosh Chodesh
// Adar" is "A" + " I"): the holiday table's names (holidayKinds.generated.ts) in half their bytes.

/** The count of shared characters is one character: "0" (48) for none. */
const ZERO = 48;

/**
 * The names a front-coded string stands for: entries joined by "!", each a count then the rest.
 * @example fromFrontCoded("0Purim!5 Katan") // ["Purim", "Purim Katan"]
 */
export function fromFrontCoded(packed: string): string[] {
  const names: string[] = [];
  let last = "";
  for (const entry of packed.split("!")) {
    last = last.slice(0, entry.charCodeAt(0) - ZERO) + entry.slice(1);
    names.push(last);
  }
  return names;
}
