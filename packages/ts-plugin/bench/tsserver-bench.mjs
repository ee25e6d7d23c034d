#!/usr/bin/env node
/**
 * `pnpm bench:tsserver`: drives two real tsservers (the workspace's TypeScript) over the same large generated
 * file, one project with `@flux-env/ts-plugin` in its tsconfig and one without, and prints the p50/p95 latency
 * of hover (quickinfo) and completions at env positions (`process.env.NAME`) and elsewhere, with the ratios
 * with/without. Requests rotate between the servers position by position, so that all see the same machine
 * load; a third server without the plugin (`control`) gives the A/A ratio, the noise floor of the measurement. Uses the BUILT plugin (`pnpm build` first).
 *
 * Options: `--lines N` (size of the generated file, default 6000), `--samples N` (positions per class, default 300).
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
const NAMES = ['FLUX_URL', 'NEXT_PUBLIC_FLUX_URL', 'FLUX_SERVICE_URL', 'AUTH_SECRET', 'FLUX_API_BASE', 'NODE_EXTRA_CA_CERTS'];

/**
 * A large module: functions that read env variables in several forms, amid ordinary code.
 * Positions are 1-based `{ line, column }` (column = the protocol's offset).
 */
function generate(lines) {
  const out = ["import { env } from 'node:process';", ''];
  const env = [];
  const elsewhere = [];
  const completion = [];
  const elsewhereCompletion = [];
  for (let i = 0; out.length < lines; i++) {
    const name = NAMES[i % NAMES.length];
    const fn = [
      `export function handler${i}(input: { count: number; label: string }): string {`,
      `  const base = process.env.${name} ?? 'http://localhost';`,
      `  const other = env.${NAMES[(i + 1) % NAMES.length]};`,
      `  const total = input.count * ${i} + input.label.length;`,
      `  const label = \`\${input.label}-\${total}\`.toUpperCase();`,
      `  return [base, other, label].filter(Boolean).join('/');`,
      '}',
      '',
    ];
    const start = out.length;
    out.push(...fn);
    env.push({ line: start + 2, column: fn[1].indexOf(name) + 2 });
    env.push({ line: start + 3, column: fn[2].indexOf('env.') + 6 });
    completion.push({ line: start + 2, column: fn[1].indexOf(name) + 1 });
    elsewhere.push({ line: start + 4, column: fn[3].indexOf('total') + 2 });
    elsewhere.push({ line: start + 5, column: fn[4].indexOf('toUpperCase') + 2 });
    elsewhere.push({ line: start + 1, column: fn[0].indexOf('input') + 2 });
    elsewhereCompletion.push({ line: start + 4, column: fn[3].indexOf('input.count') + 'input.'.length + 1 });
  }
  return { text: out.join('\n'), env, elsewhere, completion, elsewhereCompletion };
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

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'flux-env-bench-'));
  const { text, env, elsewhere, completion, elsewhereCompletion } = generate(LINES);
  const typeRoots = [path.join(REPO_ROOT, 'node_modules/@types')];
  const projects = {};
  // `control` is a second server without the plugin: its ratio to `without` is the noise floor of the machine.
  for (const [label, plugins] of [
    ['with', [{ name: '@flux-env/ts-plugin' }]],
    ['without', []],
    ['control', []],
  ]) {
    const dir = path.join(root, label);
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

  const run = async (label, kind, position) => {
    const { server, file } = projects[label];
    if (kind === 'hover') return timed(() => server.quickInfo(file, position.line, position.column));
    return timed(() => server.completions(file, position.line, position.column, kind === 'completion-dot' ? '.' : undefined));
  };

  const cases = [
    ['hover', 'env positions', spread(env, SAMPLES)],
    ['hover', 'elsewhere', spread(elsewhere, SAMPLES)],
    ['completion-dot', 'env positions', spread(completion, SAMPLES)],
    ['completion-dot', 'elsewhere', spread(elsewhereCompletion, SAMPLES)],
  ];

  // Warm-up: type-check the file once in both servers, then a few requests of each kind.
  for (const label of ['with', 'without', 'control']) {
    const { server, file } = projects[label];
    await server.semanticDiagnostics(file);
    await server.suggestionDiagnostics(file);
    for (const [kind, , positions] of cases) for (const p of positions.slice(0, 20)) await run(label, kind, p);
  }

  const rows = [];
  for (const [kind, where, positions] of cases) {
    const times = { with: [], without: [], control: [] };
    const orders = [
      ['with', 'without', 'control'],
      ['without', 'control', 'with'],
      ['control', 'with', 'without'],
    ];
    for (const [i, p] of positions.entries()) {
      for (const label of orders[i % 3]) times[label].push(await run(label, kind, p));
    }
    rows.push({
      kind: kind === 'hover' ? 'hover' : 'completions',
      where,
      n: positions.length,
      with: stats(times.with),
      without: stats(times.without),
      control: stats(times.control),
    });
  }

  // Diagnostics: a full semantic + suggestion pass after an edit (walks the file once per version).
  const diag = { with: [], without: [] };
  for (let i = 0; i < 10; i++) {
    for (const label of ['with', 'without']) {
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
  rmSync(root, { recursive: true, force: true });

  const fmt = (ms) => `${ms.toFixed(2)} ms`;
  console.log(`tsserver benchmark: ${LINES} lines, TypeScript of the workspace, ${SAMPLES} positions per row`);
  console.log('');
  console.log('feature      positions       n    p50 with   p50 w/o   ratio   p95 with   p95 w/o   ratio   target p50     noise (A/A p50, p95)');
  let ok = true;
  for (const r of rows) {
    const p50 = r.with.p50 / r.without.p50;
    const p95 = r.with.p95 / r.without.p95;
    const target = r.where === 'env positions' ? 1.1 : 1.02;
    const pass = p50 <= target;
    ok &&= pass;
    console.log(
      `${r.kind.padEnd(12)} ${r.where.padEnd(14)} ${String(r.n).padStart(4)}  ${fmt(r.with.p50).padStart(9)}  ${fmt(r.without.p50).padStart(9)}  ${p50.toFixed(3).padStart(5)}x  ${fmt(r.with.p95).padStart(9)}  ${fmt(r.without.p95).padStart(9)}  ${p95.toFixed(3).padStart(5)}x   <= ${target.toFixed(2)}x ${pass ? 'ok  ' : 'OVER'}   ${(r.control.p50 / r.without.p50).toFixed(3)}x, ${(r.control.p95 / r.without.p95).toFixed(3)}x`,
    );
  }
  const d = { with: stats(diag.with), without: stats(diag.without) };
  console.log(
    `${'diagnostics'.padEnd(12)} ${'whole file'.padEnd(14)} ${String(10).padStart(4)}  ${fmt(d.with.p50).padStart(9)}  ${fmt(d.without.p50).padStart(9)}  ${(d.with.p50 / d.without.p50).toFixed(3).padStart(5)}x  ${fmt(d.with.p95).padStart(9)}  ${fmt(d.without.p95).padStart(9)}  ${(d.with.p95 / d.without.p95).toFixed(3).padStart(5)}x`,
  );
  console.log('');
  console.log(ok ? 'All p50 ratios within target.' : 'Some p50 ratios are over target (see OVER). Timings include the JSON round trip to tsserver.');
}

main().catch((error) => {
  console.error(`tsserver-bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
