import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

// The system's Chromium (Debian's package; .ci/run installs it), never a downloaded one:
// HDATE_CHROMIUM names another binary, and then only that one is looked for.
const CANDIDATES = process.env.HDATE_CHROMIUM
  ? [process.env.HDATE_CHROMIUM]
  : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The Chromium binary to drive, or why there is none. */
export function findChromium(): { path: string } | { reason: string } {
  const path = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  return path
    ? { path }
    : {
        reason: `no Chromium found (looked for ${CANDIDATES.filter(Boolean).join(", ")}; set HDATE_CHROMIUM)`,
      };
}

// A closed network and a root user: no sandbox (it needs user namespaces), and nothing that calls home.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium with a fresh profile of its own; close() also removes the profile. */
export async function launchChromium(
  path: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "hdate-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: path,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
