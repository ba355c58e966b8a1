import ts from "typescript";
// @ts-expect-error: a plain script of the repository, without types.
import { toAscii } from "../scripts/asciiText.mjs";

// A bundler's default output (esbuild's `charset: "ascii"`) writes each non-ASCII character as a
// six-byte escape, so the hand-written word tables' Hebrew, Cyrillic and Greek weighed six times
// their length in a web page's bundle. The library builds pack those string literals as the
// generated tables are packed (src/read/lexicon/asciiText.ts), decoded once when the module loads;
// the source keeps its words as written, so a person adding a spelling edits plain rows.

/** The name the packed module imports fromAscii as (no source file uses it). */
export const DECODE = "fromAscii$packed";

/** Whether the build packs a source file: not the decoder itself, nor the generated tables (packed already). */
export function packsFile(path: string): boolean {
  return !/(?:[\\/]asciiText|\.generated)\.ts$/.test(path);
}

/** One literal packed: the text it stands for and its ASCII form. */
export interface PackedLiteral {
  text: string;
  packed: string;
}

/** Bytes of a literal's text in esbuild's ASCII output: \xNN below U+0100, \uXXXX above (astral: two). */
export function escapedLength(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    length += code < 0x80 ? 1 : code < 0x100 ? 4 : code < 0x10000 ? 6 : 12;
  }
  return length;
}

function packable(text: string): string | undefined {
  if (!/[^\0-\x7f]/.test(text)) return undefined;
  try {
    return toAscii(text) as string;
  } catch {
    // A brace, or a character the packing cannot hold: the literal stays as written.
    return undefined;
  }
}

/** A literal in a type, a module specifier or a declaration's name is no value to replace. */
function isValue(node: ts.Node): boolean {
  const parent = node.parent;
  if (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent)
  )
    return false;
  if (ts.isImportTypeNode(parent) || ts.isModuleDeclaration(parent)) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node)
    return ts.isObjectLiteralExpression(parent.parent);
  if ((ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node)
    return false;
  if (ts.isPropertySignature(parent) || ts.isEnumMember(parent) || ts.isLiteralTypeNode(parent)) return false;
  for (let up: ts.Node | undefined = parent; up !== undefined; up = up.parent)
    if (ts.isTypeNode(up)) return false;
  return true;
}

/** Code run more than once (a function's body, a class's members): its literals are decoded up front. */
function runsOnce(node: ts.Node): boolean {
  for (let up: ts.Node | undefined = node.parent; up !== undefined; up = up.parent) {
    if (ts.isFunctionLike(up) || ts.isClassLike(up)) return false;
  }
  return true;
}

/**
 * A TypeScript module with its non-ASCII string literals packed: each becomes a call of fromAscii
 * (imported from `decoder`), in place when the module's top level runs it once, else a constant of the
 * module; a literal is left as written where packing would not make it shorter.
 * @example packLiterals('const a = "июля";', "./asciiText.js").literals // [{ text: "июля", packed: "{A8N;O}" }]
 */
export function packLiterals(source: string, decoder: string): { code: string; literals: PackedLiteral[] } {
  const file = ts.createSourceFile("module.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const literals: PackedLiteral[] = [];
  const hoisted: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isValue(node)) {
      const packed = packable(node.text);
      const once = runsOnce(node);
      // The call adds about 3 bytes, a hoisted constant about 6 more ("fromAscii(…)", ",a=…").
      if (packed !== undefined && packed.length + (once ? 4 : 10) < escapedLength(node.text)) {
        const call = `/* @__PURE__ */ ${DECODE}(${JSON.stringify(packed)})`;
        let text = call;
        if (!once) {
          text = `packed$${hoisted.length}`;
          hoisted.push(`const ${text} = ${call};`);
        }
        // A key of an object literal becomes a computed one; a value stays a value.
        if (ts.isPropertyAssignment(node.parent) && node.parent.name === node) text = `[${text}]`;
        edits.push({ start: node.getStart(file), end: node.getEnd(), text });
        literals.push({ text: node.text, packed });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return { code: source, literals };
  let code = source;
  for (const edit of edits.reverse()) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  // Imports are hoisted, so the constants may stand first: the module's top level can use them anywhere.
  const head = [`import { fromAscii as ${DECODE} } from ${JSON.stringify(decoder)};`, ...hoisted];
  // On the first line, so that the lines of the source map stay the source's.
  return { code: `${head.join(" ")} ${code}`, literals };
}
