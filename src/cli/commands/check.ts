import { checkDocument } from "../../check/checkDocument.js";
import { DateError } from "../../errors.js";
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
    const { checkBatchCommand } = await import("./batch.js");
    return checkBatchCommand(options, io);
  }
  const sources = options.words.length > 0 ? options.words : [];
  if (sources.length === 0)
    throw new DateError(
      "invalid-option",
      "check needs a FILE or - for standard input (hdate check page.txt)",
    );
  const checkOptions = checkOptionsOf(options);
  // Read every file first: a missing one is a usage error before anything is printed.
  const texts = await Promise.all(sources.map((source) => readSource(source, io)));
  let status: number = EXIT.ok;
  texts.forEach((text, i) => {
    const source = sources[i] === "-" ? "<stdin>" : sources[i]!;
    const report = checkDocument(text, checkOptions);
    if (report.verdict === "inconsistent") status = EXIT.inconsistent;
    io.stdout.write(
      options.json ? `${JSON.stringify({ file: source, ...report })}\n` : renderDocument(source, report),
    );
  });
  return status;
}
