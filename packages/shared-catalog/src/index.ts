/**
 * `@flux-env/catalog`: every variable, alias and fact of the Flux docs page "Environment variables" as
 * typed data, the query API over it, and the analysis the flux-env ESLint plugin and tsserver plugin share.
 */
export type * from './types.js';
export {
  ALIASES,
  BROWSER_PREFIXES,
  CLI_DOTENV,
  DOCS_PAGE_TITLE,
  FLUX_JSON,
  LOOKALIKES,
  SECTIONS,
  VARIABLES,
} from './data.js';
export { Catalog, catalog } from './catalog.js';
export { canonicalJson, catalogHash } from './hash.js';
export {
  FINDING_KINDS,
  FIX_MESSAGES,
  messagesFor,
  renderMessage,
  type FindingId,
  type FindingKind,
  type FixId,
  type RuleName,
} from './findings.js';
export {
  NEXT_CONFIG_FILE_GLOB,
  isNextConfigFileName,
  NEXT_CONFIG_PUBLIC_OPTIONS,
  analyzeAccess,
  analyzeNextConfigEntry,
  disablesTls,
  readsAsDisablingTls,
  displayValue,
  secretExposedBy,
  type AccessKind,
  type EnvAccess,
  type Finding,
  type FindingFix,
  type NextConfigEntry,
} from './analysis.js';
export {
  SURFACE_LABELS,
  jsDocComment,
  markdownText,
  renderProcessEnvTypings,
  renderShortLabel,
  renderVariableDocs,
  type LabelContext,
} from './render.js';
export type { EnvUsage } from './analysis.js';
export {
  AUTHJS_OTHER_NAMES,
  AUTHJS_PROVIDER_NAME,
  BROWSER_PREFIX_SECTION,
  CONTROL_PLANE_PATH,
  DID_YOU_MEAN,
  ENDPOINTS,
  FLAG_OFF_WORDS,
  MIXUPS,
  NAMESPACES,
  PROJECT_DATA_PATH,
  QUICK_LOOKUP_TITLE,
  USAGE_LIBRARIES,
  type Mixup,
  type Namespace,
  type UsageKind,
} from './checks-data.js';
export {
  clientFindings,
  managedFindings,
  mixupFindings,
  secretFallbackFindings,
  unknownNameFindings,
  usageKindsFor,
  valueFindings,
} from './checks.js';
export { isOtherToolName, namespaceOf, suggestNames } from './names.js';
export { validateValue, type ValueProblem } from './values.js';
export {
  analyzeFluxJson,
  cliIgnoredKeyFinding,
  duplicateKeyFindings,
  exampleSecretFinding,
  invalidLineFinding,
  isPlaceholderValue,
  looksLikeRealSecret,
  publicTwinFindings,
  sharedSecretFindings,
  unescapedDollarFinding,
  unterminatedQuoteFinding,
  type DotenvEntryFacts,
  type EntryFinding,
  type FluxJsonFinding,
  type FluxJsonMember,
  type SkippedLineReason,
} from './dotenv-checks.js';
export type { FileFindingId, FileRuleName } from './findings.js';
export { EDITOR_LABELS, HOST_FACTS, type HostFacts } from './host-facts.js';
