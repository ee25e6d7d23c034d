/**
 * Turns the catalog's findings for the file's env accesses into ESLint reports: the one place where a
 * finding becomes a report, so that every rule words and fixes a problem the same way.
 */
import { analyzeAccess, type Finding, type RuleName } from '@flux-env/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FoundAccess } from './env-accesses.js';

/**
 * Where a finding about an access belongs in the source: the value it is about (`finding.at`: a write's value
 * node, a read's fallback literal), else the node that names the variable.
 */
export function findingNode(access: FoundAccess, finding: Finding): TSESTree.Node {
  if (finding.at?.kind === 'value' && access.valueNode) return access.valueNode;
  if (finding.at?.kind === 'fallback') return access.fallbackNodes?.[finding.at.index] ?? access.node;
  return access.node;
}

/** How a rule turns a finding's fixes into ESLint fixes. */
export interface ReportOptions {
  /** Apply the finding's first fix as an autofix (`--fix`) instead of offering it as a suggestion. */
  readonly autofix?: boolean;
}

/**
 * Reports a finding at `node`; its fixes become suggestions (or an autofix with `options.autofix`).
 * @param context the rule context; its `meta.messages` must hold the finding's and fixes' message ids
 * @param finding a finding from the catalog's analysis
 * @param node where to report
 * @param rename how to rename the variable at this place; `undefined` when it cannot be renamed here
 * @param access the access the finding is about, for fixes that also edit another access (`swap`)
 */
export function reportFinding(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  finding: Finding,
  node: TSESTree.Node,
  rename?: FoundAccess['rename'],
  options: ReportOptions = {},
  access?: FoundAccess,
): void {
  const fixers = finding.fixes.flatMap((fix) => {
    const edits = [rename?.(fix.to)];
    if (fix.kind === 'swap') {
      const partner = access?.fallbackPartners?.find((p) => p.name === fix.partner);
      edits.push(partner && access ? partner.rename(access.name) : undefined);
    }
    if (edits.some((e) => e === undefined)) return [];
    return [
      {
        messageId: fix.messageId,
        data: fix.data,
        fix: (fixer: TSESLint.RuleFixer) => edits.map((e) => fixer.replaceTextRange([e!.range[0], e!.range[1]], e!.text)),
      },
    ];
  });
  const first = fixers[0];
  if (options.autofix && first) {
    context.report({ node, messageId: finding.id, data: finding.data, fix: first.fix });
  } else {
    context.report({ node, messageId: finding.id, data: finding.data, ...(fixers.length > 0 ? { suggest: fixers } : {}) });
  }
}

/** A finding of the catalog's analysis and the access it is about. */
export interface AccessFinding {
  readonly access: FoundAccess;
  readonly finding: Finding;
}

const byRuleCache = new WeakMap<readonly FoundAccess[], ReadonlyMap<RuleName, readonly AccessFinding[]>>();
const NONE: readonly AccessFinding[] = [];
let lastAccesses: readonly FoundAccess[] | undefined;
let lastByRule: ReadonlyMap<RuleName, readonly AccessFinding[]> | undefined;

/**
 * The findings about a file's accesses, grouped by the rule that reports them. Computed once per file (cached on
 * the accesses array, which `findEnvAccesses` and the file languages cache per file): each rule then looks up its
 * own findings instead of going through every access's findings.
 * @param accesses the file's accesses
 * @param rule a rule name
 * @returns the rule's findings, in source order of the accesses (then in the analysis' order); empty when none.
 *   Never throws.
 */
export function findingsForRule(accesses: readonly FoundAccess[], rule: RuleName): readonly AccessFinding[] {
  if (accesses.length === 0) return NONE;
  // Every rule of a file asks in turn (see `findEnvAccesses`): the last file's grouping first, then the weak map.
  let byRule = accesses === lastAccesses ? lastByRule : byRuleCache.get(accesses);
  if (!byRule) {
    const grouped = new Map<RuleName, AccessFinding[]>();
    for (const access of accesses) {
      for (const finding of analyzeAccess(access)) {
        const list = grouped.get(finding.rule);
        if (list) list.push({ access, finding });
        else grouped.set(finding.rule, [{ access, finding }]);
      }
    }
    byRule = grouped;
    byRuleCache.set(accesses, byRule);
  }
  lastAccesses = accesses;
  lastByRule = byRule;
  return byRule.get(rule) ?? NONE;
}

/**
 * Reports, for every access, the findings that belong to `rule`.
 * @param context the rule context
 * @param rule the rule's name; findings of other rules are left to them
 * @param accesses the file's accesses (`findEnvAccesses`)
 */
export function reportAccessFindings(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  rule: RuleName,
  accesses: readonly FoundAccess[],
  options: ReportOptions = {},
): void {
  for (const { access, finding } of findingsForRule(accesses, rule)) {
    reportFinding(context, finding, findingNode(access, finding), access.rename, options, access);
  }
}
