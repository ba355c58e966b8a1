// Stands in for src/place/loadSunsetEngine.ts in the browser page (scripts/build-web.mjs): the
// sunset engine (a city list, @hebcal/noaa and a Temporal polyfill) would triple the page's script,
// and the page asks for no sunset (it passes no place and no time zone to checkDocument).
import { DateError } from "../src/errors.js";

export function loadSunsetEngine(): never {
  throw new DateError(
    "invalid-option",
    "Sunset times are not part of the web page; use hdate on the command line",
  );
}
