// The built form of src/place/loadSunsetEngine.ts. A `require` of a bundled module runs it on the
// first call, not at import: esbuild wraps the module, and everything only it uses, in an initialiser.
// So @hebcal/core's zmanim and city list, @hebcal/noaa and the Temporal polyfill are parsed with the
// library but run only when a check asks for sunset. (The sources keep a static import: vitest runs
// them as ES modules, where there is no `require`.)
import type * as Engine from "../src/place/sunsetEngine.js";

declare const require: (path: string) => unknown;

let engine: typeof Engine | undefined;

export function loadSunsetEngine(): typeof Engine {
  engine ??= require("../src/place/sunsetEngine.js") as typeof Engine;
  return engine;
}
