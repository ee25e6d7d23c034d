// Calls that mix up the two Flux surfaces (see "Names that look alike").

// Mistake: project data requested from the control plane API: a 404.
export const listNotes = () => fetch(`${process.env.FLUX_API_BASE}/notes?select=id,title`);

// Correct: the control plane API with the personal API token.
export const listProjects = () =>
  fetch(`${process.env.FLUX_API_BASE}/projects`, { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });

// Mistake: the personal control plane token sent to the project's Service URL.
export const health = () =>
  fetch(`${process.env.FLUX_URL}/health`, { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });

// Mistake: a typo reads `undefined`.
export const authUrl = process.env.NEXT_AUTH_URL;
