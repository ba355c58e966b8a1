#!/usr/bin/env node
// Builds the browser page into dist/web/ (index.html, page.js, page.css); with --serve, also serves
// it on localhost. The script is one IIFE bundle of the library's own code, so the page works
// opened from disk (file://): no module imports across files, no fetch.
//   node scripts/build-web.mjs [--serve] [--port N]
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE = join(ROOT, "src/web/page");
const OUT = join(ROOT, "dist/web");

// As in tsup.config.ts: @hebcal/core's Hebrew and Ashkenazi translation tables are left out (events
// are rendered in English), and the sunset engine (its city list, @hebcal/noaa and a Temporal
// polyfill: about 88 KB more) is replaced by a stub: the page never asks for a sunset.
const slim = {
  name: "slim",
  setup(builder) {
    builder.onResolve({ filter: /^\.\/locale\.js$/ }, (args) =>
      /[\\/]@hebcal[\\/]core[\\/]/.test(args.importer)
        ? { path: join(ROOT, "build/noLocale.js") }
        : undefined,
    );
    builder.onResolve({ filter: /^\.\/loadSunsetEngine\.js$/ }, () => ({
      path: join(ROOT, "build/webNoSunset.ts"),
    }));
  },
};

export async function buildWeb() {
  await mkdir(OUT, { recursive: true });
  const result = await build({
    entryPoints: [join(SOURCE, "main.ts")],
    outfile: join(OUT, "page.js"),
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [slim],
  });
  await copyFile(join(SOURCE, "index.html"), join(OUT, "index.html"));
  await copyFile(join(SOURCE, "style.css"), join(OUT, "page.css"));
  return result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

function serve(port) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = join(OUT, path === "/" ? "index.html" : path);
    if (!file.startsWith(OUT)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  server.listen(port, "127.0.0.1", () => {
    console.log(`hdate page: http://127.0.0.1:${server.address().port}/  (Ctrl-C stops)`);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const bytes = await buildWeb();
  console.log(`dist/web/: index.html, page.css, page.js (${(bytes / 1024).toFixed(1)} KB, ${bytes} bytes)`);
  if (args.includes("--serve")) {
    const at = args.indexOf("--port");
    serve(at === -1 ? 8080 : Number(args[at + 1]));
  }
}
