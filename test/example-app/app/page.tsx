// Server component: reads the server-side Service URL.
import { NotesList } from './notes/notes-list';

export default async function Home() {
  // Correct: FLUX_URL is the canonical server-side name.
  const res = await fetch(`${process.env.FLUX_URL}/notes?select=id,title`, { cache: 'no-store' });
  const notes = (await res.json()) as { id: number; title: string }[];
  return <NotesList initial={notes} />;
}
