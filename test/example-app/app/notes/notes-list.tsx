'use client';

import { useState } from 'react';

// Correct: the browser-exposed Service URL.
const serviceUrl = process.env.NEXT_PUBLIC_FLUX_URL;

// Mistake: a signing secret under NEXT_PUBLIC_ ends up in the browser bundle.
const signingKey = process.env.NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET;

export function NotesList({ initial }: { initial: { id: number; title: string }[] }) {
  const [notes] = useState(initial);
  void signingKey;
  return (
    <ul data-service={serviceUrl}>
      {notes.map((n) => (
        <li key={n.id}>{n.title}</li>
      ))}
    </ul>
  );
}
