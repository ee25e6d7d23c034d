/**
 * The one constructor of `FoundAccess` records. Every record gets every field, in the same order, whatever the
 * access form: the records then share one object shape, and the property reads of the finder, the context reader
 * and the catalog's analysis on them stay monomorphic (fast) on the per-file hot path. Context fields start
 * `undefined` and are filled in place by the finder (`env-accesses.ts`) and `withAccessContext` before any rule
 * sees the record; after that, records are read-only.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { FoundAccess } from './env-accesses.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A `FoundAccess` while the finder still fills its context fields. */
export type AccessRecord = Mutable<FoundAccess>;

/**
 * Creates an access record; the context fields (`fallbackTo`, `fallbackAfter`, `module`, `readForm`,
 * `fallbackValues`, `fallbackNodes`, `usages`, `fallbackPartners`) start `undefined`.
 * @param name the variable name as written
 * @param kind read, write or delete
 * @param form how the access was written (see `FoundAccess.form`)
 * @param node where findings are reported (the node that names the variable)
 * @param expression the whole access expression
 * @param rename the edit that renames the variable here (see `FoundAccess.rename`)
 * @param valueNode a write's value node, when there is one
 * @param values a write's statically known values (see `EnvAccess.values`)
 * @param defaultNode a destructured read's default, when there is one
 * @returns the record. Never throws.
 */
export function accessRecord(
  name: string,
  kind: FoundAccess['kind'],
  form: FoundAccess['form'],
  node: TSESTree.Node,
  expression: TSESTree.Node,
  rename: FoundAccess['rename'],
  valueNode?: TSESTree.Node,
  values?: readonly string[],
  defaultNode?: TSESTree.Node,
): AccessRecord {
  return {
    name,
    kind,
    values,
    fallbackTo: undefined,
    fallbackAfter: undefined,
    module: undefined,
    readForm: undefined,
    fallbackValues: undefined,
    usages: undefined,
    node,
    expression,
    valueNode,
    defaultNode,
    fallbackNodes: undefined,
    form,
    fallbackPartners: undefined,
    rename,
  };
}
