// Prepares the environment for the flux CLI in CI.

// Mistake: FLUX_API_BASE has no trailing slash.
process.env.FLUX_API_BASE ??= 'https://flux.vsl-base.com/api/';

// Mistake: any non-empty value other than "0" turns verbose logging on, "false" included.
process.env.FLUX_DEBUG = 'false';

process.env.FLUX_DEFAULT_MODE = 'v2_shared';
