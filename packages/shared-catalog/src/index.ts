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
  sectionOf,
} from './data.js';
export { Catalog, catalog } from './catalog.js';
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
  NEXT_CONFIG_PUBLIC_OPTIONS,
  analyzeAccess,
  analyzeNextConfigEntry,
  disablesTls,
  displayValue,
  secretExposedBy,
  type AccessKind,
  type EnvAccess,
  type Finding,
  type FindingFix,
  type NextConfigEntry,
} from './analysis.js';
