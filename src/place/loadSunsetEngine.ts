import * as engine from "./sunsetEngine.js";

// Sunset's code is the heaviest of the library and most calls never use it. The build replaces this
// file with build/loadSunsetEngine.ts, which runs that code on the first call; here (run from the
// sources, as the tests do) it is a plain import.

/**
 * The sunset engine (city list, places, sunset times), loaded when first asked for.
 * @example loadSunsetEngine().findCity("Jerusalem")?.getTzid() // "Asia/Jerusalem"
 */
export function loadSunsetEngine(): typeof engine {
  return engine;
}
