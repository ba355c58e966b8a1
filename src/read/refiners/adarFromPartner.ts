import { dayNumberStrict } from "../../calendars/validate.js";
import { partnerOf, type RefineContext, type Refiner, record } from "./context.js";
import { saysBegins } from "./holidayBegins.js";
import { preferPartnersDay } from "./holidayDay.js";

/**
 * The Hebrew mentions whose pair joins them to their date by a verb of beginning. Found once per
 * run, in one pass over the groups: asked of each mention in turn, a page of many holidays in
 * clauses cost mentions × groups.
 */
function beginning(context: RefineContext): { begins: Set<number>; evenings: Set<number> } {
  const begins = new Set<number>();
  const evenings = new Set<number>();
  for (const group of context.groups) {
    if (group.kind !== "pair") continue;
    if (saysBegins(group.evidence)) begins.add(group.hebrew);
    if (group.evening) evenings.add(group.hebrew);
  }
  return { begins, evenings };
}

/**
 * Plain "Adar" in a leap year beside a Gregorian date: take the Adar that date points to. Runs twice:
 * "14 Adar | February 19, 2019" gets its year (and so its Adar II) only from its partner.
 */
export const adarFromPartner: Refiner = {
  name: "adar-from-partner",
  refine(context: RefineContext): void {
    const { begins, evenings } = beginning(context);
    context.mentions.forEach((mention, i) => {
      const other = partnerOf(context, i);
      // A holiday of several days beside a date means the day nearest it, unless the words between
      // them say it begins there ("Песаха начнется в среду, 10 апреля": its first day is meant).
      if (mention.stated.holiday !== undefined) {
        if (!begins.has(i)) preferPartnersDay(mention, other?.dayNumber, !evenings.has(i));
        return;
      }
      const alternative = mention.alternatives?.[0];
      if (mention.calendar !== "hebrew" || !alternative || mention.date === undefined) return;
      if (mention.dayNumber === undefined || other?.dayNumber === undefined) return;
      const alternativeDay = dayNumberStrict(alternative);
      if (Math.abs(alternativeDay - other.dayNumber) >= Math.abs(mention.dayNumber - other.dayNumber)) return;
      mention.alternatives = [mention.date];
      mention.date = alternative;
      mention.dayNumber = alternativeDay;
      const note = `${alternative.year} has two Adars; plain "Adar" read as Adar I, the reading that fits the Gregorian date beside it`;
      mention.inferred = mention.inferred.map((inference) =>
        inference.from === "leap-year"
          ? { ...inference, value: "Adar I", from: "gregorian", note }
          : inference,
      );
      record(context, "adar-from-partner", { mention: i }, "month", "Adar I", note);
    });
  },
};
