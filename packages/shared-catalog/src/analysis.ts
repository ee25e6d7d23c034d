/**
 * The analysis both hosts share: pure functions that turn an environment-variable access (found by a
 * host in its own syntax tree) into findings. No syntax tree here: only names and values.
 */
import picomatch from 'picomatch';
import { catalog as defaultCatalog, type Catalog } from './catalog.js';
import { makeFinding, makeFix, makeSwapFix, type FindingId, type FixId, type RuleName } from './findings.js';
import { maskedValue, sectionTitleOf } from './text.js';
import {
  clientFindings,
  managedFindings,
  mixupFindings,
  secretFallbackFindings,
  unknownNameFindings,
  valueFindings,
} from './checks.js';

/** How the code touches the variable. */
export type AccessKind = 'read' | 'write' | 'delete';

/**
 * One access to an environment variable, as a host describes it. Every field is part of the key `analyzeAccess`
 * memoises its findings by: a new field must be added to that key.
 */
export interface EnvAccess {
  /** The variable name, exactly as written (`"FLUX_URL"`). */
  readonly name: string;
  /** Read, write (assignment, `Object.assign`, `Object.defineProperty`) or `delete`. */
  readonly kind: AccessKind;
  /**
   * For a write: every value the write may set, each as the string `process.env` stores (`String(v)`),
   * when the host can tell them statically (a literal, a `const`, each branch of a conditional).
   * `undefined` when any possible value is unknown (a variable, a call).
   */
  readonly values?: readonly string[];
  /**
   * For a read: the names read after this one in the same `a ?? b` / `a || b` chain (its fallbacks):
   * `process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET` gives `['AUTH_SECRET']` for the first read.
   */
  readonly fallbackTo?: readonly string[];
  /**
   * For a read: the names read before this one in the same `a ?? b` / `a || b` chain
   * (`process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET` gives `['AUTH_SECRET']` for the second read).
   */
  readonly fallbackAfter?: readonly string[];
  /**
   * Where the code runs: `client` for a module that starts with the `'use client'` directive (or that the user
   * declares client code), `server` otherwise (`'use server'`, no directive). Absent: unknown, no client checks.
   */
  readonly module?: 'client' | 'server';
  /**
   * For a read: how it reaches the environment. `direct` is `process.env.X` / `process.env['X']` on the global
   * `process`, the only form Next.js inlines into the browser bundle; `destructuring` (`const { X } = process.env`),
   * `alias` (`const e = process.env`, `import { env } from 'node:process'`, `globalThis.process.env`),
   * `computed-key` (`process.env[KEY]` with `const KEY = 'X'`) and `import-meta-env` are not inlined.
   * Absent: unknown (treated as `direct`).
   */
  readonly readForm?: 'direct' | 'destructuring' | 'alias' | 'computed-key' | 'import-meta-env';
  /**
   * For a read: the literal values it falls back to when the variable is unset, each as a string
   * (`?? 'x'`, `|| 'x'`, a destructuring default `{ X = 'x' }`, the other branch of a conditional). Non-literal
   * fallbacks are left out; absent or empty when there is none.
   */
  readonly fallbackValues?: readonly string[];
  /** For a read: what the code does with the value, when a host can tell (evidence for look-alike mix-ups). */
  readonly usages?: readonly EnvUsage[];
}

/**
 * What code does with a variable's value, as a host found it. Evidence for `no-lookalike-mixup`.
 * - `url-base`: the value starts a URL the code builds (`` `${v}/notes?select=*` ``, `v + '/x'`, `new URL('/x', v)`);
 *   `path` is the literal text written right after it.
 * - `jwt-signing-key`: the value is the key of a JWT signing call of `library` (`jsonwebtoken` `sign`, `jose` `SignJWT`).
 * - `auth-library-secret`: the value is the `secret` option of Auth.js (`library` is the module, e.g. `next-auth`).
 * - `bearer-token`: the value is the token of an `Authorization: Bearer …` header of a request whose URL reads the
 *   variables `requestUrlReads` (names as written).
 */
export type EnvUsage =
  | { readonly kind: 'url-base'; readonly path: string }
  | { readonly kind: 'jwt-signing-key'; readonly library: string }
  | { readonly kind: 'auth-library-secret'; readonly library: string }
  | { readonly kind: 'bearer-token'; readonly requestUrlReads: readonly string[] };

/** A fix a finding offers: rename the variable at the access to another name. */
export interface FindingFix {
  /**
   * `rename`: write `to` instead of the name at the access. `swap`: write `to` at the access, and write the access's
   * name instead of `partner`, the name read after it in the same `??` / `||` chain (the two names trade places).
   */
  readonly kind: 'rename' | 'swap';
  /** The name to write instead. */
  readonly to: string;
  /** For `swap`: the name read later in the chain that takes the access's name. */
  readonly partner?: string;
  /** Stable id of the fix's message (ESLint suggestion `messageId`). */
  readonly messageId: FixId;
  /** Placeholder values for the fix message. */
  readonly data: Readonly<Record<string, string>>;
  /** The fix message, e.g. ``Rename `FLUX_SERVICE_URL` to `FLUX_URL`.`` */
  readonly message: string;
}

/** One problem the analysis found. */
export interface Finding {
  /** Stable id of the kind (ESLint `messageId`). */
  readonly id: FindingId;
  /** The ESLint rule that reports it. */
  readonly rule: RuleName;
  /** The tsserver diagnostic code. */
  readonly code: number;
  /** Placeholder values of the message template: names, masked values, never a secret's value. */
  readonly data: Readonly<Record<string, string>>;
  /** The rendered message. */
  readonly message: string;
  /** Fixes the finding offers, possibly none. */
  readonly fixes: readonly FindingFix[];
  /**
   * Which value the finding is about, when it is about one: `value` is `EnvAccess.values[index]` (a write),
   * `fallback` is `EnvAccess.fallbackValues[index]` (a read). Hosts point at that value's place in the source.
   */
  readonly at?: { readonly kind: 'value' | 'fallback'; readonly index: number };
}

/**
 * Shows a value in a message without leaking it: a secret's value becomes `a hidden value of N characters`
 * (`maskedValue`); any other value is quoted as a JSON string, with the user-info of every URL in it masked
 * (`https://user:pass@host/x` → `"https://***@host/x"`), since a URL can carry a password.
 * Source: every "Sensitive: Yes" entry of the Flux docs page (sections 1–4); house rule "never print a secret".
 * @param name the variable the value belongs to (decides whether it is secret; a browser-exposed name of a
 *   secret, `NEXT_PUBLIC_AUTH_SECRET`, counts as the secret)
 * @param value the value as `process.env` stores it
 * @param cat the catalog that says which names are secret (default: the Flux docs page)
 * @returns text for a message. Never throws.
 */
export function displayValue(name: string, value: string, cat: Catalog = defaultCatalog): string {
  if (cat.isSecret(name) || isSecretBehindPublicName(name, cat)) return maskedValue(value);
  return JSON.stringify(value.replace(URL_USER_INFO, '$1***@'));
}

/**
 * The user-info of a URL (`scheme://user:pass@`), anywhere in a value. The user-info runs to the last `@` before
 * the first `/`, `?`, `#` or whitespace, so an unencoded `@` in a password is masked too.
 */
const URL_USER_INFO = /\b([a-z][a-z\d+.-]*:\/\/)[^\s/?#]*@/giu;

function isSecretBehindPublicName(name: string, cat: Catalog): boolean {
  const split = cat.splitPublicName(name);
  return split !== undefined && cat.isSecret(split.rest);
}

/**
 * The secret a browser-exposed name carries: `NEXT_PUBLIC_AUTH_SECRET` → `AUTH_SECRET`,
 * `NEXT_PUBLIC_NEXTAUTH_SECRET` → `NEXTAUTH_SECRET`.
 * Source: section 1 (`FLUX_GATEWAY_JWT_SECRET`: "never expose this in browser bundles") and every "Sensitive: Yes".
 * @returns the secret's name as written after the prefix, or `undefined` when the name exposes no secret
 */
export function secretExposedBy(name: string, cat: Catalog = defaultCatalog): { prefix: string; secret: string } | undefined {
  const split = cat.splitPublicName(name);
  if (!split || !cat.isSecret(split.rest)) return undefined;
  return { prefix: split.prefix, secret: split.rest };
}

/**
 * True when `value` turns TLS certificate checks off for the variable `name`: Node compares the value exactly
 * (`"0"` does, `" 0"` and `"false"` do not).
 * Source: section 5, `NODE_TLS_REJECT_UNAUTHORIZED` ("Set to 0 to disable TLS verification process-wide. Don't.").
 * @param value the value as `process.env` stores it
 */
export function disablesTls(name: string, value: string, cat: Catalog = defaultCatalog): boolean {
  const type = cat.variable(name)?.valueType;
  return type?.kind === 'tls-reject-unauthorized' && type.disabledBy.includes(value);
}

/**
 * True when `value` reads as turning TLS certificate checks off for `name` (`""`, `"false"`, `"off"`, `"no"`,
 * `" 0 "`) although Node leaves them on: the intent is there, and the next edit to `"0"` makes it real.
 * Source: section 5, `NODE_TLS_REJECT_UNAUTHORIZED`.
 * @param value the value as `process.env` stores it; compared trimmed and lower-cased
 */
export function readsAsDisablingTls(name: string, value: string, cat: Catalog = defaultCatalog): boolean {
  const type = cat.variable(name)?.valueType;
  return (
    type?.kind === 'tls-reject-unauthorized' &&
    !type.disabledBy.includes(value) &&
    type.readAsDisabling.includes(value.trim().toLowerCase())
  );
}

/** The variable the docs recommend instead of a TLS escape hatch (`NODE_EXTRA_CA_CERTS`): the other variable of the same section with a `path` type. */
function tlsAlternative(name: string, cat: Catalog): string | undefined {
  const section = cat.variable(name)?.section;
  return cat.variables().find((v) => v.section === section && v.valueType.kind === 'path')?.name;
}

/**
 * Turns one access into findings of every rule.
 * Source: the whole Flux docs page, check by check: every "Sensitive: Yes" entry and section 1 (`NEXT_PUBLIC_*`
 * exposure, `publicSecret`), section 5 (`NODE_TLS_REJECT_UNAUTHORIZED`), the legacy aliases of sections 1–2
 * (`legacyAlias`), then the sources cited by each check of `checks.ts`.
 * @param access what the host found (name, kind, known values, fallback chain)
 * @param cat the catalog to check against (default: the Flux docs page)
 * @returns findings in a stable order: `publicSecret`, `tlsVerificationDisabled`, `legacyAlias`, then the
 *   findings of `no-server-env-in-client`, `no-unknown-variable`, `no-secret-fallback`, `no-lookalike-mixup`,
 *   `valid-value`, `no-managed-variable` (see `checks.ts`); empty when the access is fine. Never throws for any input.
 */
export function analyzeAccess(access: EnvAccess, cat: Catalog = defaultCatalog): Finding[] {
  // Findings depend only on the access's fields (no syntax, no position): memoise them by value. Most accesses of
  // a code base repeat (the same name read the same way), so most lookups hit.
  let memo = findingsMemo.get(cat);
  if (!memo) {
    memo = new Map();
    findingsMemo.set(cat, memo);
  }
  const key = memoKey(access);
  let findings = memo.get(key);
  if (!findings) {
    findings = computeFindings(access, cat);
    if (memo.size > 10_000) memo.clear();
    memo.set(key, findings);
  }
  return [...findings];
}

const findingsMemo = new WeakMap<Catalog, Map<string, readonly Finding[]>>();

/**
 * The memo key of an access: every field of `EnvAccess`, NUL-separated. The fields before the name come from fixed
 * vocabularies or JSON (which escapes NUL), and the name comes last, so two different accesses never share a key.
 * Most accesses have no list field; their key is built without `JSON.stringify`.
 */
function memoKey(access: EnvAccess): string {
  const { values, fallbackAfter, fallbackTo, fallbackValues, usages } = access;
  const lists =
    values || fallbackAfter || fallbackTo || fallbackValues || usages
      ? JSON.stringify([values ?? null, fallbackAfter ?? null, fallbackTo ?? null, fallbackValues ?? null, usages ?? null])
      : '';
  return `${access.kind}\u0000${access.module ?? ''}\u0000${access.readForm ?? ''}\u0000${lists}\u0000${access.name}`;
}

function computeFindings(access: EnvAccess, cat: Catalog): Finding[] {
  const findings: Finding[] = [];
  const { name } = access;

  const exposed = secretExposedBy(name, cat);
  if (exposed && access.kind !== 'delete') {
    findings.push(
      makeFinding('publicSecret', {
        name,
        secret: exposed.secret,
        prefix: exposed.prefix,
        section: sectionTitleOf(exposed.secret, cat),
      }),
    );
  }

  if (access.kind === 'write' && access.values) {
    const disabling = access.values.find((value) => disablesTls(name, value, cat));
    const seemingly = disabling === undefined ? access.values.find((value) => readsAsDisablingTls(name, value, cat)) : undefined;
    const value = disabling ?? seemingly;
    if (value !== undefined) {
      const entry = cat.variable(name)!;
      findings.push(
        makeFinding(disabling !== undefined ? 'tlsVerificationDisabled' : 'tlsDisableIntent', {
          name,
          value: displayValue(name, value, cat),
          alternative: tlsAlternative(name, cat) ?? '',
          section: cat.section(entry.section).title,
        }),
      );
    }
  }

  const alias = cat.aliasOf(name);
  if (alias && access.kind !== 'delete') {
    const isMigrationFallback =
      access.kind === 'read' && (access.fallbackAfter ?? []).some((before) => cat.canonicalOf(before) === alias.canonical && before !== name);
    if (!isMigrationFallback) {
      const entry = cat.variable(alias.canonical)!;
      const data = { name, canonical: alias.canonical, reason: alias.reason, section: cat.section(entry.section).title };
      // Read before its canonical name (`NEXTAUTH_SECRET ?? AUTH_SECRET`): renaming would read one name twice;
      // trading the two places gives the migration pattern (`AUTH_SECRET ?? NEXTAUTH_SECRET`).
      const partner =
        access.kind === 'read'
          ? (access.fallbackTo ?? []).find((after) => after !== name && cat.canonicalOf(after) === alias.canonical)
          : undefined;
      const fix =
        partner === undefined
          ? makeFix('renameToCanonical', alias.canonical, data)
          : makeSwapFix('swapWithCanonical', alias.canonical, partner, data);
      findings.push(makeFinding('legacyAlias', data, [fix]));
    }
  }

  findings.push(
    ...clientFindings(access, cat),
    ...unknownNameFindings(access, cat),
    ...secretFallbackFindings(access, cat),
    ...mixupFindings(access, cat),
    ...valueFindings(access, cat, (n, v) => displayValue(n, v, cat)),
    ...managedFindings(access, cat),
  );

  return findings;
}

/** One key of `next.config`'s `env` or `publicRuntimeConfig` object, as a host describes it. */
export interface NextConfigEntry {
  /** `"env"` or `"publicRuntimeConfig"`. */
  readonly option: string;
  /** The key, as written. */
  readonly key: string;
  /** Environment variables the key's value reads (`process.env.X` inside it), in source order. */
  readonly reads: readonly string[];
}

/**
 * Checks a key of `next.config`'s `env` / `publicRuntimeConfig`: Next.js inlines every key there into
 * the browser bundle, so a secret's name as the key, or a read of a secret in the value, exposes it.
 * Source: section 1 (`FLUX_GATEWAY_JWT_SECRET`: "never expose this in browser bundles").
 * @returns one `secretInNextConfig` finding per exposed secret (the key first, then reads); empty when fine
 */
export function analyzeNextConfigEntry(entry: NextConfigEntry, cat: Catalog = defaultCatalog): Finding[] {
  const secrets = new Set<string>();
  if (cat.isSecret(entry.key)) secrets.add(entry.key);
  const exposed = secretExposedBy(entry.key, cat);
  if (exposed) secrets.add(exposed.secret);
  for (const read of entry.reads) if (cat.isSecret(read)) secrets.add(read);
  return [...secrets].map((secret) =>
    makeFinding('secretInNextConfig', {
      option: entry.option,
      key: entry.key,
      secret,
      section: sectionTitleOf(secret, cat),
    }),
  );
}

/** The `next.config` options whose keys Next.js inlines into the browser bundle. Source: ARCHITECTURE facts (Next.js). */
export const NEXT_CONFIG_PUBLIC_OPTIONS: readonly string[] = ['env', 'publicRuntimeConfig'];

/** Glob (matched against a file's base name) of the Next.js config files. Source: Next.js, `next.config.js` docs. */
export const NEXT_CONFIG_FILE_GLOB = 'next.config.{js,mjs,cjs,ts,mts}';

/** `NEXT_CONFIG_FILE_GLOB` compiled by picomatch, on the first `isNextConfigFileName` call of the process. */
let nextConfigMatcher: ((baseName: string) => boolean) | undefined;

/**
 * Whether a file is a Next.js config file, whose `env` / `publicRuntimeConfig` keys `analyzeNextConfigEntry` judges:
 * its base name matches `NEXT_CONFIG_FILE_GLOB` (picomatch). The one test both hosts make, once per linted file or
 * file version. Source: Next.js, `next.config.js` docs (the file names Next.js loads).
 * @param baseName the file's last path segment (`next.config.mjs`), as each host takes it from its own file names
 * @returns whether it is a Next.js config file. Never throws.
 */
export function isNextConfigFileName(baseName: string): boolean {
  nextConfigMatcher ??= picomatch(NEXT_CONFIG_FILE_GLOB);
  return nextConfigMatcher(baseName);
}
