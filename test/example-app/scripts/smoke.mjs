// One-off smoke test against the project's Service URL.
import { env } from 'node:process';

// Mistake: the legacy name of FLUX_URL.
const base = env.FLUX_SERVICE_URL;
const res = await fetch(`${base}/notes?select=id`, { headers: { Authorization: `Bearer ${env.FLUX_BEARER_TOKEN}` } });
console.log(res.status);
