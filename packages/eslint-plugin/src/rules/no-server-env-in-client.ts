/**
 * `no-server-env-in-client`: a server-only variable read in client code, and a `NEXT_PUBLIC_` variable read in a
 * form Next.js does not inline.
 * Source: Flux docs, section 1 (`NEXT_PUBLIC_FLUX_URL` / `FLUX_URL`: "Next.js only exposes the NEXT_PUBLIC_* form
 * to the browser"; `FLUX_GATEWAY_JWT_SECRET`: "never expose this in browser bundles") and every "Sensitive: Yes".
 */
import path from 'node:path';
import { analyzeAccess, messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { configBaseOf } from '../util/config-base.js';
import { globMatches } from '../util/globs.js';
import { envAccessListeners } from '../util/env-accesses.js';
import { CODE_LANGUAGES } from '../util/access-rule.js';
import { findingNode, findingsForRule, reportFinding } from '../util/report.js';

/** Message ids of `no-server-env-in-client`: its findings and the suggestion to read the public twin. */
export type MessageIds = 'secretInClient' | 'serverOnlyInClient' | 'publicNotInlined' | 'readInstead';
/** Options of `no-server-env-in-client`. */
export type Options = [
  {
    /**
     * Glob patterns (picomatch) of files that are client code even without a `'use client'` directive, e.g.
     * `["src/components/**"]`, matched against the file's path relative to the directory of the nearest
     * `eslint.config.*` above it (as ESLint's own `files` globs) and relative to ESLint's working directory: a file
     * is client code when either matches. Default `[]`.
     */
    clientFiles?: string[];
  },
];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-server-env-in-client';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reading server-only variables in client code, and `NEXT_PUBLIC_` reads Next.js does not inline',
      recommended: 'error',
      strict: true,
    },
    hasSuggestions: true,
    languages: CODE_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [
      {
        type: 'object',
        properties: {
          clientFiles: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Glob patterns of files that are client code even without a `\'use client\'` directive.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ clientFiles: [] }],
  },
  defaultOptions: [{ clientFiles: [] }],
  create(context, [options]) {
    const clientFiles = options.clientFiles ?? [];
    let clientByOption = false;
    if (clientFiles.length > 0) {
      // Relative to the directory of the nearest config file, as ESLint matches its own `files` globs, and to ESLint's
      // working directory (the base of a config given with `--config`, and of ESLint 9's lookup from it).
      const file = path.resolve(context.cwd, context.filename);
      const toPosix = (p: string) => p.split(path.sep).join('/');
      const subjects = [
        ...new Set([
          toPosix(path.relative(configBaseOf(context.physicalFilename ?? context.filename, context.cwd), file)),
          toPosix(path.relative(context.cwd, file)),
        ]),
      ];
      clientByOption = clientFiles.some((glob) => subjects.some((subject) => globMatches(subject, glob, { dot: true, remember: false })));
    }
    return envAccessListeners(context, (accesses) => {
      if (!clientByOption) {
        for (const { access, finding } of findingsForRule(accesses, RULE_NAME)) {
          reportFinding(context, finding, findingNode(access, finding), access.rename, {}, access);
        }
        return;
      }
      // Client code by the `clientFiles` option: judge every access as a read in a client module.
      for (const access of accesses) {
        const findings = analyzeAccess(access.module === 'client' ? access : { ...access, module: 'client' });
        for (const finding of findings) {
          if (finding.rule === RULE_NAME) reportFinding(context, finding, findingNode(access, finding), access.rename, {}, access);
        }
      }
    });
  },
});
