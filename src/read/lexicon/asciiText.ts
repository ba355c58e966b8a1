// The generated word tables keep their non-ASCII letters packed into ASCII. A bundler's default
// output (esbuild's `charset: "ascii"`) writes every other character as a six-byte `\uXXXX` escape,
// so a Cyrillic or Hebrew word weighed six times its length in a web page's bundle; packed, it
// weighs its length plus three (a row of such words joined by "|", its length plus three). The
// packing is written by scripts/asciiText.mjs.

const BAR = 0x7c;
const RUN = /\{(?<base>[^}])(?<body>[^}]*)\}/g;

/**
 * The text a packed string stands for: each "{" + base + characters + "}" is a run of characters
 * whose code points are 32 × (base − 32) plus each character's code minus 32, except "|", which is
 * itself; the rest is as written.
 * @example fromAscii("{A8N;O}") // "июля"
 */
export function fromAscii(packed: string): string {
  return packed.replace(RUN, (_, base: string, body: string) => {
    const start = (base.charCodeAt(0) - 32) * 32 - 32;
    let text = "";
    for (let index = 0; index < body.length; index++) {
      const code = body.charCodeAt(index);
      text += code === BAR ? "|" : String.fromCharCode(start + code);
    }
    return text;
  });
}
