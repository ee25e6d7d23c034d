/**
 * ESTree helpers shared by the ESLint host's env-access finder (`env-accesses.ts`) and its context reader
 * (`access-context.ts`): skipping the wrappers that pass a value through unchanged, and reading the static name
 * of a property key. Pure functions over nodes; they visit only the node given and its parents or children
 * along a wrapper chain, never a whole file. None throws on a tree that parsed.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { AST_NODE_TYPES, getStaticValue } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/**
 * True when `parent` wraps `child` without changing the value or which object it denotes: `x!`, `x as T`,
 * `x satisfies T`, `<T>x`, and the `ChainExpression` around `a?.b`.
 * @param parent the node above `child`
 * @param child a node
 * @returns whether `child` is the wrapped expression of such a `parent`
 */
export function isPassThrough(parent: Node, child: Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.ChainExpression:
      return parent.expression === child;
    default:
      return false;
  }
}

/**
 * Climbs from `node` through the pass-through wrappers around it (see `isPassThrough`).
 * @param node a node
 * @returns the outermost wrapper of `node`, or `node` itself when nothing wraps it
 */
export function unwrapUp(node: Node): Node {
  let current = node;
  while (current.parent && isPassThrough(current.parent, current)) current = current.parent;
  return current;
}

/**
 * Descends from `node` through pass-through wrappers (see `isPassThrough`) to the expression they wrap.
 * @param node a node
 * @returns the innermost wrapped expression, or `node` itself when it is no wrapper
 */
export function unwrapDown(node: Node): Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** The static name of a key, and whether the key node spells it (so that renaming the key renames the name). */
export interface StaticKey {
  readonly name: string;
  /** False when the name comes from evaluating an expression (`obj[KEY]` with `const KEY = 'X'`). */
  readonly spelled: boolean;
}

/**
 * The static name of a member's property or of an object property's / pattern's key.
 * - not computed: an identifier's name, or a literal key as a string (`{ 'X': … }`, `{ 1: … }`);
 * - computed: a string literal, or a template without substitutions;
 * - computed, and `scope` given: otherwise the string that `getStaticValue` finds (`obj[KEY]` with a `const`).
 * @param key the `property` of a `MemberExpression` or the `key` of a `Property`
 * @param computed whether the key is written in brackets
 * @param scope the scope to evaluate a computed key in, or a function that gives it (called only when needed);
 *   omit it to accept only keys spelled in the source
 * @returns the name, or `undefined` when it is not statically known
 */
export function staticKey(key: Node, computed: boolean, scope?: Scope | (() => Scope)): StaticKey | undefined {
  if (!computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return { name: key.name, spelled: true };
    if (key.type === AST_NODE_TYPES.Literal) return { name: String(key.value), spelled: true };
    return undefined;
  }
  // A literal key is spelled in the source also through TypeScript's wrappers (`['X' as const]`).
  const inner = unwrapDown(key);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') return { name: inner.value, spelled: true };
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) {
    return { name: inner.quasis[0]?.value.cooked ?? '', spelled: true };
  }
  if (scope === undefined) return undefined;
  const value = getStaticValue(key, typeof scope === 'function' ? scope() : scope);
  if (value && typeof value.value === 'string') return { name: value.value, spelled: false };
  return undefined;
}

/**
 * The name a key spells in the source (`staticKey` without evaluation).
 * @param key the `property` of a `MemberExpression` or the `key` of a `Property`
 * @param computed whether the key is written in brackets
 * @returns the name, or `undefined` when the source does not spell it
 */
export function keyName(key: Node, computed: boolean): string | undefined {
  return staticKey(key, computed)?.name;
}
