#!/usr/bin/env node
/**
 * A scripted editor session through the real tsserver with `@flux-env/ts-plugin` loaded from the project's
 * tsconfig, as an editor would drive it: a hover, the completion list after `process.env.`, a diagnostic and
 * its quick fix. Runs on the fixture project `test/fixtures/ts-project` with the BUILT packages (`pnpm build`).
 *
 * Usage: `node scripts/demo-editor.mjs` (colours and strike-through when stdout is a terminal).
 */
import path from 'node:path';
import { REPO_ROOT, TsServer, locate, read } from '../test/e2e/tsserver-client.mjs';

const tty = process.stdout.isTTY;
const style = (code, text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = (t) => style('1', t);
const dim = (t) => style('2', t);
const strike = (t) => (tty ? style('9', t) : t);
const heading = (t) => console.log(`\n${bold(`── ${t} `)}${dim('─'.repeat(Math.max(0, 70 - t.length)))}`);

const project = path.join(REPO_ROOT, 'test/fixtures/ts-project');
const serverFile = path.join(project, 'src/server.ts');
const completionsFile = path.join(project, 'src/completions.ts');
const rel = (file) => path.relative(REPO_ROOT, file);

const tsserver = TsServer.start({ pluginProbeLocations: [path.join(REPO_ROOT, 'test')] });
try {
  await tsserver.open(serverFile);
  await tsserver.open(completionsFile);
  const serverText = read(serverFile);
  const lines = serverText.split('\n');

  // 1. Hover
  const hoverAt = locate(serverText, 'FLUX_URL;', { shift: 1 });
  heading(`hover on process.env.FLUX_URL (${rel(serverFile)}:${hoverAt.line}:${hoverAt.offset})`);
  console.log(dim(`  ${lines[hoverAt.line - 1]}`));
  const info = await tsserver.quickInfo(serverFile, hoverAt.line, hoverAt.offset);
  console.log(`  ${bold(info.displayString)}`);
  for (const line of info.documentation.split('\n')) console.log(`  ${line}`);

  // 2. Completions
  const completionsText = read(completionsFile);
  const completeAt = locate(completionsText, 'process.env.;', { shift: 12 });
  heading(`completions after process.env. (${rel(completionsFile)}:${completeAt.line}:${completeAt.offset})`);
  const completions = await tsserver.completions(completionsFile, completeAt.line, completeAt.offset, '.');
  const entries = [...completions.entries].sort((a, b) => a.sortText.localeCompare(b.sortText) || a.name.localeCompare(b.name));
  const width = Math.max(...entries.map((e) => e.name.length));
  for (const entry of entries) {
    const deprecated = entry.kindModifiers.split(',').includes('deprecated');
    const name = entry.name.padEnd(width);
    const label = `${deprecated && !tty ? '[deprecated] ' : ''}${entry.labelDetails?.description ?? ''}`;
    console.log(`  ${deprecated ? strike(name) : name}  ${dim(label)}`);
  }
  const [details] = await tsserver.completionDetails(completionsFile, completeAt.line, completeAt.offset, ['FLUX_SERVICE_URL']);
  console.log(dim(`  details of FLUX_SERVICE_URL: ${details.documentation.map((p) => p.text).join('').split('\n')[0]}`));

  // 3. Diagnostic and quick fix
  const suggestions = await tsserver.suggestionDiagnostics(serverFile);
  const diagnostic = suggestions.find((d) => d.source === 'flux-env');
  heading(`diagnostic (${rel(serverFile)}:${diagnostic.start.line}:${diagnostic.start.offset}, ${diagnostic.category} ${diagnostic.code}, source ${diagnostic.source})`);
  const line = lines[diagnostic.start.line - 1];
  console.log(`  ${line}`);
  console.log(`  ${' '.repeat(diagnostic.start.offset - 1)}${style('33', '~'.repeat(diagnostic.end.offset - diagnostic.start.offset))}`);
  console.log(`  ${diagnostic.text}`);
  const [fix] = await tsserver.codeFixes(serverFile, diagnostic, [diagnostic.code]);
  heading(`quick fix: ${fix.description}`);
  const [change] = fix.changes[0].textChanges;
  const fixed = line.slice(0, change.start.offset - 1) + change.newText + line.slice(change.end.offset - 1);
  console.log(`  ${style('31', `- ${line}`)}`);
  console.log(`  ${style('32', `+ ${fixed}`)}`);
  console.log(dim('\n  (the fixture file is left unchanged: the edit is what the editor would apply)'));
} finally {
  await tsserver.stop();
}
