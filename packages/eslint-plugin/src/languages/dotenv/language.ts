/**
 * The `dotenv` ESLint language (`language: '@flux-env/dotenv'`): lints `.env*` files as `dotenv` (and so
 * Next.js) reads them. Built like `@eslint/json`'s language: `parse` returns located nodes, `createSourceCode`
 * wraps them in a `DotenvSourceCode`.
 */
import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { checkDotenvText, DOTENV_VISITOR_KEYS, parseDotenv, type DotenvDocument, type DotenvNode } from './parser.js';
import { DotenvSourceCode } from './source-code.js';

/** `languageOptions` of the dotenv language. */
export interface DotenvLanguageOptions {
  /**
   * The file is a committed example or template (`.env.example`, `.env.sample`, `.env.template`): its values
   * are placeholders. Value checks then accept empty and placeholder values (the env-access records of the
   * file carry no value for them) but still flag a value that looks like a real secret. Default `false`.
   */
  example?: boolean;
  [key: string]: unknown;
}

/** The parse result the language hands from `parse` to `createSourceCode`. */
interface DotenvOkParseResult extends OkParseResult<DotenvDocument> {
  parsed: Readonly<Record<string, string>>;
}

const OPTION_NAMES = new Set(['example']);

/** The language object (ESLint's `Language` interface). One instance serves every file. */
export class DotenvLanguage
  implements
    Language<{ LangOptions: DotenvLanguageOptions; Code: DotenvSourceCode; RootNode: DotenvDocument; Node: DotenvNode }>
{
  readonly fileType = 'text' as const;
  readonly lineStart = 1 as const;
  readonly columnStart = 1 as const;
  readonly nodeTypeKey = 'type';
  readonly visitorKeys: Record<string, string[]> = Object.fromEntries(
    Object.entries(DOTENV_VISITOR_KEYS).map(([type, keys]) => [type, [...keys]]),
  );
  readonly defaultLanguageOptions: DotenvLanguageOptions = { example: false };

  /**
   * Checks `languageOptions`.
   * @throws Error naming the bad option: an unknown option, or `example` that is not a boolean
   */
  validateLanguageOptions(languageOptions: DotenvLanguageOptions): void {
    for (const name of Object.keys(languageOptions)) {
      if (!OPTION_NAMES.has(name)) {
        throw new Error(`@flux-env/dotenv: unknown language option "${name}" (known: ${[...OPTION_NAMES].join(', ')}).`);
      }
    }
    if (languageOptions.example !== undefined && typeof languageOptions.example !== 'boolean') {
      throw new Error('@flux-env/dotenv: language option "example" must be a boolean.');
    }
  }

  /**
   * Parses a dotenv file. Never throws: binary data and files too large to parse in bounded time become one
   * located parse error (ESLint reports it as a fatal message with file, line and column).
   * @param file the file; `body` is its text with the BOM removed
   */
  parse(file: File): ParseResult<DotenvDocument> {
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    const problem = checkDotenvText(text);
    if (problem) return { ok: false, errors: [problem] };
    try {
      const { ast, parsed } = parseDotenv(text);
      return { ok: true, ast, parsed } satisfies DotenvOkParseResult;
    } catch (error) {
      // parseDotenv does not throw by design; if it ever does, report it where ESLint reports parse errors.
      return { ok: false, errors: [{ message: `Cannot parse dotenv file: ${(error as Error).message}`, line: 1, column: 1 }] };
    }
  }

  /** Wraps a parse result in a `DotenvSourceCode`. */
  createSourceCode(file: File, input: OkParseResult<DotenvDocument>, context?: { languageOptions?: DotenvLanguageOptions }): DotenvSourceCode {
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    return new DotenvSourceCode({
      text,
      ast: input.ast,
      parsed: (input as DotenvOkParseResult).parsed ?? {},
      ...(context?.languageOptions ? { languageOptions: context.languageOptions } : {}),
    });
  }
}

/** The dotenv language, as the plugin registers it (`languages: { dotenv }`). */
export const dotenv = new DotenvLanguage();
