/**
 * Value validation: is a value that sets a variable (an assignment, a `.env` line) or that a read falls back to
 * what the docs page says the variable holds? Pure functions over a name and a string value.
 */
import { catalog as defaultCatalog, type Catalog } from './catalog.js';
import { FLAG_OFF_WORDS } from './checks-data.js';
import type { ValueType, VariableEntry } from './types.js';

/**
 * What is wrong with a value.
 * - `invalid`: the value does not have the documented type; `problem` says how (a clause that follows
 *   "which …", e.g. `"ends with a trailing slash"`), `expected` what the docs ask for (the page's "Type" line
 *   when it has one). Neither ever contains the value of a secret (only lengths).
 * - `flag-off-word`: a "non-empty, not 0" flag set to a word that means off (`false`, `off`, `no`), which turns
 *   it on; `what` is what the flag turns on (`"verbose CLI logging"`).
 */
export type ValueProblem =
  | { readonly kind: 'invalid'; readonly problem: string; readonly expected: string }
  | { readonly kind: 'flag-off-word'; readonly what: string };

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/u;
const encoder = new TextEncoder();

/**
 * Checks one value against the docs page's type of the variable.
 * Source: each variable's "Type" line — section 1 (URLs; `FLUX_GATEWAY_JWT_SECRET` "at least 32 bytes";
 * `FLUX_BEARER_TOKEN` "a JWT"; `FLUX_POSTGREST_SCHEMA` "t_<12-hex-shortid>_api"), section 3 (`FLUX_API_BASE`
 * "URL ending in /api, no trailing slash"; `FLUX_API_TOKEN` "prefixed flx_live_ or flx_test_"; `FLUX_DEFAULT_MODE`;
 * `FLUX_DASHBOARD_BASE` "no trailing slash"; `FLUX_DEBUG` "any non-empty value other than "0" enables"),
 * section 4 (`PGRST_JWT_SECRET` matches `FLUX_GATEWAY_JWT_SECRET`).
 * URL-typed variables must be absolute `http:`/`https:` URLs and not empty; for other types an empty value means "unset" and is not checked.
 * Unknown names, free-text, path and `NODE_TLS_REJECT_UNAUTHORIZED` values (see `disablesTls`) are not checked.
 * @param name the variable name or alias, as written
 * @param value the value as `process.env` stores it
 * @param cat the catalog (default: the Flux docs page)
 * @returns the first problem found, or `undefined` when the value is fine or not checked. Never throws.
 */
export function validateValue(name: string, value: string, cat: Catalog = defaultCatalog): ValueProblem | undefined {
  const entry = cat.variable(name);
  if (!entry) return undefined;
  const type = entry.valueType;
  if (type.kind === 'url') return checkUrl(entry, type, value);
  if (value === '') return undefined;
  const expected = expectedText(entry);
  switch (type.kind) {
    case 'enum':
      return type.values.includes(value)
        ? undefined
        : { kind: 'invalid', problem: `is not one of ${type.values.map((v) => `\`${v}\``).join(', ')}`, expected };
    case 'pattern':
      return new RegExp(type.regex, 'u').test(value)
        ? undefined
        : { kind: 'invalid', problem: `does not have the form \`${type.example}\``, expected };
    case 'secret': {
      const bytes = encoder.encode(value).length;
      if (type.minBytes !== undefined && bytes < type.minBytes) {
        return { kind: 'invalid', problem: `is ${bytes} bytes long, shorter than ${type.minBytes} bytes`, expected };
      }
      return undefined;
    }
    case 'token':
      return type.prefixes.some((p) => value.startsWith(p))
        ? undefined
        : {
            kind: 'invalid',
            problem: `does not start with ${type.prefixes.map((p) => `\`${p}\``).join(' or ')}`,
            expected,
          };
    case 'jwt':
      return JWT.test(value.trim())
        ? undefined
        : { kind: 'invalid', problem: 'is not a JWT (three base64url segments joined by `.`)', expected };
    case 'flag':
      if (type.enabledBy === 'non-empty-not-zero' && FLAG_OFF_WORDS.includes(value.trim().toLowerCase())) {
        return { kind: 'flag-off-word', what: lowerFirst(entry.summary.replace(/\.$/u, '')) };
      }
      return undefined;
    default:
      return undefined;
  }
}

function checkUrl(entry: VariableEntry, type: Extract<ValueType, { kind: 'url' }>, value: string): ValueProblem | undefined {
  const expected = expectedText(entry);
  if (value.trim() === '') return { kind: 'invalid', problem: 'is empty', expected };
  if (value !== value.trim()) return { kind: 'invalid', problem: 'has leading or trailing whitespace', expected };
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // Every URL of the page is an http(s) origin (`https://…`); `localhost:3000` parses with the scheme `localhost:`.
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.host === '') {
    return { kind: 'invalid', problem: 'is not an absolute http(s) URL', expected };
  }
  if (type.noTrailingSlash && value.endsWith('/')) return { kind: 'invalid', problem: 'ends with a trailing slash', expected };
  if (type.mustEndWith && !url.pathname.replace(/\/+$/u, '').endsWith(type.mustEndWith)) {
    return { kind: 'invalid', problem: `does not end in \`${type.mustEndWith}\``, expected };
  }
  return undefined;
}

/** The docs' "Type" line without its final period, or a description built from the machine-checkable type. */
function expectedText(entry: VariableEntry): string {
  if (entry.type) return entry.type.replace(/\.$/u, '');
  const type = entry.valueType;
  switch (type.kind) {
    case 'url':
      return 'a URL';
    case 'secret':
      return type.minBytes === undefined ? 'a secret string' : `a secret of at least ${type.minBytes} bytes`;
    case 'jwt':
      return 'a JWT';
    case 'token':
      return `a token prefixed ${type.prefixes.join(' or ')}`;
    case 'enum':
      return type.values.join(' or ');
    case 'pattern':
      return type.example;
    default:
      return 'a string';
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
