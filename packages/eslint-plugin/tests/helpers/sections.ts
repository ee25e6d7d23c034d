// The section titles of the Flux docs page as the rules' messages cite them ("(Flux docs: <title>)"), written out
// here as the tests expect them: the rule tests check the rendered text, not what the catalog happens to hold.
// (`packages/shared-catalog/test/data.test.ts` holds the catalog's titles to the page.)

/** Section 1. */
export const wiring = '1. Wiring your app to a Flux project';
/** Section 2. */
export const auth = '2. Auth wiring (Auth.js, Clerk)';
/** Section 3. */
export const cli = '3. Driving the CLI';
/** Section 4. */
export const postgrest = '4. PostgREST container envs (v1_dedicated only)';
/** The look-alike table. */
export const lookalikes = 'Names that look alike';
