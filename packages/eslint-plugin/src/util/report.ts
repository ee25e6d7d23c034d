/**
 * Turns the catalog's findings for the file's env accesses into ESLint reports: the one place where a
 * finding becomes a report, so that every rule words and fixes a problem the same way.
 */
import { analyzeAccess, type Finding, type RuleName } from '@flux-env/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FoundAccess } from './env-accesses.js';

const findingsCache = new WeakMap<FoundAccess, Finding[]>();

/** The catalog's findings for one access, computed once and shared by every rule. */
export function findingsOf(access: FoundAccess): readonly Finding[] {
  let findings = findingsCache.get(access);
  if (!findings) {
    findings = analyzeAccess(access);
    findingsCache.set(access, findings);
  }
  return findings;
}

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
  for (const access of accesses) {
    for (const finding of findingsOf(access)) {
      if (finding.rule === rule) reportFinding(context, finding, findingNode(access, finding), access.rename, options, access);
    }
  }
}
