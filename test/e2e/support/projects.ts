// Helpers for end-to-end tests that need a project outside the repo tree: a temporary directory whose
// `node_modules` links to the packages the `test` workspace package installed (the built
// `@flux-env/eslint-plugin`, `eslint`, `lint-staged`, …), as a package manager would, without a network install.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `test` workspace package's directory. */
export const testPackageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The real directory of a package installed in the `test` workspace package's `node_modules`. */
export function installedPackageDir(pkg: string): string {
  return fs.realpathSync(path.join(testPackageDir, 'node_modules', pkg));
}

/** The `eslint` CLI entry point (ESLint 10) of the `test` workspace package. */
export const eslintBin = path.join(installedPackageDir('eslint'), 'bin', 'eslint.js');

/** Exit code, stdout and stderr of a finished child process. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node ...nodeArgs <script> ...args` in `cwd` and waits for it. */
export function runNode(
  script: string,
  args: readonly string[],
  cwd: string,
  options: SpawnSyncOptions = {},
  nodeArgs: readonly string[] = [],
): RunResult {
  const run = spawnSync(process.execPath, [...nodeArgs, script, ...args], { cwd, encoding: 'utf8', ...options });
  return { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

/** Runs the eslint CLI (ESLint 10) in `cwd`; `nodeArgs` go to node (e.g. `--require`). */
export function eslint(cwd: string, args: readonly string[], options: SpawnSyncOptions = {}, nodeArgs: readonly string[] = []): RunResult {
  return runNode(eslintBin, args, cwd, options, nodeArgs);
}

/** A temporary project directory under `os.tmpdir()`. */
export interface TempProject {
  dir: string;
  /** Writes a file (creating its directories), relative to the project. */
  write(file: string, text: string): void;
  /** Deletes the project directory. */
  remove(): void;
}

/**
 * Creates a temporary project under `os.tmpdir()` with `files` written into it, and `node_modules/<pkg>`
 * symlinks to the `test` workspace package's installed `packages`; every `bin` of those packages gets a
 * `node_modules/.bin` shim, as npm or pnpm would make.
 */
export function tempProject(prefix: string, packages: readonly string[], files: Readonly<Record<string, string>> = {}): TempProject {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`)));
  const write = (file: string, text: string) => {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  const binDir = path.join(dir, 'node_modules', '.bin');
  fs.mkdirSync(binDir, { recursive: true });
  for (const pkg of packages) {
    const real = installedPackageDir(pkg);
    const link = path.join(dir, 'node_modules', pkg);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(real, link, 'dir');
    const manifest = JSON.parse(fs.readFileSync(path.join(real, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
    const bins = typeof manifest.bin === 'string' ? { [pkg.split('/').pop()!]: manifest.bin } : (manifest.bin ?? {});
    for (const [name, file] of Object.entries(bins)) {
      const shim = path.join(binDir, name);
      fs.writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${path.join(real, file)}" "$@"\n`);
      fs.chmodSync(shim, 0o755);
    }
  }
  for (const [file, text] of Object.entries(files)) write(file, text);
  return { dir, write, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
