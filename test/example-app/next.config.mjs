/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    // Correct: the Service URL is public anyway.
    FLUX_URL: process.env.FLUX_URL,
    // Mistake: every key of `env` is inlined into the browser bundle.
    GATEWAY_SECRET: process.env.FLUX_GATEWAY_JWT_SECRET,
  },
};

export default nextConfig;
