import { dayNumberStrict } from "../../calendars/validate.js";
import { partnerOf, type RefineContext, type Refiner, record } from "./context.js";
import { saysBegins } from "./holidayBegins.js";
import { preferPartnersDay } from "./holidayDay.js";

/** Whether the pair of Hebrew mention `index` joins it to its date by a verb of beginning. */
function begins(context: RefineContext, index: number): boolean {
  return context.groups.some(
    (group) => group.kind === "pair" && group.hebrew === index && saysBegins(group.evidence),
  );
}

/**
 * Plain "Adar" in a leap year beside a Gregorian date: take the Adar that date points to. Runs twice:
 * "14 Adar | February 19, 2019" gets its year (and so its Adar II) only from its partner.
 */
export const adarFromPartner: Refiner = {
  name: "adar-from-partner",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      const other = partnerOf(context, i);
      // A holiday of several days beside a date means the day nearest it, unless the words between
      // them say it begins there ("Песаха начнется в среду, 10 апреля": its first day is meant).
      if (mention.stated.holiday !== undefined) {
        if (!begins(context, i)) preferPartnersDay(mention, other?.dayNumber);
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
