/**
 * The one renderer of a variable's documentation: the markdown every host shows for a catalog name
 * (tsserver hover and completion details, the generated `process-env.d.ts` JSDoc, generated docs).
 *
 * Source: every field of a variable's entry on the Flux docs page "Environment variables" (sections 1–5),
 * its "Names that look alike" rows and its legacy aliases. The renderer only formats: the words are the
 * catalog's.
 */
import markdownEscape from 'markdown-escape';
import { catalog as defaultCatalog, type Catalog } from './catalog.js';
import { DOCS_PAGE_TITLE } from './data.js';
import type { Lookalike, Surface, VariableEntry } from './types.js';

/** How each surface reads in docs. Source: the sections that name who reads a variable (1, 3, 4). */
export const SURFACE_LABELS: { readonly [S in Surface]: string } = {
  browser: 'browser bundle',
  server: 'server code',
  cli: 'flux CLI',
  postgrest: 'PostgREST container',
};

/** Upper-case words that may be environment-variable names (`FLUX_URL`, `NEXT_PUBLIC_FLUX_URL`). */
const NAME_LIKE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/gu;

/**
 * Escapes prose for markdown and writes every catalog name in it as inline code, so that
 * `NEXT_PUBLIC_*` or `t_<12-hex-shortid>_api` render as written instead of as emphasis or HTML.
 * @param text the catalog's words (plain text)
 * @param cat the catalog whose names are set as code
 * @returns one markdown line (no newline added)
 */
export function markdownText(text: string, cat: Catalog = defaultCatalog): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(NAME_LIKE)) {
    const index = match.index;
    if (cat.lookup(match[0]) === undefined) continue;
    out += escapeProse(text.slice(last, index)) + '`' + match[0] + '`';
    last = index + match[0].length;
  }
  return out + escapeProse(text.slice(last));
}

/** Escapes what would change the rendering of prose: emphasis, links, HTML, code. Slashes, parentheses and `#` inside a line are harmless. */
function escapeProse(text: string): string {
  return markdownEscape(text, ['slashes', 'parentheses', 'number signs']);
}

/** Capitalises the first letter of a catalog phrase that continues a label ("the script's environment…"). */
function sentence(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}

function bullet(label: string, text: string, cat: Catalog): string {
  return `- **${label}:** ${markdownText(sentence(text), cat)}`;
}

/** The other name of a "Names that look alike" row, seen from `name`; describes a same-name row by its qualifiers. */
function lookalikeLine(row: Lookalike, name: string, cat: Catalog): string {
  if (row.wrote === row.meant) {
    const a = row.wroteQualifier ? ` (${row.wroteQualifier})` : '';
    const b = row.meantQualifier ? ` (${row.meantQualifier})` : '';
    return `- **Looks like:** \`${row.wrote}\`${markdownText(a, cat)} vs \`${row.meant}\`${markdownText(b, cat)}: ${markdownText(row.giveaway, cat)}`;
  }
  const other = row.wrote === name || cat.canonicalOf(row.wrote) === name ? row.meant : row.wrote;
  return `- **Looks like:** \`${other}\`: ${markdownText(row.giveaway, cat)}`;
}

/**
 * The "Secret" line: yes/no, then what the page adds after its own "Yes"/"No" (a leading yes/no word of the
 * note is dropped, with its parenthesis when it contradicts the entry: `AUTH_GITHUB_ID`'s note speaks of its pair).
 */
function secretText(v: VariableEntry): string {
  const answer = v.sensitive ? 'Yes' : 'No';
  if (!v.sensitiveNote) return answer;
  const lead = /^(yes|no)\b\s*/iu.exec(v.sensitiveNote);
  let note = v.sensitiveNote;
  if (lead) {
    note = note.slice(lead[0].length);
    if (lead[1]!.toLowerCase() !== answer.toLowerCase()) note = note.replace(/^\([^)]*\)\s*/u, '');
    note = note.replace(/^[—:-]\s*/u, '');
  }
  if (note.length === 0) return answer;
  return note.startsWith('(') ? `${answer} ${note}` : `${answer} — ${note}`;
}

/**
 * The documentation of one catalog name as markdown: for a legacy alias, a first paragraph naming the
 * canonical variable, then the canonical variable's documentation.
 *
 * Layout: `**NAME**: summary` paragraph, the page's description paragraph, then one bullet per field the page
 * gives (type, where it's set, secret, read by, source, default, when to skip, when you need it, inference,
 * self-hosted, rotation, dedicated only, public twin, legacy aliases, paired with, notes, footguns, look-alikes),
 * then the docs section it comes from.
 * @param name a canonical name or legacy alias, exactly as written (`"FLUX_URL"`, `"NEXTAUTH_SECRET"`)
 * @param cat the catalog (default: the Flux docs page)
 * @returns markdown text with `\n` line breaks and no trailing newline; `undefined` when the catalog does not know `name`
 */
export function renderVariableDocs(name: string, cat: Catalog = defaultCatalog): string | undefined {
  const found = cat.lookup(name);
  if (!found) return undefined;
  const v = found.variable;
  const blocks: string[] = [];
  if (found.kind === 'alias') {
    blocks.push(
      `**${name}** is a legacy alias of \`${v.name}\`: ${markdownText(found.alias.reason, cat)}. Use \`${v.name}\`.`,
    );
  }
  blocks.push(`**${v.name}**: ${markdownText(v.summary, cat)}`);
  blocks.push(markdownText(v.description, cat));

  const lines: string[] = [];
  if (v.type) lines.push(bullet('Type', v.type, cat));
  if (v.whereSet) lines.push(bullet("Where it's set", v.whereSet, cat));
  lines.push(bullet('Secret', secretText(v), cat));
  lines.push(`- **Read by:** ${v.surfaces.map((s) => SURFACE_LABELS[s]).join(', ')}`);
  if (v.source) lines.push(bullet('Source', v.source, cat));
  if (v.defaultValue) lines.push(bullet('Default', v.defaultValue, cat));
  if (v.whenToSkip) lines.push(bullet('When to skip it', v.whenToSkip, cat));
  if (v.whenYouNeedIt) lines.push(bullet('When you need it', v.whenYouNeedIt, cat));
  if (v.inference) lines.push(bullet('Inference', v.inference, cat));
  if (v.selfHosted) lines.push(bullet('Self-hosted', v.selfHosted, cat));
  if (v.rotation) lines.push(bullet('Rotation', v.rotation, cat));
  if (v.dedicatedOnly) lines.push('- **Dedicated only:** exists on `v1_dedicated` stacks only');
  if (v.managedByFlux) lines.push('- **Managed by Flux:** setting it yourself is rarely the right answer');
  if (v.publicTwin) {
    const twinIsPublic = cat.isBrowserExposed(v.publicTwin);
    lines.push(
      `- **Public twin:** \`${v.publicTwin}\` (same value, ${twinIsPublic ? 'exposed to the browser bundle' : 'server-only'})`,
    );
  }
  if (v.aliases.length > 0) lines.push(`- **Legacy aliases:** ${v.aliases.map((a) => `\`${a}\``).join(', ')}`);
  if (v.pairedWith) lines.push(`- **Paired with:** \`${v.pairedWith}\``);
  for (const note of v.notes) lines.push(bullet('Note', note, cat));
  for (const footgun of v.footguns) lines.push(bullet('Footgun', footgun, cat));
  for (const row of cat.lookalikesOf(v.name)) lines.push(lookalikeLine(row, v.name, cat));
  blocks.push(lines.join('\n'));

  blocks.push(`Flux docs: ${DOCS_PAGE_TITLE} › ${markdownText(cat.section(v.section).title, cat)}`);
  return blocks.join('\n\n');
}

/** Where a completion is offered, as far as its label depends on it. */
export interface LabelContext {
  /** The module is client code (`'use client'`): secrets are unsafe there, only browser-exposed names have values. */
  readonly clientModule?: boolean;
}

/**
 * The short label of a catalog name in a completion list (a few words, plain text, no markdown):
 * `legacy alias of FLUX_URL`, `secret · Personal API token for the CLI.`, and in client code
 * `secret · unsafe in client code` / `server-only · undefined in client code`.
 * Source: each variable's quick lookup "One-line", "Sensitive", and section 1's note that Next.js only
 * exposes `NEXT_PUBLIC_*` to the browser.
 * @param name a catalog name or alias
 * @param context where the completion is offered
 * @returns the label; `undefined` when the catalog does not know `name`
 */
export function renderShortLabel(name: string, context: LabelContext = {}, cat: Catalog = defaultCatalog): string | undefined {
  const found = cat.lookup(name);
  if (!found) return undefined;
  const v = found.variable;
  if (found.kind === 'alias') return `legacy alias of ${v.name}`;
  if (context.clientModule) {
    if (v.sensitive) return 'secret · unsafe in client code';
    if (!cat.isBrowserExposed(name)) return `server-only · undefined in client code`;
    return v.summary;
  }
  return v.sensitive ? `secret · ${v.summary}` : v.summary;
}

/**
 * Turns markdown into the body of a JSDoc comment: `*` + `/` can no longer close it, and a line starting
 * with `@` cannot start a tag.
 * @param markdown text from `renderVariableDocs`
 * @param indent the indentation before ` * ` on each line
 * @returns the comment lines, `/**` to the closing line, joined with `\n`
 */
export function jsDocComment(markdown: string, indent: string, tags: readonly string[] = []): string {
  const body = markdown
    .replace(/\*\//gu, '*\\/')
    .split('\n')
    .map((line) => (line.startsWith('@') ? `\\${line}` : line));
  const lines = [...body, ...(tags.length > 0 ? ['', ...tags] : [])];
  return [`${indent}/**`, ...lines.map((line) => (line.length > 0 ? `${indent} * ${line}` : `${indent} *`)), `${indent} */`].join(
    '\n',
  );
}

/**
 * The generated `process-env.d.ts`: augments `NodeJS.ProcessEnv` with every catalog name as an optional
 * `string`, each with its `renderVariableDocs` JSDoc; legacy aliases carry `@deprecated Use X.` so editors
 * strike them through. Gives hovers, completions and strike-through where no tsserver plugin loads
 * (TypeScript 7, editors without plugin support).
 * @param cat the catalog (default: the Flux docs page)
 * @returns the file's full text, ending with a newline
 */
export function renderProcessEnvTypings(cat: Catalog = defaultCatalog): string {
  const members: string[] = [];
  for (const name of cat.names()) {
    const docs = renderVariableDocs(name, cat)!;
    const alias = cat.aliasOf(name);
    const tags = alias ? [`@deprecated Use \`${alias.canonical}\`: ${markdownText(alias.reason, cat)}.`] : [];
    members.push(`${jsDocComment(docs, '      ', tags)}\n      ${name}?: string;`);
  }
  return [
    '// Generated from the flux-env catalog by packages/shared-catalog/scripts/generate-process-env.mjs. Do not edit:',
    '// run `pnpm build && node packages/shared-catalog/scripts/generate-process-env.mjs` instead.',
    '//',
    `// Every variable of the Flux docs page "${DOCS_PAGE_TITLE}", typed on NodeJS.ProcessEnv with its documentation.`,
    '// Use it with `/// <reference types="@flux-env/catalog/process-env" />` or `"types": ["@flux-env/catalog/process-env"]`.',
    '',
    'declare global {',
    '  namespace NodeJS {',
    '    interface ProcessEnv {',
    members.join('\n'),
    '    }',
    '  }',
    '}',
    '',
    'export {};',
    '',
  ].join('\n');
}
