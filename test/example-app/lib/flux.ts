// Server-side Flux client.
import { Agent } from 'undici';

const { FLUX_URL, FLUX_BEARER_TOKEN } = process.env;

// Correct: TLS relaxed for the Flux client only, behind a clearly-named flag.
const dispatcher = process.env.FLUX_INSECURE_DEV_TLS === '1' ? new Agent({ connect: { rejectUnauthorized: false } }) : undefined;

export async function fluxFetch(path: string, init: RequestInit = {}) {
  return fetch(`${FLUX_URL}${path}`, {
    ...init,
    headers: { ...init.headers, Authorization: `Bearer ${FLUX_BEARER_TOKEN}` },
    // @ts-expect-error undici dispatcher option
    dispatcher,
  });
}
