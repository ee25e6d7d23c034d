/**
 * Names the catalog does not list: namespaces, names other tools own, and did-you-mean suggestions.
 * Pure functions over names; the edit distance comes from `fastest-levenshtein`.
 */
import { distance } from 'fastest-levenshtein';
import { catalog as defaultCatalog, type Catalog } from './catalog.js';
import { AUTHJS_OTHER_NAMES, AUTHJS_PROVIDER_NAME, DID_YOU_MEAN, NAMESPACES, type Namespace } from './checks-data.js';

const providerName = new RegExp(AUTHJS_PROVIDER_NAME, 'u');
const otherNames = new Set(AUTHJS_OTHER_NAMES);

/**
 * The catalog namespace a name falls in (`FLUX_WHATEVER` → `FLUX_`), longest prefix first.
 * Source: the quick lookup table's prefixes (see `NAMESPACES`).
 * @param name a variable name, case-sensitive
 * @returns the namespace, or `undefined` when the name has none of the prefixes
 */
export function namespaceOf(name: string): Namespace | undefined {
  return NAMESPACES.find((ns) => name.startsWith(ns.prefix) && name.length > ns.prefix.length);
}

/**
 * True when a name the Flux page does not list is still a name another tool reads: Auth.js's provider variables
 * (`AUTH_<PROVIDER>_ID` / `_SECRET` / `_ISSUER` / `_KEY`) and its other variables (`AUTH_TRUST_HOST`, …).
 * Source: section 2 (`AUTH_GITHUB_ID` / `AUTH_GITHUB_SECRET`) and Auth.js.
 */
export function isOtherToolName(name: string): boolean {
  return otherNames.has(name) || providerName.test(name);
}

const suggestionCache = new WeakMap<Catalog, Map<string, readonly string[]>>();

/**
 * Did-you-mean: the catalog names (canonical or alias) a name is probably a misspelling of. A name that differs
 * from a catalog name only in case always matches; otherwise the Levenshtein distance of the upper-cased names
 * must be at most `DID_YOU_MEAN.maxDistanceShort` (catalog names shorter than `DID_YOU_MEAN.longFrom` characters)
 * or `DID_YOU_MEAN.maxDistanceLong`.
 * @param name a variable name that is not in the catalog (a catalog name gives `[]`)
 * @param cat the catalog (default: the Flux docs page)
 * @returns up to `DID_YOU_MEAN.maxSuggestions` canonical names (a near miss of a legacy alias suggests the name it
 *   stands for), closest first, ties in catalog order; a swap of two neighbouring characters counts as one edit;
 *   memoised per catalog
 */
export function suggestNames(name: string, cat: Catalog = defaultCatalog): readonly string[] {
  let cache = suggestionCache.get(cat);
  if (!cache) {
    cache = new Map();
    suggestionCache.set(cat, cache);
  }
  const cached = cache.get(name);
  if (cached) return cached;
  const result: readonly string[] = cat.lookup(name) ? [] : computeSuggestions(name, cat);
  if (cache.size > 10_000) cache.clear();
  cache.set(name, result);
  return result;
}

/** True when `a` becomes `b` by swapping two adjacent characters (`FLUX_ULR` → `FLUX_URL`). */
function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function computeSuggestions(name: string, cat: Catalog): string[] {
  const upper = name.toUpperCase();
  const scored: { name: string; d: number; order: number }[] = [];
  for (const [order, candidate] of cat.names().entries()) {
    // Cheap length bound before the distance: it cannot be below the length difference.
    if (Math.abs(candidate.length - name.length) > DID_YOU_MEAN.maxDistanceLong) continue;
    const other = candidate.toUpperCase();
    // A swap of two neighbours is one typo, though Levenshtein counts it as two.
    const d = isAdjacentSwap(upper, other) ? 1 : distance(upper, other);
    const max = candidate.length < DID_YOU_MEAN.longFrom ? DID_YOU_MEAN.maxDistanceShort : DID_YOU_MEAN.maxDistanceLong;
    if (d <= max) scored.push({ name: candidate, d, order });
  }
  scored.sort((a, b) => a.d - b.d || a.order - b.order);
  // Suggest what to write: the canonical name, not a legacy alias that `prefer-canonical-name` would report next.
  const names: string[] = [];
  for (const s of scored) {
    const canonical = cat.canonicalOf(s.name) ?? s.name;
    if (!names.includes(canonical) && canonical !== name) names.push(canonical);
  }
  return names.slice(0, DID_YOU_MEAN.maxSuggestions);
}
