// Route handler: mints the bearer JWT the Flux gateway accepts.
import { SignJWT } from 'jose';

// Mistake: switches TLS checks off for every HTTPS call of the process, "just in dev".
if (process.env.NODE_ENV === 'development') {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export async function GET() {
  // Correct: the per-project secret, read on the server.
  const secret = new TextEncoder().encode(process.env.FLUX_GATEWAY_JWT_SECRET);
  const token = await new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('5m')
    .sign(secret);
  return Response.json({ token });
}
