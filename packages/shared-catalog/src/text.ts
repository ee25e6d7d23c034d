/**
 * Small pieces of message text every check words the same way: a masked value, a list of names, the docs
 * section a variable is cited from. Pure functions; the one wording of each lives here.
 */
import type { Catalog } from './catalog.js';

/** English plural categories, for a count's noun (`1 character`, `0 characters`). */
const PLURAL = new Intl.PluralRules('en');

/**
 * The text that stands in for a secret value in a message: `a hidden value of N characters` (`of 1 character`).
 * Source: house rule "never print a secret" (every "Sensitive: Yes" entry of the Flux docs page).
 * @param value the value to hide
 * @returns the masked text; N counts code points (what an editor shows as characters), not UTF-16 units
 */
export function maskedValue(value: string): string {
  const length = [...value].length;
  return `a hidden value of ${length} ${PLURAL.select(length) === 'one' ? 'character' : 'characters'}`;
}

/** The conjunction before the last name of a list: `and` lists every member, `or` offers a choice. */
export type ListConjunction = 'and' | 'or';

/**
 * Names in backticks, joined for a sentence: `` `A` ``, `` `A` and `B` ``, `` `A`, `B` or `C` ``.
 * @param names the names, in the order to show them
 * @param conjunction the word before the last name
 * @returns the joined text; empty for no names
 */
export function listNames(names: readonly string[], conjunction: ListConjunction): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/**
 * The title of the docs section a variable (or alias) is documented in, as findings cite it
 * (`1. Wiring your app to a Flux project`).
 * Source: the page's section headings (`SECTIONS`).
 * @param name a canonical name or legacy alias
 * @param cat the catalog to look the name up in
 * @returns the section title; empty when the catalog does not know `name`
 */
export function sectionTitleOf(name: string, cat: Catalog): string {
  const entry = cat.variable(name);
  return entry ? cat.section(entry.section).title : '';
}
