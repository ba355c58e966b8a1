import { checkDocument } from "../../check/checkDocument.js";
import { DateError } from "../../errors.js";
import { errorLine } from "../errorLine.js";
import { type CliIo, EXIT } from "../io.js";
import type { CliOptions } from "../options.js";
import { checkOptionsOf } from "../options.js";
import { renderDocument } from "../renderDocument.js";

async function readAll(stream: CliIo["stdin"]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === "-") return readAll(io.stdin);
  try {
    return await io.readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new DateError("unreadable", `cannot read ${source}: ${why}`, { input: source });
  }
}

/** `hdate check FILE…|-`: the dates on each page and whether they agree. */
export async function checkCommand(options: CliOptions, io: CliIo): Promise<number> {
  if (options.jsonl) {
    const { checkBatchCommand } = await import("./checkBatch.js");
    return checkBatchCommand(options, io);
  }
  const sources = options.words.length > 0 ? options.words : [];
  if (sources.length === 0)
    throw new DateError(
      "invalid-option",
      "check needs a FILE or - for standard input (hdate check page.txt)",
    );
  const checkOptions = checkOptionsOf(options);
  // A bad option is a usage error before any file is read.
  checkDocument("", checkOptions);
  // As grep and cat do: every readable file is reported, each unreadable one is one error line, and
  // the run exits 2 when any was unreadable. Files are read at once but reported in order.
  const texts = sources.map((source) =>
    readSource(source, io).then(
      (text) => ({ text }),
      (error: unknown) => ({ error }),
    ),
  );
  let status: number = EXIT.ok;
  let unreadable = false;
  for (const [i, pending] of texts.entries()) {
    const read = await pending;
    if ("error" in read) {
      unreadable = true;
      io.stderr.write(errorLine(read.error));
      continue;
    }
    const source = sources[i] === "-" ? "<stdin>" : sources[i]!;
    const report = checkDocument(read.text, checkOptions);
    if (report.verdict === "inconsistent") status = EXIT.inconsistent;
    io.stdout.write(
      options.json ? `${JSON.stringify({ file: source, ...report })}\n` : renderDocument(source, report),
    );
  }
  return unreadable ? EXIT.usage : status;
}
