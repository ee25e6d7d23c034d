// Server-side helpers around the Auth.js session.
import { SignJWT } from 'jose';

// Mistake: a hard-coded fallback for a secret.
export const sessionSecret = process.env.AUTH_SECRET ?? 'dev-only-secret';

// Mistake: signs the Flux bearer JWT with Auth.js's session secret instead of FLUX_GATEWAY_JWT_SECRET.
export const mintFluxToken = () =>
  new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(process.env.AUTH_SECRET));
