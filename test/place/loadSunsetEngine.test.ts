import { describe, expect, it } from "vitest";
import { loadSunsetEngine } from "../../src/place/loadSunsetEngine.js";
import * as engine from "../../src/place/sunsetEngine.js";

// In the sources the loader is a plain import; the built library's laziness and its clean global
// scope are tested on the packed package (test/package.test.ts).
describe("loadSunsetEngine", () => {
  it("answers the engine module, the same one every time", () => {
    expect(loadSunsetEngine()).toBe(engine);
    expect(loadSunsetEngine()).toBe(loadSunsetEngine());
    expect(loadSunsetEngine().findCity("Jerusalem")?.getTzid()).toBe("Asia/Jerusalem");
  });
});
