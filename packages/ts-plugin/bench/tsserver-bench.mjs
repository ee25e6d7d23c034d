#!/usr/bin/env node
/**
 * `pnpm bench:tsserver`: drives real tsservers (the workspace's TypeScript) over the same large generated file, one
 * project with `@flux-env/ts-plugin` in its tsconfig (`with`) and two without (`without`, and `control`, whose ratio
 * to `without` is the A/A noise floor of the measurement), and prints the p50/p95 latency of hover (quickinfo) and
 * completions at env positions and elsewhere, with the ratios with/without. Uses the BUILT plugin (`pnpm build`
 * first). Every timing is a full round trip as an editor sees it: request written to tsserver's stdin, response read
 * and parsed from its stdout.
 *
 * Method, so that the three servers are measured alike:
 * - `--rounds` independent rounds, each with three fresh servers started in a rotated order; samples are pooled over
 *   the rounds (a single pair of processes can differ by several per cent for no reason of its own: the A/A column
 *   shows how much), and the p50 ratio of each round is printed too.
 * - In a round, every server type-checks the file once, then gets the same warm-up: `--warmup` requests of each
 *   kind at positions that are not measured (so no answer the plugin caches per scope is warm for a measured one).
 * - Each measured position goes to the three servers one after the other, in an order that rotates position by
 *   position, so that all see the same machine load.
 * Env positions cover every completion site of issue 3 (after `process.env.`, after `env.` from `node:process`,
 * inside `process.env['`, in `const { } = process.env`) and hover on each of those forms. Hover at env positions is
 * measured twice: after the file's diagnostics (editors ask for them after every change; the plugin then looks the
 * name up in the accesses they found) and in a new version of the file before any diagnostics (the plugin reads the
 * node at the cursor).
 *
 * Options: `--lines N` (size of the generated file, default 6000), `--samples N` (positions per row and round,
 * default 300), `--rounds N` (default 3), `--warmup N` (warm-up requests per kind and server, default 60).
 * Targets (issue 3): p50 ratio <= 1.10 at env positions, <= 1.02 elsewhere.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, TsServer } from '../../../test/e2e/tsserver-client.mjs';

const argValue = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const LINES = argValue('--lines', 6000);
const SAMPLES = argValue('--samples', 300);
const ROUNDS = argValue('--rounds', 3);
const WARMUP = argValue('--warmup', 60);
const NAMES = ['FLUX_URL', 'NEXT_PUBLIC_FLUX_URL', 'FLUX_SERVICE_URL', 'AUTH_SECRET', 'FLUX_API_BASE', 'NODE_EXTRA_CA_CERTS'];
const LABELS = ['with', 'without', 'control'];

/**
 * A large module: functions that read env variables in every form, amid ordinary code.
 * Positions are 1-based `{ line, column, trigger? }` (column = the protocol's offset; `trigger` = the completion's
 * trigger character, as an editor sends it), grouped by function: `[function index][k]`.
 */
function generate(lines) {
  const out = ["import { env } from 'node:process';", ''];
  const env = [];
  const elsewhere = [];
  const completion = [];
  const elsewhereCompletion = [];
  for (let i = 0; out.length < lines; i++) {
    const name = (k) => NAMES[(i + k) % NAMES.length];
    const fn = [
      `export function handler${i}(input: { count: number; label: string }): string {`,
      `  const base = process.env.${name(0)} ?? 'http://localhost';`,
      `  const other = env.${name(1)};`,
      `  const { ${name(2)} } = process.env;`,
      `  const keyed = process.env['${name(3)}'];`,
      `  const total = input.count * ${i} + input.label.length;`,
      `  const label = \`\${input.label}-\${total}\`.toUpperCase();`,
      `  return [base, other, ${name(2)}, keyed, label].filter(Boolean).join('/');`,
      '}',
      '',
    ];
    const start = out.length;
    out.push(...fn);
    /** The 1-based line and offset of `needle` in line `k` of the function, plus `shift` characters. */
    const at = (k, needle, shift = 0) => ({ line: start + k + 1, column: fn[k].indexOf(needle) + shift + 1 });
    env.push([at(1, name(0), 1), at(2, name(1), 1), at(3, name(2), 1), at(4, name(3), 1)]);
    completion.push([
      { ...at(1, name(0)), trigger: '.' },
      { ...at(2, name(1)), trigger: '.' },
      at(3, name(2)),
      { ...at(4, name(3)), trigger: "'" },
    ]);
    elsewhere.push([at(5, 'total', 1), at(6, 'toUpperCase', 1), at(0, 'input', 1)]);
    elsewhereCompletion.push([{ ...at(5, 'input.count', 'input.'.length), trigger: '.' }]);
  }
  return { text: out.join('\n'), env, elsewhere, completion, elsewhereCompletion };
}

/**
 * Splits positions grouped by function into measured ones (even functions) and warm-up ones (odd functions), each
 * flattened with the forms of a function rotating, then `n` evenly spread.
 */
function split(groups, n) {
  const flatten = (parity) => groups.filter((_, i) => i % 2 === parity).map((forms, i) => forms[i % forms.length]);
  return { measured: spread(flatten(0), n), warmup: flatten(1) };
}

/** Picks `n` evenly spread items. */
function spread(list, n) {
  if (list.length <= n) return list;
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]);
}

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Accepts tsserver's "No content available" (nothing to show at the position) as an answer; rethrows anything else. */
function noContent(error) {
  if (!/No content available/u.test(error instanceof Error ? error.message : String(error))) throw error;
  return undefined;
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'flux-env-bench-'));
  const { text, env, elsewhere, completion, elsewhereCompletion } = generate(LINES);
  const typeRoots = [path.join(REPO_ROOT, 'node_modules/@types')];
  const cases = [
    ['hover', 'env positions', split(env, SAMPLES)],
    ['hover', 'elsewhere', split(elsewhere, SAMPLES)],
    ['completions', 'env positions', split(completion, SAMPLES)],
    ['completions', 'elsewhere', split(elsewhereCompletion, SAMPLES)],
    // Last (it opens a new version of the file, which the rows above must not see): the env positions of hover in a
    // version whose diagnostics were not asked for yet, where the plugin reads the node at the cursor instead of
    // looking the name up in the accesses its diagnostics found.
    ['hover', 'env, no diags', split(env, SAMPLES), { newVersion: true }],
  ];
  const times = cases.map(() => ({ with: [], without: [], control: [] }));
  const perRound = cases.map(() => []);
  const diag = { with: [], without: [] };

  for (let round = 0; round < ROUNDS; round++) {
    const projects = {};
    // Start order rotates by round: no server is always the first (or last) process started.
    for (const label of [...LABELS.slice(round % 3), ...LABELS.slice(0, round % 3)]) {
      const plugins = label === 'with' ? [{ name: '@flux-env/ts-plugin' }] : [];
      const dir = path.join(root, `${label}-${round}`);
      mkdirSync(path.join(dir, 'src'), { recursive: true });
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots, plugins }, include: ['src'] }, null, 2),
      );
      const file = path.join(dir, 'src/large.ts');
      writeFileSync(file, text);
      const server = TsServer.start({ pluginProbeLocations: [path.join(REPO_ROOT, 'test')] });
      await server.open(file);
      projects[label] = { server, file };
    }

    const run = (label, kind, position) => {
      const { server, file } = projects[label];
      // tsserver answers "no content" (`success: false`) where it has no quick info or completion (TypeScript has no
      // quick info on the key of `process.env['X']`): a full answer for an editor.
      if (kind === 'hover') return timed(() => server.quickInfo(file, position.line, position.column).catch(noContent));
      return timed(() => server.completions(file, position.line, position.column, position.trigger).catch(noContent));
    };
    const orders = [LABELS, [LABELS[1], LABELS[2], LABELS[0]], [LABELS[2], LABELS[0], LABELS[1]]];

    // Warm-up: type-check the file once in every server, then the same requests of each kind at unmeasured positions.
    for (const label of LABELS) {
      const { server, file } = projects[label];
      await server.semanticDiagnostics(file);
      await server.suggestionDiagnostics(file);
    }
    for (const [kind, , { warmup }] of cases) {
      for (const [i, p] of spread(warmup, WARMUP).entries()) for (const label of orders[i % 3]) await run(label, kind, p);
    }

    for (const [c, [kind, , { measured, warmup }, { newVersion = false } = {}]] of cases.entries()) {
      if (newVersion) {
        for (const label of LABELS) {
          const { server, file } = projects[label];
          server.notify('open', { file, fileContent: `${text}\n// version ${c}\n` });
        }
        for (const [i, p] of spread(warmup, WARMUP).entries()) for (const label of orders[i % 3]) await run(label, kind, p);
      }
      const sample = { with: [], without: [], control: [] };
      for (const [i, p] of measured.entries()) {
        for (const label of orders[i % 3]) sample[label].push(await run(label, kind, p));
      }
      for (const label of LABELS) times[c][label].push(...sample[label]);
      perRound[c].push({ ratio: stats(sample.with).p50 / stats(sample.without).p50, aa: stats(sample.control).p50 / stats(sample.without).p50 });
    }

    // Diagnostics: a full semantic + suggestion pass after an edit (walks the file once per version).
    for (let i = 0; i < 10; i++) {
      for (const label of i % 2 ? ['without', 'with'] : ['with', 'without']) {
        const { server, file } = projects[label];
        const edited = `${text}\nexport const edit${i} = ${i};\n`;
        server.notify('open', { file, fileContent: edited });
        diag[label].push(await timed(async () => {
          await server.semanticDiagnostics(file);
          await server.suggestionDiagnostics(file);
        }));
      }
    }
    for (const { server } of Object.values(projects)) await server.stop();
  }
  rmSync(root, { recursive: true, force: true });

  const fmt = (ms) => `${ms.toFixed(2)} ms`;
  console.log(
    `tsserver benchmark: ${LINES} lines, TypeScript of the workspace, ${ROUNDS} rounds of fresh servers x ${SAMPLES} positions per row (pooled), warm-up ${WARMUP} requests per kind`,
  );
  console.log('');
  console.log('feature      positions       n    p50 with   p50 w/o   ratio   p95 with   p95 w/o   ratio   target p50     noise (A/A p50, p95)');
  let ok = true;
  for (const [c, [kind, where]] of cases.entries()) {
    const w = stats(times[c].with);
    const wo = stats(times[c].without);
    const ctl = stats(times[c].control);
    const p50 = w.p50 / wo.p50;
    const p95 = w.p95 / wo.p95;
    const target = where.startsWith('env') ? 1.1 : 1.02;
    const pass = p50 <= target;
    ok &&= pass;
    console.log(
      `${kind.padEnd(12)} ${where.padEnd(14)} ${String(times[c].with.length).padStart(4)}  ${fmt(w.p50).padStart(9)}  ${fmt(wo.p50).padStart(9)}  ${p50.toFixed(3).padStart(5)}x  ${fmt(w.p95).padStart(9)}  ${fmt(wo.p95).padStart(9)}  ${p95.toFixed(3).padStart(5)}x   <= ${target.toFixed(2)}x ${pass ? 'ok  ' : 'OVER'}   ${(ctl.p50 / wo.p50).toFixed(3)}x, ${(ctl.p95 / wo.p95).toFixed(3)}x`,
    );
  }
  const d = { with: stats(diag.with), without: stats(diag.without) };
  console.log(
    `${'diagnostics'.padEnd(12)} ${'whole file'.padEnd(14)} ${String(diag.with.length).padStart(4)}  ${fmt(d.with.p50).padStart(9)}  ${fmt(d.without.p50).padStart(9)}  ${(d.with.p50 / d.without.p50).toFixed(3).padStart(5)}x  ${fmt(d.with.p95).padStart(9)}  ${fmt(d.without.p95).padStart(9)}  ${(d.with.p95 / d.without.p95).toFixed(3).padStart(5)}x`,
  );
  console.log('');
  console.log('p50 ratio of each round (with/without; A/A control/without):');
  for (const [c, [kind, where]] of cases.entries()) {
    const rounds = perRound[c];
    console.log(
      `  ${kind.padEnd(12)} ${where.padEnd(14)} ${rounds.map((r) => r.ratio.toFixed(3)).join(' ')}  (median ${median(rounds.map((r) => r.ratio)).toFixed(3)});  A/A ${rounds.map((r) => r.aa.toFixed(3)).join(' ')}`,
    );
  }
  console.log('');
  console.log(ok ? 'All p50 ratios within target.' : 'Some p50 ratios are over target (see OVER). Timings include the JSON round trip to tsserver.');
}

main().catch((error) => {
  console.error(`tsserver-bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
