// Auth.js v5 configuration.
import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';

export const { handlers, auth } = NextAuth({
  // Correct: the migration pattern (canonical name first, legacy fallback).
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  providers: [
    GitHub({
      // Mistake: legacy names; Auth.js v5 reads AUTH_GITHUB_ID / AUTH_GITHUB_SECRET.
      clientId: process.env.GITHUB_ID,
      clientSecret: process.env.GITHUB_SECRET,
    }),
  ],
});
