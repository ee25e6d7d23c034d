/**
 * The Flux docs page "Environment variables", as data.
 *
 * Every entry holds the page's own words; tests in `test/data.test.ts` hold this file to the page.
 * Nothing here is computed: the query API (`catalog.ts`) and the analysis (`analysis.ts`) read it.
 */
import type {
  AliasEntry,
  CliDotenvSpec,
  FluxJsonSpec,
  Lookalike,
  Section,
  VariableEntry,
} from './types.js';

/** The title of the docs page every finding cites. */
export const DOCS_PAGE_TITLE = 'Environment variables';

/** The sections of the docs page, in page order. Source: the page's headings and its quick lookup "Section" column. */
export const SECTIONS: readonly Section[] = [
  { id: 'wiring', title: '1. Wiring your app to a Flux project', lookupName: 'Wiring your app' },
  { id: 'auth', title: '2. Auth wiring (Auth.js, Clerk)', lookupName: 'Auth wiring' },
  { id: 'cli', title: '3. Driving the CLI', lookupName: 'CLI' },
  { id: 'postgrest', title: '4. PostgREST container envs (v1_dedicated only)', lookupName: 'PostgREST envs' },
  { id: 'tls', title: '5. TLS and runtime', lookupName: 'TLS and runtime' },
  { id: 'lookalikes', title: 'Names that look alike', lookupName: 'Names that look alike' },
];

/**
 * Prefixes that Next.js inlines into the browser bundle. Source: section 1, `FLUX_URL`
 * ("Next.js only exposes the NEXT_PUBLIC_* form to the browser").
 */
export const BROWSER_PREFIXES: readonly string[] = ['NEXT_PUBLIC_'];

/** Section 1 "Wiring your app to a Flux project", section 2 "Auth wiring", section 3 "Driving the CLI", section 4 "PostgREST container envs", section 5 "TLS and runtime". */
export const VARIABLES: readonly VariableEntry[] = [
  // 1. Wiring your app to a Flux project
  {
    name: 'NEXT_PUBLIC_FLUX_URL',
    section: 'wiring',
    summary: 'Browser-exposed Service URL.',
    description:
      "The project's Service URL, exposed to the browser bundle. Use this when fetch runs in the browser (client components, browser-side actions).",
    type: 'URL — usually the canonical flattened form https://api--<slug>--<hash>.vsl-base.com.',
    valueType: { kind: 'url' },
    whereSet: '.env.local (or .env) of your app repo.',
    sensitive: false,
    sensitiveNote: 'this URL is part of every browser request anyway.',
    source: 'copy from flux list or the project page in the dashboard. See Service URLs.',
    notes: [],
    footguns: [],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['browser', 'server'],
    owner: 'flux',
    aliases: [],
    publicTwin: 'FLUX_URL',
  },
  {
    name: 'FLUX_URL',
    section: 'wiring',
    summary: 'Server-side Service URL.',
    description:
      'Same value as NEXT_PUBLIC_FLUX_URL, but for server-only code paths (route handlers, server actions, scripts). Setting both with the same value is normal — Next.js only exposes the NEXT_PUBLIC_* form to the browser.',
    type: 'URL.',
    valueType: { kind: 'url' },
    whereSet: ".env.local of your app repo, or your server's process env.",
    sensitive: false,
    notes: [
      'Some older guides use FLUX_SERVICE_URL for the same purpose. Both still work; FLUX_URL is the name printed by flux create and the canonical form going forward.',
    ],
    footguns: [],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'flux',
    aliases: ['FLUX_SERVICE_URL'],
    publicTwin: 'NEXT_PUBLIC_FLUX_URL',
  },
  {
    name: 'FLUX_GATEWAY_JWT_SECRET',
    section: 'wiring',
    summary: 'Per-project HS256 secret your app uses to sign Flux JWTs.',
    description:
      "The per-project HS256 secret your app uses to sign JWTs that the Flux gateway will accept. This is the same value as your project's jwt_secret in the control plane — the dashboard's Project → Keys panel and flux env reveal it.",
    type: 'string, at least 32 bytes (openssl rand -base64 48 is the typical generator).',
    valueType: { kind: 'secret', minBytes: 32 },
    whereSet: '.env.local (server-only — never expose this in browser bundles).',
    sensitive: true,
    sensitiveNote:
      'Treat it like a session-signing key. Anyone with this secret can mint tokens that Flux will accept for your project.',
    notes: [],
    footguns: [
      'the operator surface uses this exact same name for a different, cluster-wide secret on the PostgREST pool. Sarah-the-app-builder cares about the per-project value; Justin-the-operator cares about the pool value. See Names that look alike.',
    ],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server', 'cli'],
    owner: 'flux',
    aliases: [],
  },
  {
    name: 'FLUX_BEARER_TOKEN',
    section: 'wiring',
    summary: "Pre-minted JWT for scripts/CI that don't sign at request time.",
    description:
      "A pre-minted JWT used as an explicit override when you don't want your script to do the signing — useful for one-off curl calls, smoke tests, or CI that doesn't carry a user session. The Auth.js + RLS guide uses this for the simplest possible server-side example.",
    type: 'string (a JWT).',
    valueType: { kind: 'jwt' },
    whereSet: "the script's environment, or .env.local for local development.",
    sensitive: true,
    sensitiveNote: 'it grants the same access as the role + claims it carries. Keep TTLs short.',
    notes: ['Scripts and CI only.'],
    footguns: [],
    whenToSkip: "in production, mint tokens at request time from your auth provider's session instead.",
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'flux',
    aliases: [],
  },
  {
    name: 'FLUX_POSTGREST_SCHEMA',
    section: 'wiring',
    summary: 't_<shortid>_api for direct-to-PostgREST callers (bypassing the gateway).',
    description:
      'When your app talks to PostgREST without going through the Flux gateway — usually for local development, internal tooling, or operators bypassing the public ingress — PostgREST needs a schema name in the Accept-Profile (GET/HEAD) and Content-Profile (POST/PATCH/PUT/DELETE) headers. This variable holds that name.',
    type: 'schema identifier, of the form t_<12-hex-shortid>_api.',
    valueType: { kind: 'pattern', regex: '^t_[0-9a-f]{12}_api$', example: 't_<12-hex-shortid>_api' },
    whereSet: "the calling process's env.",
    sensitive: false,
    notes: ['Direct-to-PostgREST callers only.'],
    footguns: [],
    whenToSkip:
      "if your app calls the Service URL through the gateway, the gateway injects these headers for you and you don't need this variable. See JWT authentication.",
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'flux',
    aliases: [],
  },
  // 2. Auth wiring (Auth.js, Clerk)
  {
    name: 'AUTH_SECRET',
    section: 'auth',
    summary: 'Auth.js session signing key (alias NEXTAUTH_SECRET).',
    description:
      'Session signing key for Auth.js v5. The dashboard auth.ts accepts either name and aliases the legacy NEXTAUTH_SECRET to AUTH_SECRET automatically.',
    valueType: { kind: 'secret' },
    sensitive: true,
    notes: [
      "Distinct from FLUX_GATEWAY_JWT_SECRET — AUTH_SECRET signs your app's session cookie; FLUX_GATEWAY_JWT_SECRET signs the bearer JWT you mint for Flux. They are independent secrets and should be different values.",
    ],
    footguns: [],
    rotation:
      'rotating this invalidates every existing session cookie. Auth.js will log a one-time JWTSessionError while browsers clear stale cookies. This is expected.',
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'authjs',
    aliases: ['NEXTAUTH_SECRET'],
  },
  {
    name: 'AUTH_URL',
    section: 'auth',
    summary: 'Auth.js callback origin (alias NEXTAUTH_URL).',
    description: 'Public origin Auth.js uses for callback URLs (/api/auth/callback/<provider>). Either name works.',
    valueType: { kind: 'url' },
    sensitive: false,
    notes: [],
    footguns: [],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'authjs',
    aliases: ['NEXTAUTH_URL'],
  },
  {
    name: 'AUTH_GITHUB_ID',
    section: 'auth',
    summary: 'GitHub OAuth client credentials (legacy GITHUB_ID / GITHUB_SECRET accepted).',
    description:
      'OAuth credentials when you use GitHub as a provider. The dashboard accepts the unprefixed legacy names too.',
    valueType: { kind: 'string' },
    sensitive: false,
    sensitiveNote: 'Yes (the secret) — the client ID itself is not the secret.',
    notes: [],
    footguns: [],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'authjs',
    aliases: ['GITHUB_ID'],
    pairedWith: 'AUTH_GITHUB_SECRET',
  },
  {
    name: 'AUTH_GITHUB_SECRET',
    section: 'auth',
    summary: 'GitHub OAuth client credentials (legacy GITHUB_ID / GITHUB_SECRET accepted).',
    description:
      'OAuth credentials when you use GitHub as a provider. The dashboard accepts the unprefixed legacy names too.',
    valueType: { kind: 'secret' },
    sensitive: true,
    sensitiveNote: 'Yes (the secret).',
    notes: [],
    footguns: [],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'authjs',
    aliases: ['GITHUB_SECRET'],
    pairedWith: 'AUTH_GITHUB_ID',
  },
  {
    name: 'AUTH_DEBUG',
    section: 'auth',
    summary: 'Auth.js verbose logging (1 to enable).',
    description: 'Set to 1 to enable Auth.js verbose logging. Off by default.',
    valueType: { kind: 'flag', enabledBy: 'one' },
    sensitive: false,
    notes: [],
    footguns: [],
    defaultValue: 'off',
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server'],
    owner: 'authjs',
    aliases: [],
  },
  // 3. Driving the CLI
  {
    name: 'FLUX_API_BASE',
    section: 'cli',
    summary: 'Control plane dashboard API origin + /api.',
    description:
      'The control plane dashboard API origin, including the trailing /api segment. The CLI uses this to call flux list, flux create, flux push, and friends. Distinct from FLUX_URL (see Names that look alike).',
    type: 'URL ending in /api, no trailing slash. Example: https://flux.vsl-base.com/api.',
    valueType: { kind: 'url', mustEndWith: '/api', noTrailingSlash: true },
    whereSet: 'shell export or .env / .env.local next to flux.json.',
    sensitive: false,
    notes: [],
    footguns: [],
    inference:
      'when FLUX_URL (or NEXT_PUBLIC_FLUX_URL) is a hosted *.vsl-base.com Service URL, the CLI infers FLUX_API_BASE = https://flux.vsl-base.com/api automatically. Self-hosted custom domains must set this explicitly.',
    selfHosted: 'point this at your own dashboard origin + /api.',
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['cli'],
    owner: 'flux',
    aliases: [],
  },
  {
    name: 'FLUX_API_TOKEN',
    section: 'cli',
    summary: 'Personal API token for the CLI.',
    description:
      'Your personal API token for the control plane, generated in Settings → API keys in the dashboard.',
    type: 'opaque string, conventionally prefixed flx_live_ or flx_test_.',
    valueType: { kind: 'token', prefixes: ['flx_live_', 'flx_test_'] },
    whereSet: 'shell export or .env / .env.local.',
    sensitive: true,
    sensitiveNote:
      'anyone with this token can act as you against the control plane (create projects, push SQL, read project credentials). Rotate via the dashboard if leaked.',
    notes: [],
    footguns: [],
    rotation: 'Rotate via the dashboard if leaked.',
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['cli'],
    owner: 'flux',
    aliases: [],
  },
  {
    name: 'FLUX_DEFAULT_MODE',
    section: 'cli',
    summary: 'Default engine for flux create (v1_dedicated / v2_shared).',
    description:
      'Default engine when running flux create without --mode. Without it, the control plane picks the default for your plan.',
    type: 'v1_dedicated or v2_shared.',
    valueType: { kind: 'enum', values: ['v1_dedicated', 'v2_shared'] },
    whereSet: 'shell export or .env / .env.local.',
    sensitive: false,
    notes: [],
    footguns: [],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['cli'],
    owner: 'flux',
    aliases: [],
  },
  {
    name: 'FLUX_DASHBOARD_BASE',
    section: 'cli',
    summary: 'Override for dashboard web origin (rarely needed).',
    description:
      "Override for the dashboard's web origin (the one a human would visit), distinct from the API origin. The CLI uses this when it needs to print human-clickable links. Defaults to FLUX_API_BASE with the trailing /api stripped.",
    type: 'URL, no trailing slash.',
    valueType: { kind: 'url', noTrailingSlash: true },
    whereSet: 'shell export or .env / .env.local.',
    sensitive: false,
    notes: [],
    footguns: [],
    whenToSkip: "almost always. Set it only if your dashboard isn't reachable at the same origin as the API.",
    defaultValue: 'FLUX_API_BASE with the trailing /api stripped',
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['cli'],
    owner: 'flux',
    aliases: [],
  },
  {
    name: 'FLUX_DEBUG',
    section: 'cli',
    summary: 'Verbose CLI logging.',
    description: 'Verbose CLI logging. Truthy when set to any non-empty value other than 0.',
    type: 'flag (any non-empty value other than "0" enables).',
    valueType: { kind: 'flag', enabledBy: 'non-empty-not-zero' },
    sensitive: false,
    notes: [],
    footguns: [],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['cli'],
    owner: 'flux',
    aliases: [],
  },
  // 4. PostgREST container envs (v1_dedicated only)
  {
    name: 'PGRST_DB_URI',
    section: 'postgrest',
    summary: 'PostgREST → Postgres connection string (dedicated only).',
    description: "PostgREST's connection string to the project's Postgres.",
    valueType: { kind: 'secret' },
    sensitive: true,
    sensitiveNote: 'the value is hidden by flux env list.',
    notes: [],
    footguns: [],
    dedicatedOnly: true,
    managedByFlux: true,
    surfaces: ['postgrest'],
    owner: 'postgrest',
    aliases: [],
  },
  {
    name: 'PGRST_JWT_SECRET',
    section: 'postgrest',
    summary: 'PostgREST JWT verification key (dedicated only).',
    description:
      'The HS256 secret PostgREST uses to verify incoming JWTs. On dedicated stacks this matches your FLUX_GATEWAY_JWT_SECRET.',
    valueType: { kind: 'secret', minBytes: 32 },
    sensitive: true,
    sensitiveNote: 'hidden by flux env list.',
    notes: [],
    footguns: [],
    dedicatedOnly: true,
    managedByFlux: true,
    surfaces: ['postgrest'],
    owner: 'postgrest',
    aliases: [],
    sameValueAs: ['FLUX_GATEWAY_JWT_SECRET'],
  },
  {
    name: 'PGRST_DB_SCHEMAS',
    section: 'postgrest',
    summary: 'Schemas PostgREST exposes (dedicated only).',
    description: 'Comma-separated list of schemas PostgREST exposes. Defaults to api on dedicated.',
    valueType: { kind: 'string' },
    sensitive: false,
    notes: [],
    footguns: [],
    defaultValue: 'api',
    dedicatedOnly: true,
    managedByFlux: true,
    surfaces: ['postgrest'],
    owner: 'postgrest',
    aliases: [],
  },
  {
    name: 'PGRST_DB_ANON_ROLE',
    section: 'postgrest',
    summary: 'PostgREST role for unauthenticated requests (dedicated only).',
    description: 'Role PostgREST uses for unauthenticated requests. Defaults to anon.',
    valueType: { kind: 'string' },
    sensitive: false,
    notes: [],
    footguns: [],
    defaultValue: 'anon',
    dedicatedOnly: true,
    managedByFlux: true,
    surfaces: ['postgrest'],
    owner: 'postgrest',
    aliases: [],
  },
  // 5. TLS and runtime
  {
    name: 'NODE_EXTRA_CA_CERTS',
    section: 'tls',
    summary: 'Trust a private CA without weakening all HTTPS.',
    description:
      "Path to a PEM bundle Node should trust in addition to its built-in CA store. Use this to add a corporate or lab CA without weakening TLS for everything else the process talks to.",
    type: 'filesystem path.',
    valueType: { kind: 'path' },
    sensitive: false,
    notes: [],
    footguns: [],
    whenYouNeedIt: 'custom domain on a private CA, or local TLS terminator with its own root.',
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server', 'cli'],
    owner: 'node',
    aliases: [],
  },
  {
    name: 'NODE_TLS_REJECT_UNAUTHORIZED',
    section: 'tls',
    summary: 'TLS escape hatch — don\'t.',
    description: 'Set to 0 to disable TLS verification process-wide. Don\'t.',
    // Node turns verification off only when the variable is exactly '0' (`=== '0'` in its TLS code); the other
    // values read as "off" to a person but leave it on.
    valueType: { kind: 'tls-reject-unauthorized', disabledBy: ['0'], readAsDisabling: ['0', '', 'false', 'no', 'off'] },
    sensitive: false,
    notes: [],
    footguns: [
      'This weakens every HTTPS connection the Node process makes — including OAuth callbacks to GitHub, Stripe, and your auth provider — not just the call to Flux. If you genuinely need to relax TLS for development, scope it to the Flux client only (e.g. an explicit undici Agent with rejectUnauthorized: false behind a clearly-named env flag), never as the default. See Production hardening.',
    ],
    dedicatedOnly: false,
    managedByFlux: false,
    surfaces: ['server', 'cli'],
    owner: 'node',
    aliases: [],
  },
];

/** The legacy names the page still accepts. Source: sections 1 (`FLUX_URL` notes) and 2, and "Names that look alike". */
export const ALIASES: readonly AliasEntry[] = [
  {
    name: 'FLUX_SERVICE_URL',
    canonical: 'FLUX_URL',
    reason: 'FLUX_URL is the name printed by flux create and the canonical form going forward',
    summary: 'Legacy alias for FLUX_URL.',
  },
  {
    name: 'NEXTAUTH_SECRET',
    canonical: 'AUTH_SECRET',
    reason: 'Auth.js v5 reads AUTH_SECRET; the dashboard aliases the legacy NEXTAUTH_SECRET to it',
  },
  {
    name: 'NEXTAUTH_URL',
    canonical: 'AUTH_URL',
    reason: 'Auth.js v5 reads AUTH_URL; either name works',
  },
  {
    name: 'GITHUB_ID',
    canonical: 'AUTH_GITHUB_ID',
    reason: 'Auth.js v5 reads AUTH_GITHUB_ID; the dashboard accepts the unprefixed legacy name too',
  },
  {
    name: 'GITHUB_SECRET',
    canonical: 'AUTH_GITHUB_SECRET',
    reason: 'Auth.js v5 reads AUTH_GITHUB_SECRET; the dashboard accepts the unprefixed legacy name too',
  },
];

/** The "Names that look alike" table, row by row. */
export const LOOKALIKES: readonly Lookalike[] = [
  {
    id: 'operator-gateway-secret',
    wrote: 'FLUX_GATEWAY_JWT_SECRET',
    wroteQualifier: 'operator value',
    meant: 'FLUX_GATEWAY_JWT_SECRET',
    meantQualifier: "per-project value from your project's Keys",
    giveaway:
      "Same name in your app's .env and on the operator's pool — but they're different secrets. App side: signs your tokens. Operator side: signs the gateway-to-PostgREST handshake. Use the value from flux env or the dashboard, never the platform's pool secret.",
  },
  {
    id: 'api-base-vs-url',
    wrote: 'FLUX_API_BASE',
    meant: 'FLUX_URL',
    giveaway:
      "FLUX_API_BASE is the control plane URL ending in /api and is used by the CLI. FLUX_URL is your project's Service URL and is used by your app. Mixing them yields 404s on /api/projects/... or /notes?select=....",
  },
  {
    id: 'url-vs-service-url',
    wrote: 'FLUX_URL',
    meant: 'FLUX_SERVICE_URL',
    giveaway:
      'Same value, two names. The canonical name is FLUX_URL (printed by flux create); FLUX_SERVICE_URL is a legacy alias still used in some guides.',
  },
  {
    id: 'auth-secret-vs-gateway-secret',
    wrote: 'AUTH_SECRET',
    meant: 'FLUX_GATEWAY_JWT_SECRET',
    giveaway:
      "AUTH_SECRET signs your app's session cookie (Auth.js). FLUX_GATEWAY_JWT_SECRET signs the bearer JWT you mint for Flux. They're independent and should be different values.",
  },
];

/** How the CLI loads dotenv files. Source: section 3, opening paragraph. */
export const CLI_DOTENV: CliDotenvSpec = {
  files: ['.env', '.env.local'],
  keys: ['FLUX_API_BASE', 'FLUX_DASHBOARD_BASE', 'FLUX_API_TOKEN', 'FLUX_DEFAULT_MODE', 'FLUX_GATEWAY_JWT_SECRET'],
  shellWins: true,
  description:
    "The CLI reads .env and .env.local from the directory containing your flux.json (it walks up from the current working directory until it finds one). Shell exports always win — these dotenv values only fill in keys the shell didn't already set. The CLI loads exactly five keys from those files: FLUX_API_BASE, FLUX_DASHBOARD_BASE, FLUX_API_TOKEN, FLUX_DEFAULT_MODE, FLUX_GATEWAY_JWT_SECRET.",
};

/** `flux.json`. Source: section 3, "flux.json (not an env var, but adjacent)". */
export const FLUX_JSON: FluxJsonSpec = {
  fileName: 'flux.json',
  fileGlob: '**/flux.json',
  fields: [
    { name: 'slug', description: "the project's slug as shown by flux list." },
    { name: 'hash', description: 'the 7-hex hash segment from the same row.', pattern: '^[0-9a-f]{7}$' },
  ],
  notes: [
    'The CLI looks for flux.json next to your app to skip having to pass --project and --hash every time. Two fields, both required.',
    "flux.json's presence also defines the directory the CLI treats as the project root for .env lookup.",
  ],
};
