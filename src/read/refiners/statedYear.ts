import type { RefineContext, Refiner } from "./context.js";
import { settleInYear } from "./settle.js";

/** Settles every date that states its year (numeric dates of open order wait for `numeric-order`). */
export const statedYear: Refiner = {
  name: "stated-year",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      if (mention.problem || mention.stated.year === undefined || context.candidates[i]!.orderAmbiguous)
        return;
      settleInYear(context, i, mention.stated.year);
    });
  },
};
