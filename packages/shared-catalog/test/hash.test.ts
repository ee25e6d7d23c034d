import { describe, expect, it } from 'vitest';
import {
  ALIASES,
  BROWSER_PREFIXES,
  CLI_DOTENV,
  Catalog,
  FLUX_JSON,
  LOOKALIKES,
  SECTIONS,
  VARIABLES,
  canonicalJson,
  catalog,
  catalogHash,
} from '@flux-env/catalog';

const PAGE = { sections: SECTIONS, cliDotenv: CLI_DOTENV, fluxJson: FLUX_JSON };

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
  });

  it('leaves out what JSON leaves out, and writes regular expressions, maps and sets as data', () => {
    expect(canonicalJson({ f: () => 1, u: undefined, list: [undefined, () => 1, null] })).toBe('{"list":[null,null,null]}');
    expect(canonicalJson({ re: /^FLUX_/u, n: Number.NaN, big: 10n })).toBe('{"big":"10","n":"NaN","re":"/^FLUX_/u"}');
    expect(canonicalJson(new Map([['b', 2], ['a', 1]]))).toBe('[["a",1],["b",2]]');
    expect(canonicalJson(new Set(['b', 'a']))).toBe('["a","b"]');
  });

  it('throws on a cycle, naming where it is', () => {
    const node: Record<string, unknown> = { name: 'x' };
    node.self = { again: node };
    expect(() => canonicalJson(node)).toThrow('flux-env catalog: cannot hash a cyclic value at $.self.again');
  });

  it('accepts a value seen twice that is not a cycle', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]');
  });
});

describe('catalogHash', () => {
  it('is 64 hex digits, and equal for catalogs built from equal data', () => {
    const hash = catalogHash();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(catalogHash(catalog)).toBe(hash);
    const copy = new Catalog(structuredClone(VARIABLES), structuredClone(ALIASES), structuredClone(LOOKALIKES), [...BROWSER_PREFIXES], structuredClone(PAGE));
    expect(catalogHash(copy)).toBe(hash);
  });

  it('changes when any fact changes: a variable’s sensitivity, an alias, a lookalike row, a browser prefix, a page fact', () => {
    const hash = catalogHash();
    const variables = VARIABLES.map((v) => (v.name === 'FLUX_DEBUG' ? { ...v, sensitive: true } : v));
    const changed = [
      new Catalog(variables, ALIASES, LOOKALIKES, BROWSER_PREFIXES, PAGE),
      new Catalog(VARIABLES, ALIASES.slice(1), LOOKALIKES, BROWSER_PREFIXES, PAGE),
      new Catalog(VARIABLES, ALIASES, LOOKALIKES.slice(1), BROWSER_PREFIXES, PAGE),
      new Catalog(VARIABLES, ALIASES, LOOKALIKES, [...BROWSER_PREFIXES, 'VITE_'], PAGE),
      new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, { ...PAGE, cliDotenv: { ...CLI_DOTENV, keys: CLI_DOTENV.keys.slice(1) } }),
      new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, { ...PAGE, fluxJson: { ...FLUX_JSON, fields: FLUX_JSON.fields.slice(1) } }),
      new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, {
        ...PAGE,
        sections: SECTIONS.map((s) => (s.id === 'cli' ? { ...s, title: 'CLI' } : s)),
      }),
    ].map((c) => catalogHash(c));
    for (const h of changed) expect(h).not.toBe(hash);
    expect(new Set(changed).size).toBe(changed.length);
  });
});
