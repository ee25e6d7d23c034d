/**
 * `DotenvSourceCode`: the `SourceCode` of a dotenv file, on `@eslint/plugin-kit`'s `TextSourceCodeBase`, with
 * `# eslint-disable …` / `# eslint-enable …` / `# eslint …` inline configuration in `#` comments.
 */
import type { DirectiveType, FileProblem, RulesConfig, SourceLocation as EslintLocation } from '@eslint/core';
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { DotenvLanguageOptions } from './language.js';
import { DOTENV_VISITOR_KEYS, type CommentNode, type DotenvDocument, type DotenvNode } from './parser.js';

const commentParser = new ConfigCommentParser();
/** A comment that configures ESLint (same test as ESLint's own languages). */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/** One step of the traversal ESLint replays to call the rules' listeners. */
class DotenvTraversalStep extends VisitNodeStep {
  declare target: DotenvNode;
  constructor(options: { target: DotenvNode; phase: 1 | 2; args: unknown[] }) {
    super(options);
    this.target = options.target;
  }
}

/** Line breaks as the parser counts them (`\r\n`, `\r`, `\n`, U+2028, U+2029). */
export const DOTENV_LINE_ENDING = /\r\n|[\r\n\u2028\u2029]/u;

/** The `SourceCode` object rules see as `context.sourceCode` in a dotenv file. */
export class DotenvSourceCode extends TextSourceCodeBase<{
  LangOptions: DotenvLanguageOptions;
  RootNode: DotenvDocument;
  SyntaxElementWithLoc: DotenvNode;
  ConfigNode: CommentNode;
}> {
  declare ast: DotenvDocument;
  /** Every `#` comment of the file, in source order. */
  readonly comments: readonly CommentNode[];
  /** The file's key/value pairs as `dotenv.parse` returns them (the last duplicate wins). */
  readonly parsed: Readonly<Record<string, string>>;
  /** The language options the file was linted with. */
  readonly languageOptions: DotenvLanguageOptions;
  readonly #parents = new WeakMap<DotenvNode, DotenvNode>();
  #steps: DotenvTraversalStep[] | undefined;
  #inlineConfigComments: CommentNode[] | undefined;

  /**
   * @param options.text the file's text (BOM removed by ESLint)
   * @param options.ast the root node `parseDotenv` returned for `text`
   * @param options.parsed the key/value pairs `parseDotenv` returned
   * @param options.languageOptions the validated language options
   */
  constructor(options: {
    text: string;
    ast: DotenvDocument;
    parsed: Readonly<Record<string, string>>;
    languageOptions?: DotenvLanguageOptions;
  }) {
    super({ text: options.text, ast: options.ast, lineEndingPattern: DOTENV_LINE_ENDING });
    this.ast = options.ast;
    this.comments = options.ast.comments;
    this.parsed = options.parsed;
    this.languageOptions = options.languageOptions ?? {};
  }

  /** The parent of `node`; `undefined` for the document (valid after the traversal ESLint runs first). */
  override getParent(node: DotenvNode): DotenvNode | undefined {
    if (!this.#steps) this.traverse();
    return this.#parents.get(node);
  }

  /** The comments that hold `eslint-disable`/`eslint-enable`/`eslint` directives. */
  getInlineConfigNodes(): CommentNode[] {
    this.#inlineConfigComments ??= this.comments.filter((c) => INLINE_CONFIG.test(c.value));
    return this.#inlineConfigComments;
  }

  /** The disable/enable directives of the file and problems with them, for ESLint. */
  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed) continue;
      const { label, value, justification } = parsed;
      if (label === 'eslint-disable' || label === 'eslint-enable' || label === 'eslint-disable-next-line' || label === 'eslint-disable-line') {
        directives.push(
          new Directive({ type: label.slice('eslint-'.length) as DirectiveType, node: comment, value, justification }),
        );
      }
    }
    return { problems, directives };
  }

  /** `# eslint rule: "off"` configuration comments, for ESLint. */
  applyInlineConfig(): { configs: { config: { rules: RulesConfig }; loc: EslintLocation }[]; problems: FileProblem[] } {
    const configs: { config: { rules: RulesConfig }; loc: EslintLocation }[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== 'eslint') continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }

  /** The enter/exit steps of a depth-first walk over `DOTENV_VISITOR_KEYS`, computed once. */
  override traverse(): Iterable<DotenvTraversalStep> {
    if (this.#steps) return this.#steps.values();
    const steps: DotenvTraversalStep[] = [];
    const visit = (node: DotenvNode, parent: DotenvNode | undefined): void => {
      if (parent) this.#parents.set(node, parent);
      steps.push(new DotenvTraversalStep({ target: node, phase: 1, args: [node, parent] }));
      for (const key of DOTENV_VISITOR_KEYS[node.type]) {
        const child = (node as unknown as Record<string, DotenvNode | readonly DotenvNode[] | null>)[key];
        if (Array.isArray(child)) for (const c of child as readonly DotenvNode[]) visit(c, node);
        else if (child) visit(child as DotenvNode, node);
      }
      steps.push(new DotenvTraversalStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
    return steps.values();
  }
}
