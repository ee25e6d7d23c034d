'use client';

import { useState } from 'react';

// Mistake: a server-only name in a client component is `undefined` in the browser (use NEXT_PUBLIC_FLUX_URL).
const serviceUrl = process.env.FLUX_URL;

// Mistake: Next.js inlines only direct `process.env.NEXT_PUBLIC_…` reads; destructured, it is `undefined` here.
const { NEXT_PUBLIC_FLUX_URL } = process.env;

// Correct: a direct read of the browser-exposed name.
const publicUrl = process.env.NEXT_PUBLIC_FLUX_URL;

export function NoteEditor() {
  const [title, setTitle] = useState('');
  return (
    <form data-service={serviceUrl ?? NEXT_PUBLIC_FLUX_URL ?? publicUrl}>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
    </form>
  );
}
