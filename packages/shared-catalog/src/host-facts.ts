/**
 * Facts about the runtimes Flux apps run on (Node.js, Next.js) that every host needs to find environment
 * accesses in its own syntax tree: which modules export `process`, which globals hold it, which directive
 * makes a module client code. Data only; the hosts (ESLint rules, the tsserver plugin) read it from here so
 * that they agree on what an access is.
 */

/** The facts of `HOST_FACTS`. */
export interface HostFacts {
  /**
   * Module specifiers whose import (`import process from 'process'`, `import { env } from 'node:process'`,
   * `require('process')`) is Node's `process` object. Source: Node.js docs, `process` ("accessible via
   * `require('node:process')`"); ARCHITECTURE.md, "Access forms every host recognises".
   */
  readonly processModules: readonly string[];
  /**
   * Global objects through which `process` is reachable as a property (`globalThis.process.env.X`).
   * Source: ECMAScript `globalThis`; Node.js `global`; browsers' `window` / `self` (bundlers polyfill
   * `process` there). ARCHITECTURE.md, "Access forms every host recognises".
   */
  readonly processHolders: readonly string[];
  /**
   * The directive (a string statement in a module's prologue) that marks a module as client code.
   * Source: React Server Components / Next.js App Router `'use client'`; ARCHITECTURE.md, "Facts worth knowing"
   * ("`'use client'` marks a boundary").
   */
  readonly clientDirective: string;
  /**
   * The assignment operators whose write, when it happens, stores the right-hand side as it is: `=`, and the
   * logical assignments `||=`, `&&=`, `??=` (which write only when the left side is falsy, truthy or nullish, but then
   * write the right side). Any other compound assignment (`+=`, `-=`, …) writes a value computed from the old one,
   * which no host knows: a write whose value is unknown. Source: ECMAScript, "Assignment Operators" (ES2021 logical
   * assignment).
   */
  readonly valueAssignmentOperators: readonly string[];
}

/** The runtime facts both hosts share. See `HostFacts` for each field's source. */
export const HOST_FACTS: HostFacts = {
  processModules: ['process', 'node:process'],
  processHolders: ['globalThis', 'global', 'window', 'self'],
  clientDirective: 'use client',
  valueAssignmentOperators: ['=', '||=', '&&=', '??='],
};

/**
 * Words an editor shows around the catalog's entries. Source: the docs page's title ("Environment variables"):
 * every entry of the catalog is an environment variable.
 */
export const EDITOR_LABELS = {
  /** The kind of a catalog entry in a hover or a completion's details: `(environment variable) FLUX_URL`. */
  entryKind: 'environment variable',
} as const;
