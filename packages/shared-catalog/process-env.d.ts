// Generated from the flux-env catalog by packages/shared-catalog/scripts/generate-process-env.mjs. Do not edit:
// run `pnpm build && node packages/shared-catalog/scripts/generate-process-env.mjs` instead.
//
// Every variable of the Flux docs page "Environment variables", typed on NodeJS.ProcessEnv with its documentation.
// Use it with `/// <reference types="@flux-env/catalog/process-env" />` or `"types": ["@flux-env/catalog/process-env"]`.

declare global {
  namespace NodeJS {
    interface ProcessEnv {
      /**
       * **NEXT_PUBLIC_FLUX_URL**: Browser-exposed Service URL.
       *
       * The project's Service URL, exposed to the browser bundle. Use this when fetch runs in the browser (client components, browser-side actions).
       *
       * - **Type:** URL — usually the canonical flattened form https://api--&lt;slug&gt;--&lt;hash&gt;.vsl-base.com.
       * - **Where it's set:** .env.local (or .env) of your app repo.
       * - **Secret:** No — this URL is part of every browser request anyway.
       * - **Read by:** browser bundle, server code
       * - **Source:** Copy from flux list or the project page in the dashboard. See Service URLs.
       * - **Public twin:** `FLUX_URL` (same value, server-only)
       *
       * Flux docs: Environment variables › 1. Wiring your app to a Flux project
       */
      NEXT_PUBLIC_FLUX_URL?: string;
      /**
       * **FLUX_URL**: Server-side Service URL.
       *
       * Same value as `NEXT_PUBLIC_FLUX_URL`, but for server-only code paths (route handlers, server actions, scripts). Setting both with the same value is normal — Next.js only exposes the NEXT\_PUBLIC\_\* form to the browser.
       *
       * - **Type:** URL.
       * - **Where it's set:** .env.local of your app repo, or your server's process env.
       * - **Secret:** No
       * - **Read by:** server code
       * - **Public twin:** `NEXT_PUBLIC_FLUX_URL` (same value, exposed to the browser bundle)
       * - **Legacy aliases:** `FLUX_SERVICE_URL`
       * - **Note:** Some older guides use `FLUX_SERVICE_URL` for the same purpose. Both still work; `FLUX_URL` is the name printed by flux create and the canonical form going forward.
       * - **Looks like:** `FLUX_API_BASE`: `FLUX_API_BASE` is the control plane URL ending in /api and is used by the CLI. `FLUX_URL` is your project's Service URL and is used by your app. Mixing them yields 404s on /api/projects/... or /notes?select=....
       * - **Looks like:** `FLUX_SERVICE_URL`: Same value, two names. The canonical name is `FLUX_URL` (printed by flux create); `FLUX_SERVICE_URL` is a legacy alias still used in some guides.
       *
       * Flux docs: Environment variables › 1. Wiring your app to a Flux project
       */
      FLUX_URL?: string;
      /**
       * **FLUX_GATEWAY_JWT_SECRET**: Per-project HS256 secret your app uses to sign Flux JWTs.
       *
       * The per-project HS256 secret your app uses to sign JWTs that the Flux gateway will accept. This is the same value as your project's jwt\_secret in the control plane — the dashboard's Project → Keys panel and flux env reveal it.
       *
       * - **Type:** String, at least 32 bytes (openssl rand -base64 48 is the typical generator).
       * - **Where it's set:** .env.local (server-only — never expose this in browser bundles).
       * - **Secret:** Yes — Treat it like a session-signing key. Anyone with this secret can mint tokens that Flux will accept for your project.
       * - **Read by:** server code, flux CLI
       * - **Footgun:** The operator surface uses this exact same name for a different, cluster-wide secret on the PostgREST pool. Sarah-the-app-builder cares about the per-project value; Justin-the-operator cares about the pool value. See Names that look alike.
       * - **Looks like:** `FLUX_GATEWAY_JWT_SECRET` (operator value) vs `FLUX_GATEWAY_JWT_SECRET` (per-project value from your project's Keys): Same name in your app's .env and on the operator's pool — but they're different secrets. App side: signs your tokens. Operator side: signs the gateway-to-PostgREST handshake. Use the value from flux env or the dashboard, never the platform's pool secret.
       * - **Looks like:** `AUTH_SECRET`: `AUTH_SECRET` signs your app's session cookie (Auth.js). `FLUX_GATEWAY_JWT_SECRET` signs the bearer JWT you mint for Flux. They're independent and should be different values.
       *
       * Flux docs: Environment variables › 1. Wiring your app to a Flux project
       */
      FLUX_GATEWAY_JWT_SECRET?: string;
      /**
       * **FLUX_BEARER_TOKEN**: Pre-minted JWT for scripts/CI that don't sign at request time.
       *
       * A pre-minted JWT used as an explicit override when you don't want your script to do the signing — useful for one-off curl calls, smoke tests, or CI that doesn't carry a user session. The Auth.js + RLS guide uses this for the simplest possible server-side example.
       *
       * - **Type:** String (a JWT).
       * - **Where it's set:** The script's environment, or .env.local for local development.
       * - **Secret:** Yes — it grants the same access as the role + claims it carries. Keep TTLs short.
       * - **Read by:** server code
       * - **When to skip it:** In production, mint tokens at request time from your auth provider's session instead.
       * - **Note:** Scripts and CI only.
       *
       * Flux docs: Environment variables › 1. Wiring your app to a Flux project
       */
      FLUX_BEARER_TOKEN?: string;
      /**
       * **FLUX_POSTGREST_SCHEMA**: t\_&lt;shortid&gt;\_api for direct-to-PostgREST callers (bypassing the gateway).
       *
       * When your app talks to PostgREST without going through the Flux gateway — usually for local development, internal tooling, or operators bypassing the public ingress — PostgREST needs a schema name in the Accept-Profile (GET/HEAD) and Content-Profile (POST/PATCH/PUT/DELETE) headers. This variable holds that name.
       *
       * - **Type:** Schema identifier, of the form t\_&lt;12-hex-shortid&gt;\_api.
       * - **Where it's set:** The calling process's env.
       * - **Secret:** No
       * - **Read by:** server code
       * - **When to skip it:** If your app calls the Service URL through the gateway, the gateway injects these headers for you and you don't need this variable. See JWT authentication.
       * - **Note:** Direct-to-PostgREST callers only.
       *
       * Flux docs: Environment variables › 1. Wiring your app to a Flux project
       */
      FLUX_POSTGREST_SCHEMA?: string;
      /**
       * **AUTH_SECRET**: Auth.js session signing key (alias `NEXTAUTH_SECRET`).
       *
       * Session signing key for Auth.js v5. The dashboard auth.ts accepts either name and aliases the legacy `NEXTAUTH_SECRET` to `AUTH_SECRET` automatically.
       *
       * - **Secret:** Yes
       * - **Read by:** server code
       * - **Rotation:** Rotating this invalidates every existing session cookie. Auth.js will log a one-time JWTSessionError while browsers clear stale cookies. This is expected.
       * - **Legacy aliases:** `NEXTAUTH_SECRET`
       * - **Note:** Distinct from `FLUX_GATEWAY_JWT_SECRET` — `AUTH_SECRET` signs your app's session cookie; `FLUX_GATEWAY_JWT_SECRET` signs the bearer JWT you mint for Flux. They are independent secrets and should be different values.
       * - **Looks like:** `FLUX_GATEWAY_JWT_SECRET`: `AUTH_SECRET` signs your app's session cookie (Auth.js). `FLUX_GATEWAY_JWT_SECRET` signs the bearer JWT you mint for Flux. They're independent and should be different values.
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       */
      AUTH_SECRET?: string;
      /**
       * **AUTH_URL**: Auth.js callback origin (alias `NEXTAUTH_URL`).
       *
       * Public origin Auth.js uses for callback URLs (/api/auth/callback/&lt;provider&gt;). Either name works.
       *
       * - **Secret:** No
       * - **Read by:** server code
       * - **Legacy aliases:** `NEXTAUTH_URL`
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       */
      AUTH_URL?: string;
      /**
       * **AUTH_GITHUB_ID**: GitHub OAuth client credentials (legacy `GITHUB_ID` / `GITHUB_SECRET` accepted).
       *
       * OAuth credentials when you use GitHub as a provider. The dashboard accepts the unprefixed legacy names too.
       *
       * - **Secret:** No — the client ID itself is not the secret.
       * - **Read by:** server code
       * - **Legacy aliases:** `GITHUB_ID`
       * - **Paired with:** `AUTH_GITHUB_SECRET`
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       */
      AUTH_GITHUB_ID?: string;
      /**
       * **AUTH_GITHUB_SECRET**: GitHub OAuth client credentials (legacy `GITHUB_ID` / `GITHUB_SECRET` accepted).
       *
       * OAuth credentials when you use GitHub as a provider. The dashboard accepts the unprefixed legacy names too.
       *
       * - **Secret:** Yes (the secret).
       * - **Read by:** server code
       * - **Legacy aliases:** `GITHUB_SECRET`
       * - **Paired with:** `AUTH_GITHUB_ID`
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       */
      AUTH_GITHUB_SECRET?: string;
      /**
       * **AUTH_DEBUG**: Auth.js verbose logging (1 to enable).
       *
       * Set to 1 to enable Auth.js verbose logging. Off by default.
       *
       * - **Secret:** No
       * - **Read by:** server code
       * - **Default:** Off
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       */
      AUTH_DEBUG?: string;
      /**
       * **FLUX_API_BASE**: Control plane dashboard API origin + /api.
       *
       * The control plane dashboard API origin, including the trailing /api segment. The CLI uses this to call flux list, flux create, flux push, and friends. Distinct from `FLUX_URL` (see Names that look alike).
       *
       * - **Type:** URL ending in /api, no trailing slash. Example: https://flux.vsl-base.com/api.
       * - **Where it's set:** Shell export or .env / .env.local next to flux.json.
       * - **Secret:** No
       * - **Read by:** flux CLI
       * - **Inference:** When `FLUX_URL` (or `NEXT_PUBLIC_FLUX_URL`) is a hosted \*.vsl-base.com Service URL, the CLI infers `FLUX_API_BASE` = https://flux.vsl-base.com/api automatically. Self-hosted custom domains must set this explicitly.
       * - **Self-hosted:** Point this at your own dashboard origin + /api.
       * - **Looks like:** `FLUX_URL`: `FLUX_API_BASE` is the control plane URL ending in /api and is used by the CLI. `FLUX_URL` is your project's Service URL and is used by your app. Mixing them yields 404s on /api/projects/... or /notes?select=....
       *
       * Flux docs: Environment variables › 3. Driving the CLI
       */
      FLUX_API_BASE?: string;
      /**
       * **FLUX_API_TOKEN**: Personal API token for the CLI.
       *
       * Your personal API token for the control plane, generated in Settings → API keys in the dashboard.
       *
       * - **Type:** Opaque string, conventionally prefixed flx\_live\_ or flx\_test\_.
       * - **Where it's set:** Shell export or .env / .env.local.
       * - **Secret:** Yes — anyone with this token can act as you against the control plane (create projects, push SQL, read project credentials). Rotate via the dashboard if leaked.
       * - **Read by:** flux CLI
       * - **Rotation:** Rotate via the dashboard if leaked.
       *
       * Flux docs: Environment variables › 3. Driving the CLI
       */
      FLUX_API_TOKEN?: string;
      /**
       * **FLUX_DEFAULT_MODE**: Default engine for flux create (v1\_dedicated / v2\_shared).
       *
       * Default engine when running flux create without --mode. Without it, the control plane picks the default for your plan.
       *
       * - **Type:** V1\_dedicated or v2\_shared.
       * - **Where it's set:** Shell export or .env / .env.local.
       * - **Secret:** No
       * - **Read by:** flux CLI
       *
       * Flux docs: Environment variables › 3. Driving the CLI
       */
      FLUX_DEFAULT_MODE?: string;
      /**
       * **FLUX_DASHBOARD_BASE**: Override for dashboard web origin (rarely needed).
       *
       * Override for the dashboard's web origin (the one a human would visit), distinct from the API origin. The CLI uses this when it needs to print human-clickable links. Defaults to `FLUX_API_BASE` with the trailing /api stripped.
       *
       * - **Type:** URL, no trailing slash.
       * - **Where it's set:** Shell export or .env / .env.local.
       * - **Secret:** No
       * - **Read by:** flux CLI
       * - **Default:** `FLUX_API_BASE` with the trailing /api stripped
       * - **When to skip it:** Almost always. Set it only if your dashboard isn't reachable at the same origin as the API.
       *
       * Flux docs: Environment variables › 3. Driving the CLI
       */
      FLUX_DASHBOARD_BASE?: string;
      /**
       * **FLUX_DEBUG**: Verbose CLI logging.
       *
       * Verbose CLI logging. Truthy when set to any non-empty value other than 0.
       *
       * - **Type:** Flag (any non-empty value other than "0" enables).
       * - **Secret:** No
       * - **Read by:** flux CLI
       *
       * Flux docs: Environment variables › 3. Driving the CLI
       */
      FLUX_DEBUG?: string;
      /**
       * **PGRST_DB_URI**: PostgREST → Postgres connection string (dedicated only).
       *
       * PostgREST's connection string to the project's Postgres.
       *
       * - **Secret:** Yes — the value is hidden by flux env list.
       * - **Read by:** PostgREST container
       * - **Dedicated only:** exists on `v1_dedicated` stacks only
       * - **Managed by Flux:** setting it yourself is rarely the right answer
       *
       * Flux docs: Environment variables › 4. PostgREST container envs (v1\_dedicated only)
       */
      PGRST_DB_URI?: string;
      /**
       * **PGRST_JWT_SECRET**: PostgREST JWT verification key (dedicated only).
       *
       * The HS256 secret PostgREST uses to verify incoming JWTs. On dedicated stacks this matches your `FLUX_GATEWAY_JWT_SECRET`.
       *
       * - **Secret:** Yes — hidden by flux env list.
       * - **Read by:** PostgREST container
       * - **Dedicated only:** exists on `v1_dedicated` stacks only
       * - **Managed by Flux:** setting it yourself is rarely the right answer
       *
       * Flux docs: Environment variables › 4. PostgREST container envs (v1\_dedicated only)
       */
      PGRST_JWT_SECRET?: string;
      /**
       * **PGRST_DB_SCHEMAS**: Schemas PostgREST exposes (dedicated only).
       *
       * Comma-separated list of schemas PostgREST exposes. Defaults to api on dedicated.
       *
       * - **Secret:** No
       * - **Read by:** PostgREST container
       * - **Default:** Api
       * - **Dedicated only:** exists on `v1_dedicated` stacks only
       * - **Managed by Flux:** setting it yourself is rarely the right answer
       *
       * Flux docs: Environment variables › 4. PostgREST container envs (v1\_dedicated only)
       */
      PGRST_DB_SCHEMAS?: string;
      /**
       * **PGRST_DB_ANON_ROLE**: PostgREST role for unauthenticated requests (dedicated only).
       *
       * Role PostgREST uses for unauthenticated requests. Defaults to anon.
       *
       * - **Secret:** No
       * - **Read by:** PostgREST container
       * - **Default:** Anon
       * - **Dedicated only:** exists on `v1_dedicated` stacks only
       * - **Managed by Flux:** setting it yourself is rarely the right answer
       *
       * Flux docs: Environment variables › 4. PostgREST container envs (v1\_dedicated only)
       */
      PGRST_DB_ANON_ROLE?: string;
      /**
       * **NODE_EXTRA_CA_CERTS**: Trust a private CA without weakening all HTTPS.
       *
       * Path to a PEM bundle Node should trust in addition to its built-in CA store. Use this to add a corporate or lab CA without weakening TLS for everything else the process talks to.
       *
       * - **Type:** Filesystem path.
       * - **Secret:** No
       * - **Read by:** server code, flux CLI
       * - **When you need it:** Custom domain on a private CA, or local TLS terminator with its own root.
       *
       * Flux docs: Environment variables › 5. TLS and runtime
       */
      NODE_EXTRA_CA_CERTS?: string;
      /**
       * **NODE_TLS_REJECT_UNAUTHORIZED**: TLS escape hatch — don't.
       *
       * Set to 0 to disable TLS verification process-wide. Don't.
       *
       * - **Secret:** No
       * - **Read by:** server code, flux CLI
       * - **Footgun:** This weakens every HTTPS connection the Node process makes — including OAuth callbacks to GitHub, Stripe, and your auth provider — not just the call to Flux. If you genuinely need to relax TLS for development, scope it to the Flux client only (e.g. an explicit undici Agent with rejectUnauthorized: false behind a clearly-named env flag), never as the default. See Production hardening.
       *
       * Flux docs: Environment variables › 5. TLS and runtime
       */
      NODE_TLS_REJECT_UNAUTHORIZED?: string;
      /**
       * **FLUX_SERVICE_URL** is a legacy alias of `FLUX_URL`: `FLUX_URL` is the name printed by flux create and the canonical form going forward. Use `FLUX_URL`.
       *
       * **FLUX_URL**: Server-side Service URL.
       *
       * Same value as `NEXT_PUBLIC_FLUX_URL`, but for server-only code paths (route handlers, server actions, scripts). Setting both with the same value is normal — Next.js only exposes the NEXT\_PUBLIC\_\* form to the browser.
       *
       * - **Type:** URL.
       * - **Where it's set:** .env.local of your app repo, or your server's process env.
       * - **Secret:** No
       * - **Read by:** server code
       * - **Public twin:** `NEXT_PUBLIC_FLUX_URL` (same value, exposed to the browser bundle)
       * - **Legacy aliases:** `FLUX_SERVICE_URL`
       * - **Note:** Some older guides use `FLUX_SERVICE_URL` for the same purpose. Both still work; `FLUX_URL` is the name printed by flux create and the canonical form going forward.
       * - **Looks like:** `FLUX_API_BASE`: `FLUX_API_BASE` is the control plane URL ending in /api and is used by the CLI. `FLUX_URL` is your project's Service URL and is used by your app. Mixing them yields 404s on /api/projects/... or /notes?select=....
       * - **Looks like:** `FLUX_SERVICE_URL`: Same value, two names. The canonical name is `FLUX_URL` (printed by flux create); `FLUX_SERVICE_URL` is a legacy alias still used in some guides.
       *
       * Flux docs: Environment variables › 1. Wiring your app to a Flux project
       *
       * @deprecated Use `FLUX_URL`: `FLUX_URL` is the name printed by flux create and the canonical form going forward.
       */
      FLUX_SERVICE_URL?: string;
      /**
       * **NEXTAUTH_SECRET** is a legacy alias of `AUTH_SECRET`: Auth.js v5 reads `AUTH_SECRET`; the dashboard aliases the legacy `NEXTAUTH_SECRET` to it. Use `AUTH_SECRET`.
       *
       * **AUTH_SECRET**: Auth.js session signing key (alias `NEXTAUTH_SECRET`).
       *
       * Session signing key for Auth.js v5. The dashboard auth.ts accepts either name and aliases the legacy `NEXTAUTH_SECRET` to `AUTH_SECRET` automatically.
       *
       * - **Secret:** Yes
       * - **Read by:** server code
       * - **Rotation:** Rotating this invalidates every existing session cookie. Auth.js will log a one-time JWTSessionError while browsers clear stale cookies. This is expected.
       * - **Legacy aliases:** `NEXTAUTH_SECRET`
       * - **Note:** Distinct from `FLUX_GATEWAY_JWT_SECRET` — `AUTH_SECRET` signs your app's session cookie; `FLUX_GATEWAY_JWT_SECRET` signs the bearer JWT you mint for Flux. They are independent secrets and should be different values.
       * - **Looks like:** `FLUX_GATEWAY_JWT_SECRET`: `AUTH_SECRET` signs your app's session cookie (Auth.js). `FLUX_GATEWAY_JWT_SECRET` signs the bearer JWT you mint for Flux. They're independent and should be different values.
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       *
       * @deprecated Use `AUTH_SECRET`: Auth.js v5 reads `AUTH_SECRET`; the dashboard aliases the legacy `NEXTAUTH_SECRET` to it.
       */
      NEXTAUTH_SECRET?: string;
      /**
       * **NEXTAUTH_URL** is a legacy alias of `AUTH_URL`: Auth.js v5 reads `AUTH_URL`; either name works. Use `AUTH_URL`.
       *
       * **AUTH_URL**: Auth.js callback origin (alias `NEXTAUTH_URL`).
       *
       * Public origin Auth.js uses for callback URLs (/api/auth/callback/&lt;provider&gt;). Either name works.
       *
       * - **Secret:** No
       * - **Read by:** server code
       * - **Legacy aliases:** `NEXTAUTH_URL`
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       *
       * @deprecated Use `AUTH_URL`: Auth.js v5 reads `AUTH_URL`; either name works.
       */
      NEXTAUTH_URL?: string;
      /**
       * **GITHUB_ID** is a legacy alias of `AUTH_GITHUB_ID`: Auth.js v5 reads `AUTH_GITHUB_ID`; the dashboard accepts the unprefixed legacy name too. Use `AUTH_GITHUB_ID`.
       *
       * **AUTH_GITHUB_ID**: GitHub OAuth client credentials (legacy `GITHUB_ID` / `GITHUB_SECRET` accepted).
       *
       * OAuth credentials when you use GitHub as a provider. The dashboard accepts the unprefixed legacy names too.
       *
       * - **Secret:** No — the client ID itself is not the secret.
       * - **Read by:** server code
       * - **Legacy aliases:** `GITHUB_ID`
       * - **Paired with:** `AUTH_GITHUB_SECRET`
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       *
       * @deprecated Use `AUTH_GITHUB_ID`: Auth.js v5 reads `AUTH_GITHUB_ID`; the dashboard accepts the unprefixed legacy name too.
       */
      GITHUB_ID?: string;
      /**
       * **GITHUB_SECRET** is a legacy alias of `AUTH_GITHUB_SECRET`: Auth.js v5 reads `AUTH_GITHUB_SECRET`; the dashboard accepts the unprefixed legacy name too. Use `AUTH_GITHUB_SECRET`.
       *
       * **AUTH_GITHUB_SECRET**: GitHub OAuth client credentials (legacy `GITHUB_ID` / `GITHUB_SECRET` accepted).
       *
       * OAuth credentials when you use GitHub as a provider. The dashboard accepts the unprefixed legacy names too.
       *
       * - **Secret:** Yes (the secret).
       * - **Read by:** server code
       * - **Legacy aliases:** `GITHUB_SECRET`
       * - **Paired with:** `AUTH_GITHUB_ID`
       *
       * Flux docs: Environment variables › 2. Auth wiring (Auth.js, Clerk)
       *
       * @deprecated Use `AUTH_GITHUB_SECRET`: Auth.js v5 reads `AUTH_GITHUB_SECRET`; the dashboard accepts the unprefixed legacy name too.
       */
      GITHUB_SECRET?: string;
    }
  }
}

export {};
