/**
 * A content hash of the catalog, for caches keyed by configuration: ESLint's `--cache` key includes a
 * config's `settings`, so a config that carries `catalogHash()` is re-linted when the catalog changes
 * (a new secret, a new alias, a reworded message), even when the plugin's own version did not change.
 *
 * The hash covers everything a finding depends on that is data: the `@flux-env/catalog` package version,
 * every fact of the Flux docs page "Environment variables" (`data.ts`, `checks-data.ts`), the finding
 * kinds and their message templates (`findings.ts`), and the contents of the `Catalog` instance the
 * hosts query (which will include a project's own catalog file when there is one).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { catalog as defaultCatalog, type Catalog } from './catalog.js';
import * as checksData from './checks-data.js';
import * as data from './data.js';
import * as findings from './findings.js';

const { name: packageName, version: packageVersion } = createRequire(__filename)('../package.json') as {
  name: string;
  version: string;
};

/**
 * Serialises a data value to JSON text that does not depend on key order, so that equal data gives
 * equal text in every process: object keys are sorted (code unit order); functions, symbols and
 * `undefined` properties are left out (as `JSON.stringify` does), and are `null` inside arrays;
 * a `RegExp` becomes its source text (`/re/flags`), a `Map` a sorted list of `[key, value]` pairs,
 * a `Set` a sorted list of its members, a `bigint` its decimal text.
 * @param value any data value (plain objects, arrays, primitives, `RegExp`, `Map`, `Set`)
 * @returns the canonical JSON text
 * @throws Error when the value contains a cycle (naming the path to it): data must be a tree.
 */
export function canonicalJson(value: unknown): string {
  const ancestors = new Set<object>();
  const visit = (v: unknown, path: string): string | undefined => {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return JSON.stringify(v);
      case 'number':
        return Number.isFinite(v) ? JSON.stringify(v) : JSON.stringify(String(v));
      case 'bigint':
        return JSON.stringify(v.toString());
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
    }
    const obj = v as object;
    if (obj instanceof RegExp) return JSON.stringify(String(obj));
    if (ancestors.has(obj)) throw new Error(`flux-env catalog: cannot hash a cyclic value at ${path}`);
    ancestors.add(obj);
    let text: string;
    if (Array.isArray(obj)) {
      text = `[${obj.map((item, i) => visit(item, `${path}[${i}]`) ?? 'null').join(',')}]`;
    } else if (obj instanceof Map) {
      const pairs = [...obj].map(([k, item], i) => `[${visit(k, `${path}<key ${i}>`) ?? 'null'},${visit(item, `${path}<${i}>`) ?? 'null'}]`);
      text = `[${pairs.sort().join(',')}]`;
    } else if (obj instanceof Set) {
      text = `[${[...obj].map((item, i) => visit(item, `${path}{${i}}`) ?? 'null').sort().join(',')}]`;
    } else {
      const members: string[] = [];
      for (const key of Object.keys(obj).sort()) {
        const item = visit((obj as Record<string, unknown>)[key], `${path}.${key}`);
        if (item !== undefined) members.push(`${JSON.stringify(key)}:${item}`);
      }
      text = `{${members.join(',')}}`;
    }
    ancestors.delete(obj);
    return text;
  };
  return visit(value, '$') ?? 'null';
}

const hashes = new WeakMap<Catalog, string>();

/**
 * The catalog's content hash: SHA-256 (node:crypto) over `canonicalJson` of the package name and
 * version, the modules of docs-page facts and finding kinds, and the `Catalog` instance's variables,
 * aliases, "Names that look alike" rows, browser prefixes, sections, CLI dotenv facts and `flux.json` facts.
 * Equal catalogs give equal hashes in every process and on every platform; any changed fact gives a different hash.
 * Computed once per `Catalog` instance (about 3 ms in a fresh process) and remembered.
 * @param cat the catalog to hash; the Flux docs page catalog by default
 * @returns 64 lowercase hexadecimal digits
 * @throws nothing for catalog data (it is a tree of plain values)
 */
export function catalogHash(cat: Catalog = defaultCatalog): string {
  const known = hashes.get(cat);
  if (known) return known;
  const content = {
    package: `${packageName}@${packageVersion}`,
    modules: { data, checksData, findings },
    instance: {
      variables: cat.variables(),
      aliases: cat.aliases(),
      lookalikes: cat.lookalikes(),
      publicPrefixes: cat.publicPrefixes(),
      sections: cat.sections(),
      cliDotenv: cat.cliDotenv(),
      fluxJson: cat.fluxJson(),
    },
  };
  const hash = createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
  hashes.set(cat, hash);
  return hash;
}
