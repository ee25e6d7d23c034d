/**
 * What the `.env`-only rules share: the entries of the file as the catalog's `DotenvEntryFacts`, and reporting a
 * catalog finding at a dotenv node.
 */
import { isPlaceholderValue, type DotenvEntryFacts, type EntryFinding, type Finding } from '@flux-env/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isDotenvSourceCode } from '../file-accesses.js';
import type { DotenvNode, EntryNode, NodeBase } from './parser.js';
import type { DotenvSourceCode } from './source-code.js';

/** The languages the `.env`-only rules run on (`meta.languages`, ESLint ≥ 10.2; ESLint 9 ignores it). */
export const DOTENV_LANGUAGES = ['@flux-env/dotenv'];

/** The dotenv source code of the rule's file, or `undefined` when the rule runs on another language. */
export function dotenvSourceCode(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): DotenvSourceCode | undefined {
  const sourceCode: unknown = context.sourceCode;
  return isDotenvSourceCode(sourceCode) ? sourceCode : undefined;
}

/** True when the file is an example file (`languageOptions.example`) and `value` a placeholder there. */
export function isExamplePlaceholder(sourceCode: DotenvSourceCode, value: string): boolean {
  return sourceCode.languageOptions.example === true && isPlaceholderValue(value);
}

/** How `entriesOf` reads the values of a file. */
export interface EntriesOptions {
  /**
   * In an example file (`languageOptions.example`), give a placeholder value (`isExamplePlaceholder`) as `''`:
   * placeholders are not values (two `changeme` are not a shared secret). Default `false`.
   */
  readonly blankExamplePlaceholders?: boolean;
}

/**
 * The entries of the file, in order, with the facts the catalog's file checks take.
 * @param sourceCode the dotenv file
 * @param options see `EntriesOptions`
 * @returns the `Entry` nodes and, at the same index, each one's facts (name, value as dotenv reads it, 1-based
 *   line, names of its `$VAR` references)
 */
export function entriesOf(
  sourceCode: DotenvSourceCode,
  options: EntriesOptions = {},
): { nodes: EntryNode[]; facts: DotenvEntryFacts[] } {
  const nodes = sourceCode.ast.body.filter((n): n is EntryNode => n.type === 'Entry');
  const blank = options.blankExamplePlaceholders === true;
  const facts = nodes.map((entry) => ({
    name: entry.key.name,
    value: blank && isExamplePlaceholder(sourceCode, entry.value.value) ? '' : entry.value.value,
    line: entry.loc.start.line,
    references: entry.value.references.map((r) => r.name),
  }));
  return { nodes, facts };
}

/**
 * Reports a catalog finding at a dotenv node (its `loc`), with optional suggestions.
 * @param context the rule context; its `meta.messages` must hold the finding's and the suggestions' message ids
 * @param finding a finding from the catalog's file checks
 * @param node where to report: a dotenv node, or any located span of the file (`range` and `loc`, such as a
 *   single character inside a value)
 * @param suggest the suggestions to offer; none when omitted or empty
 */
export function reportAtNode(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  finding: Finding,
  node: DotenvNode | NodeBase,
  suggest?: TSESLint.ReportSuggestionArray<string>,
): void {
  context.report({
    node: node as unknown as TSESTree.Node,
    messageId: finding.id,
    data: finding.data,
    ...(suggest && suggest.length > 0 ? { suggest } : {}),
  });
}

/**
 * Listeners for a rule that checks a whole `.env` file at once: at the end of the document, `check` gets the facts
 * of every entry and returns the findings with the entry each belongs to; each is reported at that entry's key or
 * value. On any other language the rule gets no listeners.
 * @param context the rule context
 * @param check a catalog file check (`duplicateKeyFindings`, `sharedSecretFindings`, …)
 * @param at where to report: the entry's `key` or its `value`
 * @param options how to read the entries (see `entriesOf`)
 */
export function dotenvFileListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  check: (facts: readonly DotenvEntryFacts[]) => readonly EntryFinding[],
  at: 'key' | 'value',
  options: EntriesOptions = {},
): TSESLint.RuleListener {
  const sourceCode = dotenvSourceCode(context);
  if (!sourceCode) return {};
  return {
    'DotenvDocument:exit'() {
      const { nodes, facts } = entriesOf(sourceCode, options);
      for (const { entry, finding } of check(facts)) reportAtNode(context, finding, nodes[entry]![at]);
    },
  } as TSESLint.RuleListener;
}
