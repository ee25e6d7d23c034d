/**
 * The `create()` body shared by the rules that only report the catalog's findings about env accesses
 * (`no-public-secret`, `no-tls-reject-unauthorized`, `prefer-canonical-name`, `valid-value`, `no-secret-fallback`,
 * `no-lookalike-mixup`, `no-managed-variable`): find the file's accesses once (`envAccessListeners`) and report
 * the findings of the rule (`reportAccessFindings`). Each rule keeps its own file and `meta`.
 */
import type { RuleName } from '@flux-env/catalog';
import type { TSESLint } from '@typescript-eslint/utils';
import { envAccessListeners, type FoundAccess } from './env-accesses.js';
import { reportAccessFindings, type ReportOptions } from './report.js';

/**
 * The languages of the rules whose findings only code can give (a read's fallback, what code does with a value,
 * a `'use client'` module): JavaScript/TypeScript only (`meta.languages`, ESLint ≥ 10.2). ESLint then refuses a
 * config that turns such a rule on for `.env` or JSON files, instead of running it there to no effect.
 */
export const CODE_LANGUAGES: string[] = ['js/js'];

/**
 * Rule listeners that report, once per file, every finding of `rule` about the file's env accesses.
 * @param context the rule context; its `meta.messages` must hold the message ids of the rule's findings and fixes
 * @param rule the rule's name (`RULE_NAME`); findings of other rules are left to them
 * @param options how fixes are applied (`autofix`); suggestions by default
 * @param onAccesses called after the findings are reported, with the same accesses, for a rule's own checks
 * @returns the listeners for `create()`: code, `.env*` entries and `package.json` scripts (see `envAccessListeners`)
 */
export function accessRuleListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  rule: RuleName,
  options: ReportOptions = {},
  onAccesses?: (accesses: readonly FoundAccess[]) => void,
): TSESLint.RuleListener {
  return envAccessListeners(context, (accesses) => {
    reportAccessFindings(context, rule, accesses, options);
    onAccesses?.(accesses);
  });
}
