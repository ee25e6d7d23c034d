#!/usr/bin/env node
/**
 * `pnpm bench:tsserver`: drives real tsservers (the workspace's TypeScript) over the same large generated file, one
 * project with `@flux-env/ts-plugin` in its tsconfig (`with`), two without (`without`, and `control`, whose ratio to
 * `without` is the A/A noise floor of the measurement) and one with the answer-size floor (`floor`, below), and prints
 * the p50/p95 latency of hover (quickinfo) and completions at env positions and elsewhere, with the ratios
 * with/without, floor/without and with/floor. Uses the BUILT plugin (`pnpm build` first). Every timing is a full round
 * trip as an editor sees it: request written to tsserver's stdin, response read and parsed from its stdout.
 *
 * The floor: a larger answer costs more to send whoever computes it (tsserver converts it to protocol objects,
 * serialises and writes it; the client reads and parses it), so the plugin's ratio to `without` cannot go below what
 * its added bytes alone cost. The `floor` server measures that: its tsconfig names a stub plugin (`floor-plugin.cjs`)
 * that does no analysis but returns TypeScript's answer plus exactly the bytes the plugin adds there (completion
 * entries, hover documentation, diagnostics), precomputed. Before the servers start, the bench captures those bytes
 * in-process from the BUILT plugin for the generated file (`floor.mjs`), writes the stub and its table into the
 * temporary folder, and checks in-process that the stub answers byte for byte as the plugin at every position it
 * will ask; over tsserver, the `floor` server's response body is compared with the `with` server's at every measured
 * position (after the position's four requests, so the comparison is not timed), at a few unmeasured positions per
 * row and round, and on the file's diagnostics. Any difference stops the bench (the floor never measures something
 * else). So: floor/without = what the answer content costs, plus the stub's pass-through and noise (read off the
 * `elsewhere` rows, where nothing is added); with/floor = the plugin's own work above the bytes it must send. For each
 * env row the bench says whether the target is below the floor by more than that noise band (unreachable with this
 * answer content), above it by more than the band (reachable), or within it (undecided).
 *
 * Method, so that the four servers are measured alike:
 * - `--rounds` independent rounds, each with four fresh servers started in a changing order; samples are pooled over
 *   the rounds (a single pair of processes can differ by several per cent for no reason of its own: the A/A column
 *   shows how much), and the p50 ratios of each round are printed too.
 * - In a round, every server type-checks the file once, then gets the same warm-up: `--warmup` requests of each
 *   kind at positions that are not measured (so no answer the plugin caches per scope is warm for a measured one).
 * - Each measured position goes to the four servers one after the other, in an order that changes position by
 *   position, so that all see the same machine load: the orders are a Williams Latin square (every server in every
 *   slot, and right after every other server, equally often), and every form of a row meets every order alike.
 * Env positions cover the main completion sites of the plugin (after `process.env.`, after `env.` from `node:process`,
 * inside `process.env['`, in `const { } = process.env`) and hover on each of those forms. Hover at env positions is
 * measured twice: after the file's diagnostics (editors ask for them after every change; the plugin then looks the
 * name up in the accesses they found) and in a new version of the file before any diagnostics (the plugin reads the
 * node at the cursor). The whole-file diagnostics row (a semantic + suggestion pass after an edit, ~0.3 s each) is
 * timed on `with` and `without` only, as before the floor existed: the floor server's diagnostics are checked equal to
 * the plugin's, not timed (a third server there would add ~10 s to the run for a cost, converting the findings, that
 * is well under 1% of the pass).
 *
 * Options: `--lines N` (size of the generated file, default 6000), `--samples N` (positions per row and round,
 * default 300), `--rounds N` (default 3), `--warmup N` (warm-up requests per kind and server, default 60), `--verify N`
 * (unmeasured positions per row and round at which the `floor` and `with` servers' answers are compared, default 4;
 * the hover rows at env positions add as many opening quotes of `process.env['X']` keys).
 * Targets (the project's, for the plugin's latency): p50 ratio <= 1.10 at env positions, <= 1.02 elsewhere; for each env row the bench also says
 * where the target stands against the floor (see above).
 * Takes about 70 s on 2 cores (a third longer than with three servers; the capture and in-process check take ~3-5 s).
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, TsServer } from '../../../test/e2e/tsserver-client.mjs';
import { installFloor } from './floor.mjs';

const argValue = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const LINES = argValue('--lines', 6000);
const SAMPLES = argValue('--samples', 300);
const ROUNDS = argValue('--rounds', 3);
const WARMUP = argValue('--warmup', 60);
const VERIFY = argValue('--verify', 4);
const NAMES = ['FLUX_URL', 'NEXT_PUBLIC_FLUX_URL', 'FLUX_SERVICE_URL', 'AUTH_SECRET', 'FLUX_API_BASE', 'NODE_EXTRA_CA_CERTS'];
const LABELS = ['with', 'without', 'control', 'floor'];
/**
 * The orders in which the servers get a position (and start in a round): a Williams Latin square, so that every server
 * is in every slot equally often AND follows every other server equally often (with a plain rotation of four, `control`
 * would always come right after `without`, and whatever one request leaves behind would always fall on the same one).
 */
const ORDERS = williams(LABELS);

/**
 * A large module: functions that read env variables in every form, amid ordinary code.
 * Positions are 1-based `{ line, column, trigger? }` (column = the protocol's offset; `trigger` = the completion's
 * trigger character, as an editor sends it), grouped by function: `[function index][k]`; `quotes[function index]` is
 * the opening quote of the function's `process.env['X']` key.
 */
function generate(lines) {
  const out = ["import { env } from 'node:process';", ''];
  const env = [];
  const quotes = [];
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
    quotes.push(at(4, `'${name(3)}'`));
    completion.push([
      { ...at(1, name(0)), trigger: '.' },
      { ...at(2, name(1)), trigger: '.' },
      at(3, name(2)),
      { ...at(4, name(3)), trigger: "'" },
    ]);
    elsewhere.push([at(5, 'total', 1), at(6, 'toUpperCase', 1), at(0, 'input', 1)]);
    elsewhereCompletion.push([{ ...at(5, 'input.count', 'input.'.length), trigger: '.' }]);
  }
  return { text: out.join('\n'), env, quotes, elsewhere, completion, elsewhereCompletion };
}

/**
 * A Williams Latin square over `labels` (balanced for the immediate predecessor when their number is even): row `r` is
 * the first row `0, 1, n-1, 2, n-2, …` shifted by `r`.
 * @param {string[]} labels
 * @returns {string[][]} `labels.length` orders of all labels
 */
function williams(labels) {
  const n = labels.length;
  const first = [0];
  for (let k = 1; first.length < n; k++) {
    first.push(k);
    if (first.length < n) first.push(n - k);
  }
  return labels.map((_, r) => first.map((j) => labels[(j + r) % n]));
}

/**
 * Each position with the order in which the servers get it: the `k`-th position of form `f` gets `ORDERS[(k + f) % 4]`,
 * so that every form meets every order alike (position `i` with order `i % 4` would tie a form to an order when a row
 * has four forms) and consecutive positions get different orders.
 * @param {{ form: number }[]} positions
 * @returns {[object, string[]][]}
 */
function ordered(positions) {
  const seen = new Map();
  return positions.map((p) => {
    const k = seen.get(p.form) ?? 0;
    seen.set(p.form, k + 1);
    return [p, ORDERS[(k + p.form) % ORDERS.length]];
  });
}

/**
 * Splits positions grouped by function into measured ones (even functions) and unmeasured ones (odd functions), each
 * flattened with the forms of a function rotating (`form`: the index of the position's form in its function).
 * @returns {{ measured: object[], warmup: object[], verify: object[] }} `n` measured positions evenly spread; `WARMUP`
 *   warm-up positions evenly spread; the first `VERIFY` unmeasured positions (consecutive: every form of the row),
 *   where the `floor` server's answers are compared with the `with` server's
 */
function split(groups, n) {
  const flatten = (parity) => groups.filter((_, i) => i % 2 === parity).map((forms, i) => ({ ...forms[i % forms.length], form: i % forms.length }));
  return { measured: spread(flatten(0), n), warmup: spread(flatten(1), WARMUP), verify: flatten(1).slice(0, VERIFY) };
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

/** The tsconfig `compilerOptions` of every project (JSON form), without `plugins`. */
function compilerOptions() {
  const typeRoots = [path.join(REPO_ROOT, 'node_modules/@types')];
  return { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots };
}

/** The positions without duplicates (same line, column and trigger character), in their first order. */
function unique(positions) {
  return [...new Map(positions.map((p) => [`${p.line}:${p.column}:${p.trigger ?? ''}`, p])).values()];
}

/** The byte length of a response body as JSON (0 for no content, `undefined`). */
function bytes(body) {
  return body === undefined ? 0 : Buffer.byteLength(JSON.stringify(body));
}

/** Runs the benchmark in a new temporary folder, removed afterwards (also when the bench fails). */
async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'flux-env-bench-'));
  try {
    await bench(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The benchmark, its projects in the temporary folder `root`. */
async function bench(root) {
  const { text, env, quotes, elsewhere, completion, elsewhereCompletion } = generate(LINES);
  // Hover on the opening quote of `process.env['X']` answers as on the name: checked (not measured) at a few places.
  // (`form` 3: the `process.env['X']` form of `env`, which decides the servers' order at the position.)
  const withQuotes = (row) => ({
    ...row,
    verify: [...row.verify, ...quotes.filter((_, i) => i % 2 === 1).slice(0, VERIFY).map((q) => ({ ...q, form: 3 }))],
  });
  const cases = [
    ['hover', 'env, after diags', withQuotes(split(env, SAMPLES))],
    ['hover', 'elsewhere', split(elsewhere, SAMPLES)],
    ['completions', 'env', split(completion, SAMPLES)],
    ['completions', 'elsewhere', split(elsewhereCompletion, SAMPLES)],
    // Last (it opens a new version of the file, which the rows above must not see): the env positions of hover in a
    // version whose diagnostics were not asked for yet, where the plugin reads the node at the cursor instead of
    // looking the name up in the accesses its diagnostics found.
    ['hover', 'env, before diags', withQuotes(split(env, SAMPLES)), { newVersion: true }],
  ];

  // The floor: the plugin's additions captured in-process for this file, the stub installed and checked at every
  // position any server will be asked.
  const asked = (kind) => unique(cases.filter(([k]) => k === kind).flatMap(([, , { measured, warmup, verify }]) => [...measured, ...warmup, ...verify]));
  const floor = installFloor({ root, text, compilerOptions: compilerOptions(), hover: asked('hover'), completions: asked('completions') });
  const pluginsOf = { with: [{ name: '@flux-env/ts-plugin' }], floor: [floor.pluginEntry] };
  const probeLocations = [path.join(REPO_ROOT, 'test'), floor.probeLocation];

  const byLabel = () => Object.fromEntries(LABELS.map((label) => [label, []]));
  const times = cases.map(() => byLabel());
  const perRound = cases.map(() => []);
  const diag = { with: [], without: [] };
  /** Response body sizes at the checked positions (bytes), per row: `with` (= `floor`) and `without`. */
  const sizes = cases.map(() => ({ with: [], without: [] }));
  const diagSizes = { with: [], without: [] };
  let checked = 0;

  for (let round = 0; round < ROUNDS; round++) {
    const projects = {};
    // Start order changes by round: no server is always the first (or last) process started.
    for (const label of ORDERS[round % ORDERS.length]) {
      const dir = path.join(root, `${label}-${round}`);
      mkdirSync(path.join(dir, 'src'), { recursive: true });
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { ...compilerOptions(), plugins: pluginsOf[label] ?? [] }, include: ['src'] }, null, 2),
      );
      const file = path.join(dir, 'src/large.ts');
      writeFileSync(file, text);
      const server = TsServer.start({ pluginProbeLocations: probeLocations });
      await server.open(file);
      projects[label] = { server, file };
    }

    const ask = (label, kind, position) => {
      const { server, file } = projects[label];
      // tsserver answers "no content" (`success: false`) where it has no quick info or completion (TypeScript has no
      // quick info on the key of `process.env['X']`): a full answer for an editor.
      if (kind === 'hover') return server.quickInfo(file, position.line, position.column).catch(noContent);
      return server.completions(file, position.line, position.column, position.trigger).catch(noContent);
    };
    /** One timed request: its round trip (ms) and the response body, which is compared after the position's turn. */
    const run = async (label, kind, position) => {
      const start = performance.now();
      const body = await ask(label, kind, position);
      return { ms: performance.now() - start, body };
    };
    /** Fails the bench unless the `floor` server's body is the `with` server's, byte for byte. */
    const sameAsWith = (bodies, what) => {
      checked++;
      const withText = JSON.stringify(bodies.with) ?? 'no content';
      const floorText = JSON.stringify(bodies.floor) ?? 'no content';
      if (withText === floorText) return;
      let at = 0;
      while (withText[at] === floorText[at]) at++;
      const cut = (t) => t.slice(Math.max(0, at - 100), at + 200);
      throw new Error(
        `the floor server's ${what} differs from the with server's (round ${round + 1}): the floor would measure other bytes than the plugin sends. First difference at character ${at}:\n  with:  …${cut(withText)}\n  floor: …${cut(floorText)}`,
      );
    };
    /** Asks every server at the row's check positions (in changing order) and compares `floor` with `with`. */
    const check = async (c, kind, where, positions) => {
      for (const [p, order] of ordered(positions)) {
        const bodies = {};
        for (const label of order) bodies[label] = await ask(label, kind, p);
        sameAsWith(bodies, `${kind} at ${p.line}:${p.column} (${where})`);
        sizes[c].with.push(bytes(bodies.with));
        sizes[c].without.push(bytes(bodies.without));
      }
    };

    // Warm-up: type-check the file once in every server (the floor's diagnostics checked against the plugin's), then
    // the same requests of each kind at unmeasured positions.
    const firstDiagnostics = {};
    for (const label of LABELS) {
      const { server, file } = projects[label];
      firstDiagnostics[label] = [await server.semanticDiagnostics(file), await server.suggestionDiagnostics(file)];
    }
    sameAsWith(firstDiagnostics, 'semantic + suggestion diagnostics of the file');
    diagSizes.with.push(bytes(firstDiagnostics.with));
    diagSizes.without.push(bytes(firstDiagnostics.without));
    for (const [kind, , { warmup }] of cases) {
      for (const [p, order] of ordered(warmup)) for (const label of order) await run(label, kind, p);
    }

    for (const [c, [kind, where, { measured, warmup, verify }, { newVersion = false } = {}]] of cases.entries()) {
      if (newVersion) {
        for (const label of LABELS) {
          const { server, file } = projects[label];
          server.notify('open', { file, fileContent: `${text}\n// version ${c}\n` });
        }
      }
      await check(c, kind, where, verify);
      if (newVersion) {
        for (const [p, order] of ordered(warmup)) for (const label of order) await run(label, kind, p);
      }
      const sample = byLabel();
      for (const [p, order] of ordered(measured)) {
        const bodies = {};
        for (const label of order) {
          const { ms, body } = await run(label, kind, p);
          sample[label].push(ms);
          bodies[label] = body;
        }
        // Every measured answer of the floor is the plugin's, byte for byte (compared after the four requests).
        sameAsWith(bodies, `${kind} at ${p.line}:${p.column} (${where}, measured)`);
      }
      for (const label of LABELS) times[c][label].push(...sample[label]);
      const p50 = Object.fromEntries(LABELS.map((label) => [label, stats(sample[label]).p50]));
      perRound[c].push({ ratio: p50.with / p50.without, aa: p50.control / p50.without, floor: p50.floor / p50.without });
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

  const fmt = (ms) => `${ms.toFixed(2)} ms`;
  const x = (ratio) => `${ratio.toFixed(3)}x`;
  console.log(
    `tsserver benchmark: ${LINES} lines, TypeScript of the workspace, ${ROUNDS} rounds of fresh servers x ${SAMPLES} positions per row (pooled), warm-up ${WARMUP} requests per kind`,
  );
  console.log(`floor: ${floor.captured}; over tsserver, ${checked} answers of the floor server equal the with server's`);
  console.log('');
  console.log(
    'feature      positions            n    p50 with   p50 w/o   ratio   p95 with   p95 w/o   ratio   target p50     noise (A/A p50, p95)   p50 floor  floor/w/o  with/floor',
  );
  let ok = true;
  const verdicts = [];
  for (const [c, [kind, where]] of cases.entries()) {
    const w = stats(times[c].with);
    const wo = stats(times[c].without);
    const ctl = stats(times[c].control);
    const fl = stats(times[c].floor);
    const p50 = w.p50 / wo.p50;
    const p95 = w.p95 / wo.p95;
    const target = where.startsWith('env') ? 1.1 : 1.02;
    const pass = p50 <= target;
    ok &&= pass;
    console.log(
      `${kind.padEnd(12)} ${where.padEnd(17)} ${String(times[c].with.length).padStart(4)}  ${fmt(w.p50).padStart(9)}  ${fmt(wo.p50).padStart(9)}  ${p50.toFixed(3).padStart(5)}x  ${fmt(w.p95).padStart(9)}  ${fmt(wo.p95).padStart(9)}  ${p95.toFixed(3).padStart(5)}x   <= ${target.toFixed(2)}x ${pass ? 'ok  ' : 'OVER'}   ${(ctl.p50 / wo.p50).toFixed(3)}x, ${(ctl.p95 / wo.p95).toFixed(3)}x         ${fmt(fl.p50).padStart(9)}   ${x(fl.p50 / wo.p50).padStart(7)}     ${x(w.p50 / fl.p50).padStart(7)}`,
    );
    if (where.startsWith('env')) {
      // The noise band of the floor: the row's A/A deviation, and the floor's own deviation where it adds no byte
      // (the same kind's `elsewhere` row: there floor/without is the stub's pass-through plus noise, not bytes).
      const floorRatio = fl.p50 / wo.p50;
      const zero = cases.findIndex(([k, w2]) => k === kind && w2 === 'elsewhere');
      const zeroFloor = zero >= 0 ? stats(times[zero].floor).p50 / stats(times[zero].without).p50 : 1;
      const band = Math.max(Math.abs(ctl.p50 / wo.p50 - 1), Math.abs(zeroFloor - 1));
      const bandText = `noise band ±${(band * 100).toFixed(1)}% (A/A ${x(ctl.p50 / wo.p50)}, floor where nothing is added ${x(zeroFloor)})`;
      const own = `the plugin's own cost above the floor is with/floor ${x(w.p50 / fl.p50)}`;
      verdicts.push(
        floorRatio - band > target
          ? `  ${kind} ${where}: target ${target.toFixed(2)}x is BELOW the floor (floor/without ${x(floorRatio)}, ${bandText}): unreachable with this answer content; ${own}`
          : floorRatio + band < target
            ? `  ${kind} ${where}: target ${target.toFixed(2)}x is above the floor (floor/without ${x(floorRatio)}, ${bandText}): reachable with this answer content; ${own}`
            : `  ${kind} ${where}: target ${target.toFixed(2)}x is within the noise band of the floor (floor/without ${x(floorRatio)}, ${bandText}): undecided; ${own}`,
      );
    }
  }
  const d = { with: stats(diag.with), without: stats(diag.without) };
  console.log(
    `${'diagnostics'.padEnd(12)} ${'whole file'.padEnd(17)} ${String(diag.with.length).padStart(4)}  ${fmt(d.with.p50).padStart(9)}  ${fmt(d.without.p50).padStart(9)}  ${(d.with.p50 / d.without.p50).toFixed(3).padStart(5)}x  ${fmt(d.with.p95).padStart(9)}  ${fmt(d.without.p95).padStart(9)}  ${(d.with.p95 / d.without.p95).toFixed(3).padStart(5)}x`,
  );
  console.log('');
  console.log('p50 ratio of each round (with/without; A/A control/without; floor/without):');
  for (const [c, [kind, where]] of cases.entries()) {
    const rounds = perRound[c];
    const list = (key) => `${rounds.map((r) => r[key].toFixed(3)).join(' ')} (median ${median(rounds.map((r) => r[key])).toFixed(3)})`;
    console.log(`  ${kind.padEnd(12)} ${where.padEnd(17)} ${list('ratio')};  A/A ${list('aa')};  floor ${list('floor')}`);
  }
  console.log('');
  console.log('response body bytes at the checked positions (median; the floor server sends the with server\'s):');
  for (const [c, [kind, where]] of cases.entries()) {
    const w = median(sizes[c].with);
    const wo = median(sizes[c].without);
    console.log(`  ${kind.padEnd(12)} ${where.padEnd(17)} with ${String(w).padStart(7)}   without ${String(wo).padStart(7)}   added ${String(w - wo).padStart(7)}`);
  }
  const dw = median(diagSizes.with);
  const dwo = median(diagSizes.without);
  console.log(`  ${'diagnostics'.padEnd(12)} ${'whole file'.padEnd(17)} with ${String(dw).padStart(7)}   without ${String(dwo).padStart(7)}   added ${String(dw - dwo).padStart(7)}`);
  console.log('');
  console.log(ok ? 'All p50 ratios within target.' : 'Some p50 ratios are over target (see OVER). Timings include the JSON round trip to tsserver.');
  console.log('Env targets against the answer-size floor (floor/without: what the added bytes alone cost):');
  for (const line of verdicts) console.log(line);
}

main().catch((error) => {
  console.error(`tsserver-bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
