// Holds the catalog data to the Flux docs page it encodes (a copy of the page lives in `source/`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIASES, CLI_DOTENV, FLUX_JSON, LOOKALIKES, SECTIONS, VARIABLES, catalog } from '@flux-env/catalog';

const page = readFileSync(new URL('../source/environment-variables.txt', import.meta.url), 'utf8');
const lines = page.split('\n');

/** Rows `a | b | c |` of the table that follows the heading line `heading`. */
function tableRows(heading: string): string[][] {
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThan(-1);
  const separator = lines.findIndex((line, i) => i > start && line.startsWith('|---'));
  const rows: string[][] = [];
  for (const line of lines.slice(separator + 1)) {
    if (!line.includes(' | ')) break;
    rows.push(line.replace(/ \|$/u, '').split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

/** The lines under a variable's heading, up to the next heading of the page's sections. */
function blockOf(heading: string): string {
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThan(-1);
  const headingLike = /^(?:[A-Z][A-Z0-9_]+(?: \/ [A-Z][A-Z0-9_]+)?(?: \(.*\))?|\d\. .*|Names that look alike|flux\.json .*)$/u;
  const end = lines.findIndex((line, i) => i > start && headingLike.test(line));
  return lines.slice(start + 1, end).join('\n');
}

/** Text with all white space removed (the page lost the spaces around inline code). */
const squeeze = (text: string) => text.replace(/\s+/gu, '');

const quickLookup = tableRows('Quick lookup');
const headings = lines.filter((line) => /^[A-Z][A-Z0-9_]+(?: \/ [A-Z][A-Z0-9_]+)?(?: \(.*\))?$/u.test(line));

describe('catalog data against the Flux docs page', () => {
  it('has the 21 variables of the quick lookup table and the 5 legacy aliases (26 names)', () => {
    const lookupNames = quickLookup.flatMap(([names]) => names!.split(' / '));
    const canonical = lookupNames.filter((name) => !ALIASES.some((a) => a.name === name));
    expect(canonical).toHaveLength(21);
    expect(VARIABLES.map((v) => v.name).sort()).toEqual([...canonical].sort());
    expect(ALIASES.map((a) => a.name)).toEqual([
      'FLUX_SERVICE_URL',
      'NEXTAUTH_SECRET',
      'NEXTAUTH_URL',
      'GITHUB_ID',
      'GITHUB_SECRET',
    ]);
    expect(catalog.names()).toHaveLength(26);
  });

  it.each(quickLookup.map((row) => [row[0]!, row[1]!, row[2]!]))(
    'quick lookup row %s: section %s, one-liner',
    (names, section, oneLiner) => {
      for (const name of names.split(' / ')) {
        const found = catalog.lookup(name);
        expect(found, name).toBeDefined();
        expect(catalog.section(found!.variable.section).lookupName).toBe(section);
        if (found!.kind === 'alias') expect(found!.alias.summary).toBe(oneLiner);
        else expect(found!.variable.summary).toBe(oneLiner);
      }
    },
  );

  it('marks exactly the variables the page calls sensitive', () => {
    const sensitive = new Set<string>();
    for (const heading of headings) {
      const block = blockOf(heading);
      const names = heading.replace(/ \(.*\)$/u, '').split(' / ');
      const isSensitive = /Sensitive: Yes|^Sensitive —|\. Sensitive —/mu.test(block);
      if (!isSensitive) continue;
      // "Sensitive: Yes (the secret)" under a pair marks only the secret of the pair.
      if (/Sensitive: Yes \(the secret\)/u.test(block)) names.filter((n) => n.endsWith('_SECRET')).forEach((n) => sensitive.add(n));
      else names.forEach((n) => sensitive.add(n));
    }
    expect([...sensitive].sort()).toEqual([
      'AUTH_GITHUB_SECRET',
      'AUTH_SECRET',
      'FLUX_API_TOKEN',
      'FLUX_BEARER_TOKEN',
      'FLUX_GATEWAY_JWT_SECRET',
      'PGRST_DB_URI',
      'PGRST_JWT_SECRET',
    ]);
    expect(VARIABLES.filter((v) => v.sensitive).map((v) => v.name).sort()).toEqual([...sensitive].sort());
  });

  it('maps every alias the page names to its canonical variable', () => {
    const fromPage = new Map<string, string>();
    for (const heading of headings) {
      const alias = /^(\w+) \(alias (\w+)\)$/u.exec(heading);
      if (alias) fromPage.set(alias[2]!, alias[1]!);
      const legacyPair = /^(\w+) \/ (\w+) \(legacy (\w+) \/ (\w+)\)$/u.exec(heading);
      if (legacyPair) {
        fromPage.set(legacyPair[3]!, legacyPair[1]!);
        fromPage.set(legacyPair[4]!, legacyPair[2]!);
      }
    }
    const older = /Someolderguidesuse([A-Z_]+)forthesamepurpose\.Bothstillwork;([A-Z_]+)isthename/u.exec(squeeze(page));
    fromPage.set(older![1]!, older![2]!);
    expect(fromPage.size).toBe(5);
    for (const [alias, canonical] of fromPage) {
      expect(catalog.canonicalOf(alias), alias).toBe(canonical);
      expect(catalog.variable(canonical)!.aliases).toContain(alias);
    }
    expect(ALIASES.map((a) => [a.name, a.canonical])).toEqual([...fromPage.entries()].sort((a, b) =>
      ALIASES.findIndex((x) => x.name === a[0]) - ALIASES.findIndex((x) => x.name === b[0]),
    ));
  });

  it('holds every labelled field the page gives a variable, word for word', () => {
    const fields: Record<string, keyof (typeof VARIABLES)[number]> = {
      Type: 'type',
      "Where it's set": 'whereSet',
      Source: 'source',
      'When to skip it': 'whenToSkip',
      Inference: 'inference',
      'Self-hosted': 'selfHosted',
      Rotation: 'rotation',
      'When you need it': 'whenYouNeedIt',
      Footgun: 'footguns',
      Notes: 'notes',
      'Distinct from': 'notes',
    };
    const labels = /(?:^|\s)- (Type|Where it's set|Sensitive|Source|Notes|Footgun|When to skip it|Inference|Self-hosted|Rotation|When you need it):|(?:^|\s)- (?=(Distinct from) )/gu;
    let checked = 0;
    for (const heading of headings) {
      const block = blockOf(heading).replace(/\n/gu, ' ');
      const found = [...block.matchAll(labels)];
      found.forEach((match, i) => {
        const label = match[1] ?? match[2]!;
        const field = fields[label];
        if (!field) return;
        const value = block.slice(match.index + match[0].length, found[i + 1]?.index ?? block.length);
        for (const name of heading.replace(/ \(.*\)$/u, '').split(' / ')) {
          const stored = catalog.variable(name)![field];
          const text = Array.isArray(stored) ? stored.join(' ') : String(stored);
          // The page lost the spaces around inline code; compare with all white space removed.
          expect(squeeze(text), `${name}.${field}`).toBe(squeeze(value));
          checked += 1;
        }
      });
    }
    expect(checked).toBe(31);
  });

  it('holds the "Names that look alike" table row by row', () => {
    const rows = tableRows('Names that look alike');
    expect(rows).toHaveLength(LOOKALIKES.length);
    rows.forEach(([wrote, meant, giveaway], i) => {
      const row = LOOKALIKES[i]!;
      expect(wrote).toBe(row.wroteQualifier ? `${row.wrote} (${row.wroteQualifier})` : row.wrote);
      expect(meant).toBe(row.meantQualifier ? `${row.meant} (${row.meantQualifier})` : row.meant);
      expect(giveaway).toBe(row.giveaway);
    });
  });

  it('holds the CLI dotenv keys and flux.json', () => {
    const sentence = /The CLI loads exactly five keys from those files: (.*)\.$/mu.exec(page.replace(/\n(?=[A-Z_]+[,.])/gu, ''));
    expect(sentence).not.toBeNull();
    expect(CLI_DOTENV.keys).toEqual(['FLUX_API_BASE', 'FLUX_DASHBOARD_BASE', 'FLUX_API_TOKEN', 'FLUX_DEFAULT_MODE', 'FLUX_GATEWAY_JWT_SECRET']);
    for (const key of CLI_DOTENV.keys) expect(catalog.variable(key), key).toBeDefined();
    expect(CLI_DOTENV.files).toEqual(['.env', '.env.local']);
    expect(FLUX_JSON.fields.map((f) => f.name)).toEqual(['slug', 'hash']);
    expect(new RegExp(FLUX_JSON.fields[1]!.pattern!, 'u').test('0a1b2c3')).toBe(true);
    expect(new RegExp(FLUX_JSON.fields[1]!.pattern!, 'u').test('0a1b2c')).toBe(false);
  });

  it('names every section of the page', () => {
    for (const section of SECTIONS) expect(lines, section.title).toContain(section.title);
    expect(new Set(VARIABLES.map((v) => v.section))).toEqual(new Set(['wiring', 'auth', 'cli', 'postgrest', 'tls']));
  });

  it('marks the PostgREST container variables as dedicated-only and managed by Flux', () => {
    expect(VARIABLES.filter((v) => v.dedicatedOnly).map((v) => v.name)).toEqual([
      'PGRST_DB_URI',
      'PGRST_JWT_SECRET',
      'PGRST_DB_SCHEMAS',
      'PGRST_DB_ANON_ROLE',
    ]);
    expect(VARIABLES.filter((v) => v.managedByFlux).map((v) => v.name)).toEqual(
      VARIABLES.filter((v) => v.dedicatedOnly).map((v) => v.name),
    );
    for (const v of VARIABLES) expect(v.surfaces.includes('postgrest'), v.name).toBe(v.dedicatedOnly);
  });
});
