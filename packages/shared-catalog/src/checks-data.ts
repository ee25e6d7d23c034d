/**
 * Facts the checks of `checks.ts` need beyond the variable entries of `data.ts`: name namespaces, names
 * other tools own, the evidence of the "Names that look alike" collisions, flag words. Data only; nothing
 * here is computed.
 */
import type { SectionId } from './types.js';

/** The heading of the docs page's alphabetical table, cited by findings about names the page does not list. */
export const QUICK_LOOKUP_TITLE = 'Quick lookup';

/**
 * A name prefix that the catalog's variables live under: a name with this prefix that the catalog does not
 * list is almost certainly a misspelling (or a variable the user must declare).
 */
export interface Namespace {
  /** The prefix, e.g. `"FLUX_"`. */
  readonly prefix: string;
  /** Who owns the names under it, for messages: `"Flux"`, `"Auth.js"`, `"PostgREST"`. */
  readonly owner: string;
}

/**
 * The namespaces of the docs page's variables. Source: the quick lookup table (every `FLUX_*`, the
 * `NEXT_PUBLIC_FLUX_URL` browser twin, section 2's `AUTH_*` and legacy `NEXTAUTH_*`, section 4's `PGRST_*`).
 * Longest prefix first, so that `NEXT_PUBLIC_FLUX_` wins over shorter ones.
 */
export const NAMESPACES: readonly Namespace[] = [
  { prefix: 'NEXT_PUBLIC_FLUX_', owner: 'Flux' },
  { prefix: 'NEXTAUTH_', owner: 'Auth.js' },
  { prefix: 'PGRST_', owner: 'PostgREST' },
  { prefix: 'FLUX_', owner: 'Flux' },
  { prefix: 'AUTH_', owner: 'Auth.js' },
];

/**
 * Auth.js's own provider variables: `AUTH_<PROVIDER>_ID`, `AUTH_<PROVIDER>_SECRET`, `AUTH_<PROVIDER>_ISSUER`
 * (and `AUTH_<PROVIDER>_KEY` for e-mail providers), which Auth.js v5 reads for every provider, not only the
 * GitHub pair the page documents. Source: section 2 (`AUTH_GITHUB_ID` / `AUTH_GITHUB_SECRET`) and Auth.js's
 * environment-variable inference. Anchored regex source text.
 */
export const AUTHJS_PROVIDER_NAME = '^AUTH_[A-Z0-9]+(?:_[A-Z0-9]+)*_(?:ID|SECRET|ISSUER|KEY)$';

/**
 * Names in a catalog namespace that Auth.js itself reads although the Flux page does not list them:
 * they are not unknown. Source: Auth.js (`@auth/core` environment defaults, `next-auth` v4).
 */
export const AUTHJS_OTHER_NAMES: readonly string[] = [
  'AUTH_TRUST_HOST',
  'AUTH_REDIRECT_PROXY_URL',
  'AUTH_LOGGER_LEVEL',
  'NEXTAUTH_URL_INTERNAL',
  'NEXTAUTH_DEBUG',
];

/**
 * How far (Levenshtein distance, compared upper-cased) a name may be from a catalog name to count as a
 * misspelling of it: `maxDistanceShort` for catalog names shorter than `longFrom` characters, `maxDistanceLong`
 * otherwise. A name that differs only in case always counts.
 */
export const DID_YOU_MEAN = { longFrom: 10, maxDistanceShort: 1, maxDistanceLong: 2, maxSuggestions: 3 } as const;

/**
 * Values people write to switch a flag off that in fact switch a "non-empty, not 0" flag on (compared
 * trimmed and lower-cased). Source: section 3, `FLUX_DEBUG` ("any non-empty value other than "0" enables").
 */
export const FLAG_OFF_WORDS: readonly string[] = ['false', 'off', 'no'];

/** Which of the two surfaces of "The idea" a URL variable points at. Source: "The idea" and section 1/3. */
export const ENDPOINTS = {
  /** The project's Service URL (project surface): section 1, `NEXT_PUBLIC_FLUX_URL` and `FLUX_URL`. */
  serviceUrl: ['FLUX_URL', 'NEXT_PUBLIC_FLUX_URL'],
  /** The control plane dashboard API origin + `/api`: section 3, `FLUX_API_BASE`. */
  controlPlaneApi: ['FLUX_API_BASE'],
} as const;

/**
 * A path written after a URL that is clear evidence of a PostgREST (project data) request: a `select=` or a
 * PostgREST filter (`col=eq.1`) in the query, or an `/rpc/` call. Source: "Names that look alike"
 * (`FLUX_API_BASE` vs `FLUX_URL`: "Mixing them yields 404s on … /notes?select=...").
 */
export const PROJECT_DATA_PATH =
  '(?:[?&]select=|[?&][A-Za-z_][A-Za-z0-9_]*=(?:not\\.)?(?:eq|neq|gt|gte|lt|lte|like|ilike|match|imatch|in|is|fts|plfts|phfts|wfts|cs|cd|ov|sl|sr|nxr|nxl|adj)\\.|^/rpc/)';

/**
 * A path written after a URL that is clear evidence of a control-plane request. Source: "Names that look alike"
 * (`FLUX_API_BASE` vs `FLUX_URL`: "Mixing them yields 404s on /api/projects/...").
 */
export const CONTROL_PLANE_PATH = '^/api/projects(?:[/?#]|$)';

/**
 * What the text of a file that writes a `PROJECT_DATA_PATH` path holds somewhere (a query parameter or `/rpc/`):
 * a file without it cannot show the evidence, and a host need not look for URL usages there. Looser than the path
 * pattern on purpose (it may match where the pattern does not). The path a host reads is a string's cooked value, so
 * the text is also tested with its escapes decoded (see `usageKindsFor`).
 * Source: "Names that look alike" (`FLUX_API_BASE` vs `FLUX_URL`: "… /notes?select=...").
 */
export const PROJECT_DATA_TEXT = '[?&][A-Za-z_][A-Za-z0-9_]*=|/rpc/';

/**
 * What the text of a file that writes a `CONTROL_PLANE_PATH` path holds somewhere (see `PROJECT_DATA_TEXT`).
 * Source: "Names that look alike" (`FLUX_API_BASE` vs `FLUX_URL`: "Mixing them yields 404s on /api/projects/...").
 */
export const CONTROL_PLANE_TEXT = '/api/projects';

/** What the code does with a variable's value, as evidence of a look-alike mix-up (see `EnvUsage` in `analysis.ts`). */
export type UsageKind = 'url-base' | 'jwt-signing-key' | 'auth-library-secret' | 'bearer-token';

/** One look-alike mix-up the analysis reports, with the evidence it needs. */
export interface Mixup {
  /** The finding id it produces. */
  readonly id:
    | 'apiBaseForProjectData'
    | 'serviceUrlForControlPlane'
    | 'authSecretSignsFluxJwt'
    | 'gatewaySecretAsAuthSecret'
    | 'apiTokenAsServiceBearer';
  /** The "Names that look alike" row it comes from, when it comes from one (`Lookalike.id`). */
  readonly lookalike?: string;
  /** The section the finding cites. */
  readonly section: SectionId;
  /** Canonical names whose value, used this way, is the mistake. */
  readonly wrote: readonly string[];
  /** The use that gives it away. */
  readonly usage: UsageKind;
  /** For `url-base`: regex source the path written after the value must match. */
  readonly pathPattern?: string;
  /** For `url-base`: regex source that the text of any file holding a matching path matches (see `PROJECT_DATA_TEXT`). */
  readonly pathText?: string;
  /** For `bearer-token`: canonical names one of which the request's URL must read. */
  readonly requestTo?: readonly string[];
  /** The variable the code meant. */
  readonly meant: string;
  /** For `apiTokenAsServiceBearer`: the secret that mints tokens the gateway accepts. */
  readonly signer?: string;
}

/**
 * The collisions of "Names that look alike" (and "The idea"'s two surfaces), each with the evidence that shows
 * it in code. Reported only on that evidence.
 */
export const MIXUPS: readonly Mixup[] = [
  {
    id: 'apiBaseForProjectData',
    lookalike: 'api-base-vs-url',
    section: 'lookalikes',
    wrote: ENDPOINTS.controlPlaneApi,
    usage: 'url-base',
    pathPattern: PROJECT_DATA_PATH,
    pathText: PROJECT_DATA_TEXT,
    meant: 'FLUX_URL',
  },
  {
    id: 'serviceUrlForControlPlane',
    lookalike: 'api-base-vs-url',
    section: 'lookalikes',
    wrote: ENDPOINTS.serviceUrl,
    usage: 'url-base',
    pathPattern: CONTROL_PLANE_PATH,
    pathText: CONTROL_PLANE_TEXT,
    meant: 'FLUX_API_BASE',
  },
  {
    id: 'authSecretSignsFluxJwt',
    lookalike: 'auth-secret-vs-gateway-secret',
    section: 'lookalikes',
    wrote: ['AUTH_SECRET'],
    usage: 'jwt-signing-key',
    meant: 'FLUX_GATEWAY_JWT_SECRET',
  },
  {
    id: 'gatewaySecretAsAuthSecret',
    lookalike: 'auth-secret-vs-gateway-secret',
    section: 'lookalikes',
    wrote: ['FLUX_GATEWAY_JWT_SECRET'],
    usage: 'auth-library-secret',
    meant: 'AUTH_SECRET',
  },
  {
    id: 'apiTokenAsServiceBearer',
    section: 'cli',
    wrote: ['FLUX_API_TOKEN'],
    usage: 'bearer-token',
    requestTo: ENDPOINTS.serviceUrl,
    meant: 'FLUX_BEARER_TOKEN',
    signer: 'FLUX_GATEWAY_JWT_SECRET',
  },
];

/**
 * Libraries whose calls give a variable's use away, for hosts that look for the evidence of `MIXUPS`.
 * - `jwtSigners`: modules whose JWT signing call takes the key (`jsonwebtoken`'s `sign(payload, key)`, `jose`'s
 *   `new SignJWT(…).sign(key)`).
 * - `jsonwebtokenSign`: the name of `jsonwebtoken`'s signing function (`sign(payload, key)`, `jwt.sign(payload, key)`).
 * - `joseSigner`: `jose`'s signing builder class and its signing method (`new SignJWT(payload)….sign(key)`).
 * - `keyMaterialCalls`: names of calls that turn a secret string into key material without changing which secret
 *   it is (`new TextEncoder().encode(s)`, `Buffer.from(s)`, `crypto.createSecretKey(s)`): the value passes through.
 * - `authjsModules`: module specifiers of Auth.js; the `authjsSecretOption` option (`secret`) of a call to one of
 *   their exports (or of an object typed as one of `authjsConfigTypes`) is Auth.js's secret.
 */
export const USAGE_LIBRARIES = {
  jwtSigners: { jsonwebtoken: 'jsonwebtoken', jose: 'jose' },
  jsonwebtokenSign: 'sign',
  joseSigner: { className: 'SignJWT', method: 'sign' },
  keyMaterialCalls: ['encode', 'from', 'createSecretKey'],
  authjsModules: ['next-auth', '@auth/core', '@auth/sveltekit', '@auth/express', '@auth/qwik', '@auth/solid-start'],
  authjsModulePrefixes: ['next-auth/', '@auth/'],
  authjsConfigTypes: ['NextAuthConfig', 'NextAuthOptions', 'AuthConfig', 'SvelteKitAuthConfig', 'ExpressAuthConfig'],
  authjsSecretOption: 'secret',
} as const;

/**
 * Where Next.js reads `NEXT_PUBLIC_*` variables for the browser: the section the client-code findings about a
 * browser-exposed name cite. Source: section 1, `FLUX_URL` ("Next.js only exposes the NEXT_PUBLIC_* form to the browser").
 */
export const BROWSER_PREFIX_SECTION: SectionId = 'wiring';
