/**
 * Where a flat config's `files` globs are resolved from, for a linted file: ESLint matches them against the file's
 * path relative to the directory of the config file. A rule is not told which config file applies; the nearest
 * `eslint.config.*` at or above the file's directory is the one ESLint 10 uses (and the one ESLint 9 uses when it
 * is run from the project). Rule options that hold path globs (`clientFiles`) are matched the same way, so that they
 * do not depend on the directory `eslint` was started from.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The file names of a flat config, as ESLint looks them up. */
const CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

/**
 * Per directory: the directory of the nearest config at or above it, or `null` when there is none. Kept for the life
 * of the process, as ESLint keeps the configs it loaded; a config file added or moved later is seen after a restart.
 */
const nearest = new Map<string, string | null>();
/** How many directories are remembered before the answers are dropped (bounds memory in long editor sessions). */
const MAX_DIRECTORIES = 5000;

/**
 * The directory a linted file's path globs are relative to.
 * @param filename the linted file (absolute, or relative to `cwd`)
 * @param cwd ESLint's working directory (`context.cwd`): the answer when no config file is found above the file
 * @returns an absolute directory path. Never throws (a directory that cannot be read counts as having no config).
 */
export function configBaseOf(filename: string, cwd: string): string {
  const visited: string[] = [];
  let dir = path.dirname(path.resolve(cwd, filename));
  let found: string | null | undefined;
  for (;;) {
    found = nearest.get(dir);
    if (found !== undefined) break;
    visited.push(dir);
    if (CONFIG_FILES.some((name) => fs.existsSync(path.join(dir, name)))) {
      found = dir;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      found = null;
      break;
    }
    dir = parent;
  }
  if (nearest.size + visited.length > MAX_DIRECTORIES) nearest.clear();
  for (const visitedDir of visited) nearest.set(visitedDir, found);
  return found ?? cwd;
}
