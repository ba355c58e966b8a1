import { DateError } from "../errors.js";
import type { LanguageOptions } from "../listings/language.js";
import { LANGUAGES, type Language } from "../listings/languages.js";

/** The output-language options every command takes, in node:util parseArgs's form. */
export const LANGUAGE_SPEC = {
  lang: { type: "string" },
  "no-niqqud": { type: "boolean" },
} as const;

/**
 * `--lang` and `--no-niqqud` as the library takes them; undefined when neither is given, so a
 * command can keep its plain English path.
 * @example languageOptionsOf({ lang: "he", "no-niqqud": true }) // { lang: "he", niqqud: false }
 */
export function languageOptionsOf(values: {
  lang?: string;
  "no-niqqud"?: boolean;
}): LanguageOptions | undefined {
  const { lang } = values;
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) {
    throw new DateError("invalid-option", `--lang takes ${LANGUAGES.join(", ")}, not "${lang}"`);
  }
  if (lang === undefined && values["no-niqqud"] !== true) return undefined;
  return { lang: (lang ?? "en") as Language, niqqud: values["no-niqqud"] !== true };
}
