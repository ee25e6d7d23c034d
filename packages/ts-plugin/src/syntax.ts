/**
 * Finds environment-variable accesses in a TypeScript syntax tree, without a type checker.
 *
 * Recognised forms (ARCHITECTURE.md, "Access forms every host recognises"): `process.env.X`, `process.env['X']`,
 * `` process.env[`X`] ``, `process.env[KEY]` with `const KEY = 'X'`, `process?.env?.X`, `process['env'].X`,
 * `globalThis.process.env.X`, `const { X, Y: y, Z = 'd', ...rest } = process.env`, `({ X } = process.env)`,
 * `const { env } = process`, `const e = process.env; e.X`, `import { env } from 'node:process'`,
 * `import process from 'process'`, `import * as p from 'node:process'`, `require('process').env.X`,
 * `import.meta.env.X`; writes (`process.env.X = …`, `delete process.env.X`, `Object.assign(process.env, {…})`,
 * `Object.defineProperty(process.env, 'X', { value })`).
 *
 * Scope without a checker: an identifier resolves to the nearest declaration of its name in the enclosing
 * containers (blocks, functions' parameters, `for` heads, `catch`, the file's top-level statements and imports).
 * `process` with no declaration is the global. Aliases (`const e = process.env`, `var p = require('process')`) are
 * followed through `const` declarations, and through `let` / `var` declarations that are never written after their
 * initialiser (as the ESLint host's `stableReads` and eslint-utils' `getStaticValue` do). A `var` declared in a
 * nested block is not hoisted here.
 *
 * Constant values (a written value, a computed key) are evaluated like a bounded subset of eslint-utils'
 * `getStaticValue`, the ESLint host's evaluator: literals, `const` (or never-written `let` / `var`) names, `+` and
 * the other arithmetic, bitwise and comparison operators, templates whose parts are known, members of constant
 * object literals, `c ? a : b` with a known condition, `||` / `&&` / `??`. Not evaluated: calls (`String(0)`),
 * bigint, arrays, regular expressions, `in` / `instanceof`. A key is a name only when its value is a string.
 *
 * Writes (ARCHITECTURE.md facts, ECMAScript assignment operators): `=`, `||=`, `&&=`, `??=`
 * (`HOST_FACTS.valueAssignmentOperators`) store their right side; `+=` and the other compound assignments, `++`,
 * `--` store a value computed from the old one (a write of unknown value). A default in a destructuring assignment
 * (`[process.env.X = 'd'] = a`) is no write of `'d'`: a read, as in the ESLint host (ESTree's `AssignmentPattern`). A key in brackets (`{ ['X']: x }`, `process.env[('X')]`) is the literal
 * inside them, as ESTree has it.
 *
 * Cost: recognising one access looks at the node, a few parents and the declarations of the enclosing
 * containers (indexed once per container and cached), never walks the file. Deciding that a `let` / `var` is never
 * written (and that a `const` object is never mutated) looks at the places its declaring scope's text spells its
 * name (a text search, then the node at each place), once per declaration and file version, and gives up beyond
 * `MAX_REFERENCE_PLACES` places; after a few such searches in one file version, one index of the file's words answers
 * the rest (`#placesOf`), by binary search within the scope.
 */
import { HOST_FACTS, NEXT_CONFIG_PUBLIC_OPTIONS, type EnvAccess } from '@flux-env/catalog';
import type * as TS from 'typescript';

/** Module specifiers that export Node's `process` object (the catalog's `HOST_FACTS.processModules`). */
const PROCESS_MODULES: ReadonlySet<string> = new Set(HOST_FACTS.processModules);
/** Globals through which `process` is reachable as a property (the catalog's `HOST_FACTS.processHolders`). */
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(HOST_FACTS.processHolders);
/** How many alias hops (`const a = process; const b = a.env; b.X`) are followed. */
const MAX_DEPTH = 6;
/** Assignment operators that store their right side (the catalog's `HOST_FACTS.valueAssignmentOperators`). */
const VALUE_ASSIGNMENT_OPERATORS: ReadonlySet<string> = new Set(HOST_FACTS.valueAssignmentOperators);
/** The `next.config` options whose keys Next.js inlines into the browser bundle (the catalog's `NEXT_CONFIG_PUBLIC_OPTIONS`). */
const PUBLIC_OPTIONS: ReadonlySet<string> = new Set(NEXT_CONFIG_PUBLIC_OPTIONS);
/** How many nodes one constant evaluation may visit (a long `'a' + 'b' + …` chain, nested objects) before it gives up. */
const EVALUATION_BUDGET = 256;
/** Global names whose value is a known primitive when no declaration shadows them (eslint-utils' built-in globals). */
const GLOBAL_CONSTANTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['undefined', undefined],
  ['NaN', NaN],
  ['Infinity', Infinity],
]);
/** A binary operator applied to two known primitives, with JavaScript's own semantics. */
type BinaryOperator = (left: unknown, right: unknown) => unknown;
/**
 * The binary operators `#evaluate` applies, by the operator's `SyntaxKind` (read from the `typescript` module when
 * the plugin starts: `binaryOperators`), as eslint-utils' `getStaticValue` does: `+` (string concatenation or
 * addition), arithmetic, bitwise and comparison operators; not `in` / `instanceof`. The casts only quiet the
 * compiler: each function applies the JavaScript operator to whatever primitives it is given.
 */
function binaryOperators(K: typeof TS.SyntaxKind): ReadonlyMap<TS.SyntaxKind, BinaryOperator> {
  return new Map<TS.SyntaxKind, BinaryOperator>([
    [K.PlusToken, (a, b) => (a as string) + (b as string)],
    [K.MinusToken, (a, b) => (a as number) - (b as number)],
    [K.AsteriskToken, (a, b) => (a as number) * (b as number)],
    [K.SlashToken, (a, b) => (a as number) / (b as number)],
    [K.PercentToken, (a, b) => (a as number) % (b as number)],
    [K.AsteriskAsteriskToken, (a, b) => (a as number) ** (b as number)],
    [K.LessThanLessThanToken, (a, b) => (a as number) << (b as number)],
    [K.GreaterThanGreaterThanToken, (a, b) => (a as number) >> (b as number)],
    [K.GreaterThanGreaterThanGreaterThanToken, (a, b) => (a as number) >>> (b as number)],
    [K.BarToken, (a, b) => (a as number) | (b as number)],
    [K.CaretToken, (a, b) => (a as number) ^ (b as number)],
    [K.AmpersandToken, (a, b) => (a as number) & (b as number)],
    [K.EqualsEqualsToken, (a, b) => a == b],
    [K.ExclamationEqualsToken, (a, b) => a != b],
    [K.EqualsEqualsEqualsToken, (a, b) => a === b],
    [K.ExclamationEqualsEqualsToken, (a, b) => a !== b],
    [K.LessThanToken, (a, b) => (a as number) < (b as number)],
    [K.LessThanEqualsToken, (a, b) => (a as number) <= (b as number)],
    [K.GreaterThanToken, (a, b) => (a as number) > (b as number)],
    [K.GreaterThanEqualsToken, (a, b) => (a as number) >= (b as number)],
  ]);
}

/**
 * How many places a `let` / `var` name may be spelled in its scope for `#referencesOf` to look at each (a descent and a
 * `resolve` per place): beyond it the variable is not followed (not `isStable`), so that a hover or a completion on a
 * `let` alias used everywhere stays as cheap as on a `const` one.
 */
const MAX_REFERENCE_PLACES = 200;
/** How many name searches of one file version scan its text before one index of all its words answers them (`#placesOf`). */
const INDEX_AFTER = 8;
/** A run of identifier characters (as `isIdentifierChar` counts them): a whole word of the text. */
const WORD = /[\w$\u0080-\uffff]+/g;

/** Array methods that change the array they are called on: a call through a `const` object makes its members unknown (eslint-utils' `hasMutationInProperty`). */
const MUTATING_METHODS: ReadonlySet<string> = new Set(['copyWithin', 'fill', 'pop', 'push', 'reverse', 'shift', 'sort', 'splice', 'unshift']);

/** A text edit: replace `length` characters at `start` (UTF-16 code units) with `text`. */
export interface Edit {
  readonly start: number;
  readonly length: number;
  readonly text: string;
}

/**
 * One access to an environment variable found in a file: the catalog's `EnvAccess` (name, kind, `values` of a
 * write, `fallbackAfter`; the context fields `module`, `readForm`, `fallbackValues`, `usages` are filled by
 * `withAccessContext` in `context.ts`) plus where it is in the syntax tree.
 */
export interface Access extends EnvAccess {
  /** For a read in an `a ?? b` / `a || b` chain: the names read before it. */
  fallbackAfter?: readonly string[];
  /** For a read in an `a ?? b` / `a || b` chain: the names read after it (its fallbacks). */
  fallbackTo?: readonly string[];
  /** The reads after it in the chain, same order as `fallbackTo` (for a `swap` fix). */
  fallbackPartners?: readonly Access[];
  /** The value node of a write (right side of `=`, the property value in `Object.assign`, the descriptor's `value`). */
  readonly valueNode?: TS.Node;
  /** The default of a destructured read (`{ X = 'd' }`), when there is one. */
  readonly defaultNode?: TS.Node;
  /** The literal node of each of `fallbackValues`, same order (see `context.ts`). */
  readonly fallbackNodes?: readonly TS.Node[];
  /**
   * The node that spells the name (identifier, string literal, binding key): where findings are reported. For a key
   * in brackets (`process.env[('X')]`, `{ ['X']: x }`) the expression inside them, without parentheses, as ESTree
   * has it (ESTree has no parenthesised expression, and a computed key is the expression itself).
   */
  readonly node: TS.Node;
  /** The whole access (the member expression, the binding element, the property): used for fallback chains. */
  readonly expression: TS.Node;
  /** How the access is written. */
  readonly form: 'member' | 'destructuring' | 'object-assign' | 'define-property';
  /** True when the name is written at `node` (not a `const` key), so that it can be renamed there. */
  readonly spelled: boolean;
}

type Declarations = Map<string, TS.Node>;

/**
 * An object literal that is the value of an option of `NEXT_CONFIG_PUBLIC_OPTIONS` in a `next.config` file
 * (`env: { … }`, `publicRuntimeConfig: { … }`), found by `allAccesses` when asked. Source: Next.js inlines these
 * options into client code (the catalog's `NEXT_CONFIG_PUBLIC_OPTIONS`; Flux docs, every "Sensitive: Yes" entry).
 */
export interface PublicOptionObject {
  /** The option's name: `"env"` or `"publicRuntimeConfig"`. */
  readonly option: string;
  /** The object literal whose keys Next.js inlines into the browser bundle. */
  readonly object: TS.ObjectLiteralExpression;
}

/**
 * One key of a `PublicOptionObject`, as the catalog's `analyzeNextConfigEntry` takes it (`option`, `key`, `reads`),
 * with the node where its findings are reported. Source: as `PublicOptionObject`.
 */
export interface NextConfigKey {
  /** `"env"` or `"publicRuntimeConfig"`. */
  readonly option: string;
  /** The key's name, as eslint-utils' `getPropertyName` gives it (a computed key evaluated to a string). */
  readonly key: string;
  /** The names of the environment reads inside the key's value, in source order. */
  readonly reads: readonly string[];
  /** The key node, inside the brackets of a computed key and without parentheses (ESTree's `Property.key`). */
  readonly node: TS.Node;
}

/** A statically known object (an object literal whose keys and values are known): its own members by key. */
class ObjectValue {
  constructor(readonly members: ReadonlyMap<string, unknown>) {}
}

/** A statically known value: a primitive (string, number, boolean, `null`, `undefined`) or an `ObjectValue`. */
interface Known {
  readonly value: unknown;
}

/** What one constant evaluation may still visit: nodes left, and alias hops taken. */
interface Budget {
  nodes: number;
}

/** The syntax queries of the plugin, over the `typescript` module tsserver handed to it. */
export class EnvSyntax {
  readonly #ts: typeof TS;
  readonly #declarations = new WeakMap<TS.Node, Declarations | null>();

  /** Kinds of the nodes that can declare names: blocks, functions, `for` heads, `catch`, class expressions, the file. */
  readonly #containerKinds: ReadonlySet<number>;
  /** Kinds `allAccesses` looks at, read once from the module (its members are getters). */
  readonly #kinds: {
    readonly propertyAccess: number;
    readonly elementAccess: number;
    readonly bindingElement: number;
    readonly propertyAssignment: number;
    readonly shorthandPropertyAssignment: number;
    readonly call: number;
  };

  /** The binary operators constant evaluation applies, by this module's `SyntaxKind` values (`binaryOperators`). */
  readonly #binaryOperators: ReadonlyMap<TS.SyntaxKind, BinaryOperator>;

  /** @param ts the `typescript` module of the running tsserver (never `require`d by the plugin) */
  constructor(ts: typeof TS) {
    this.#ts = ts;
    const K = ts.SyntaxKind;
    this.#binaryOperators = binaryOperators(K);
    this.#containerKinds = new Set([
      K.SourceFile,
      K.Block,
      K.ModuleBlock,
      K.CaseBlock,
      K.FunctionDeclaration,
      K.FunctionExpression,
      K.ArrowFunction,
      K.MethodDeclaration,
      K.Constructor,
      K.GetAccessor,
      K.SetAccessor,
      K.ClassExpression,
      K.ForStatement,
      K.ForInStatement,
      K.ForOfStatement,
      K.CatchClause,
    ]);
    this.#kinds = {
      propertyAccess: K.PropertyAccessExpression,
      elementAccess: K.ElementAccessExpression,
      bindingElement: K.BindingElement,
      propertyAssignment: K.PropertyAssignment,
      shorthandPropertyAssignment: K.ShorthandPropertyAssignment,
      call: K.CallExpression,
    };
  }

  /**
   * The innermost syntax node at `position`, found by descending from the file through the one child that
   * contains it (`forEachChild`, which stops at that child; in a list of children, such as the statements of a
   * file, the children that end before `position` are skipped by bisection): O(depth × log(siblings)), no token
   * synthesis, no walk of the rest of the file. Punctuation is not a node here: after `process.env.` the answer
   * is the property access whose name is still missing. The `?.` of an optional access is a node (a
   * `QuestionDotToken` child of the access): right after `process.env?.` the answer is that token. A node counts
   * from its first token, not from the comments and spaces before it: the descent goes by the nodes' full extent
   * (`pos`, cheap), then steps back up to the innermost node whose first token starts in time (`getStart`, which
   * scans the leading trivia: usually once per call).
   * @param sf the file
   * @param position a 0-based offset in UTF-16 code units
   * @param touchingEnd also accept a node that ends exactly at `position` (completion: the cursor is after it)
   * @returns the innermost node that covers `position`, or `undefined` outside every statement
   */
  tokenAt(sf: TS.SourceFile, position: number, touchingEnd: boolean): TS.Node | undefined {
    const ts = this.#ts;
    const chain: TS.Node[] = [];
    let found: TS.Node | undefined;
    const pick = (child: TS.Node): boolean => {
      if (child.pos > position) return true; // children come in source order: nothing further can contain it
      if (child.end < position || (!touchingEnd && child.end === position)) return false;
      found = child;
      return true;
    };
    const pickIn = (children: TS.NodeArray<TS.Node>): true | undefined => {
      // Children come in source order and do not overlap: those that end before `position` (which `pick` would
      // skip one by one) are skipped by bisection.
      let low = 0;
      let high = children.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (children[middle]!.end < position) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < children.length; i++) if (pick(children[i]!)) return true;
      return undefined;
    };
    for (let node: TS.Node = sf; ; ) {
      found = undefined;
      ts.forEachChild(node, pick, pickIn);
      if (found === undefined) break;
      chain.push(found);
      node = found;
    }
    // A node whose first token starts after `position` (the cursor is in the comments or spaces before it)
    // does not cover it, nor does anything inside it: the answer is the innermost node before that one.
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const start = node.getStart(sf);
      if (touchingEnd ? start < position : start <= position) return node;
    }
    return undefined;
  }

  /** Skips wrappers that do not change which object an expression denotes: `(x)`, `x!`, `x as T`, `<T>x`, `x satisfies T`. */
  skipOuter(node: TS.Node): TS.Node {
    const ts = this.#ts;
    let current = node;
    while (
      ts.isParenthesizedExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isSatisfiesExpression(current)
    ) {
      current = current.expression;
    }
    return current;
  }

  /** The outermost wrapper around `node` (the inverse of `skipOuter`). */
  outer(node: TS.Node): TS.Node {
    const ts = this.#ts;
    let current = node;
    while (
      current.parent &&
      (ts.isParenthesizedExpression(current.parent) ||
        ts.isNonNullExpression(current.parent) ||
        ts.isAsExpression(current.parent) ||
        ts.isTypeAssertionExpression(current.parent) ||
        ts.isSatisfiesExpression(current.parent))
    ) {
      current = current.parent;
    }
    return current;
  }

  /** The text of a string literal or substitution-free template, through the wrappers `skipOuter` skips. */
  #literalText(node: TS.Node): string | undefined {
    const ts = this.#ts;
    const inner = this.skipOuter(node);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
    return undefined;
  }

  /** Skips parentheses only (ESTree has none: what the ESLint host sees inside them). */
  #skipParens(node: TS.Node): TS.Node {
    let current = node;
    while (this.#ts.isParenthesizedExpression(current)) current = current.expression;
    return current;
  }

  /**
   * The node that spells a key, as ESTree has it: the expression inside a computed key's brackets, without
   * parentheses or TypeScript's wrappers (`['X']`, `[('X')]`, `['X' as const]` → `'X'`); an element-access argument
   * without them; any other key as is.
   * @param key a key slot's node: a property or binding name, an element-access argument, a call argument
   * @returns the node to report at and to rename
   */
  #nameNode(key: TS.Node): TS.Node {
    const ts = this.#ts;
    return this.skipOuter(ts.isComputedPropertyName(key) ? key.expression : key);
  }

  /**
   * The name of an object-literal member as eslint-utils' `getPropertyName` gives it (what the ESLint host's
   * `no-public-secret` reads `next.config` keys with): an identifier's text, a string literal's text, a numeric
   * literal as `String(value)`, a computed key's constant value as a string (`evaluate`).
   * @param member a property, shorthand property, method or accessor of an object literal
   * @param budget when called during a constant evaluation, that evaluation's budget (else a new one)
   * @param hops when called during a constant evaluation, the names it followed so far
   * @returns the name; `undefined` for a spread, a private name, a bigint key or a computed key of unknown value
   */
  #memberName(member: TS.ObjectLiteralElementLike, budget: Budget = { nodes: EVALUATION_BUDGET }, hops = 0): string | undefined {
    const ts = this.#ts;
    if (ts.isSpreadAssignment(member)) return undefined;
    const name = member.name;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
    if (ts.isNumericLiteral(name)) return String(Number(name.text));
    if (ts.isComputedPropertyName(name)) {
      const known = this.#evaluate(name.expression, budget, hops);
      return known && !(known.value instanceof ObjectValue) ? String(known.value) : undefined;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- scope

  /** Names declared directly in a container (block, function, file…), with their declaring node; cached per container. */
  #declarationsOf(container: TS.Node): Declarations | null {
    const ts = this.#ts;
    if (!this.#isContainer(container)) return null;
    const cached = this.#declarations.get(container);
    if (cached !== undefined) return cached;
    const map: Declarations = new Map();
    const addBinding = (name: TS.BindingName, decl: TS.Node): void => {
      if (ts.isIdentifier(name)) {
        if (!map.has(name.text)) map.set(name.text, decl);
        return;
      }
      for (const element of name.elements) {
        if (ts.isBindingElement(element)) addBinding(element.name, ts.isIdentifier(element.name) ? element : decl);
      }
    };
    const addStatements = (statements: readonly TS.Statement[]): void => {
      for (const statement of statements) {
        if (ts.isVariableStatement(statement)) {
          for (const d of statement.declarationList.declarations) addBinding(d.name, d);
        } else if (
          (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
          statement.name
        ) {
          if (!map.has(statement.name.text)) map.set(statement.name.text, statement);
        } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
          map.set(statement.name.text, statement);
        } else if (ts.isImportDeclaration(statement) && statement.importClause) {
          const clause = statement.importClause;
          if (clause.name) map.set(clause.name.text, clause);
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) map.set(bindings.name.text, bindings);
          else if (bindings) for (const element of bindings.elements) map.set(element.name.text, element);
        } else if (ts.isImportEqualsDeclaration(statement)) {
          map.set(statement.name.text, statement);
        }
      }
    };
    if (ts.isSourceFile(container) || ts.isBlock(container) || ts.isModuleBlock(container)) {
      addStatements(container.statements);
    } else if (ts.isCaseBlock(container)) {
      for (const clause of container.clauses) addStatements(clause.statements);
    } else if (ts.isFunctionLike(container)) {
      for (const parameter of container.parameters) addBinding(parameter.name, parameter);
      if (ts.isFunctionExpression(container) && container.name) {
        map.set(container.name.text, container);
      }
    } else if (ts.isClassExpression(container) && container.name) {
      map.set(container.name.text, container);
    } else if (ts.isForStatement(container) || ts.isForInStatement(container) || ts.isForOfStatement(container)) {
      const init = container.initializer;
      if (init && ts.isVariableDeclarationList(init)) for (const d of init.declarations) addBinding(d.name, d);
    } else if (ts.isCatchClause(container) && container.variableDeclaration) {
      addBinding(container.variableDeclaration.name, container.variableDeclaration);
    }
    const result = map.size > 0 ? map : null;
    this.#declarations.set(container, result);
    return result;
  }

  /** True for the nodes that can declare names (see `#declarationsOf`); a cheap test on the node's kind. */
  #isContainer(node: TS.Node): boolean {
    return this.#containerKinds.has(node.kind);
  }

  /**
   * The declaration an identifier refers to: the nearest enclosing container that declares its name.
   * @returns the declaring node (variable declaration, binding element, parameter, import clause/specifier,
   *   namespace import, function, class…), or `undefined` for a global or unresolved name
   */
  resolve(id: TS.Identifier): TS.Node | undefined {
    const name = id.text;
    for (let node: TS.Node | undefined = id.parent; node; node = node.parent) {
      const declared = this.#declarationsOf(node)?.get(name);
      if (declared) return declared;
    }
    return undefined;
  }

  /** True when `id` is an identifier `name` that no enclosing declaration shadows (a global). */
  isGlobal(id: TS.Node, name: string): boolean {
    return this.#isGlobal(id, name);
  }

  #isGlobal(id: TS.Node, name: string): boolean {
    return this.#ts.isIdentifier(id) && id.text === name && this.resolve(id) === undefined;
  }

  /** The module specifier of the import that declares `decl`, when it is a value import. */
  #importSource(decl: TS.Node): string | undefined {
    const ts = this.#ts;
    let clause: TS.Node | undefined = decl;
    if (ts.isImportSpecifier(clause)) {
      if (clause.isTypeOnly) return undefined;
      clause = clause.parent.parent;
    } else if (ts.isNamespaceImport(clause)) clause = clause.parent;
    if (!clause || !ts.isImportClause(clause) || clause.isTypeOnly) return undefined;
    const specifier = clause.parent.moduleSpecifier;
    return ts.isStringLiteral(specifier) ? specifier.text : undefined;
  }

  /**
   * The initializer of a variable declaration of a plain name (`const x = …`, `let x = …`, `var x = …`). Whether the
   * variable still holds it where it is used is `isStable`'s question, asked only once the initializer matters (it
   * denotes `process`, or has a constant value), so that unrelated `let`s cost nothing.
   * @param decl the node `resolve` gave for a name
   * @returns the initializer, or `undefined` (another declaration, no initializer, a destructured name)
   */
  #initializerOf(decl: TS.Node): TS.Expression | undefined {
    const ts = this.#ts;
    return ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) ? decl.initializer : undefined;
  }

  /**
   * True when the variable declared by `decl` always holds the value it was declared with: declared with `const`,
   * or with `let` / `var` and never written afterwards (no assignment, `++` / `--`, destructuring-assignment target,
   * `for…in` / `for…of` head). Cost: for `let` / `var`, the places the declaring scope's text spells the name
   * (`#referencesOf`), once per declaration and file version. A `var` declared in a nested block or a `for` head is
   * never stable here (it belongs to the whole function, whose other uses `resolve` does not see), and neither is a
   * `let` / `var` whose scope's text holds a `\u` escape (a reference spelled with one escapes the text search).
   * Source: ARCHITECTURE.md, "Access forms every host recognises" (aliases), as the ESLint host's `stableReads`.
   * @param decl a variable declaration, or a binding element of one
   * @param once also require that no other declaration of the name (`var x = 1; var x = 2;`) shares its scope
   * @returns whether it is stable; false for any other declaration (parameter, function, import). Never throws.
   */
  isStable(decl: TS.Node, once = false): boolean {
    const ts = this.#ts;
    let declaration: TS.Node = decl;
    while (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration) || ts.isArrayBindingPattern(declaration)) {
      declaration = declaration.parent;
    }
    if (!ts.isVariableDeclaration(declaration)) return false;
    const list = declaration.parent;
    if (!ts.isVariableDeclarationList(list)) return false;
    if ((list.flags & ts.NodeFlags.Const) !== 0) return true;
    const name = (decl as TS.VariableDeclaration | TS.BindingElement).name;
    if (!ts.isIdentifier(name)) return false;
    const writesOfFile = perFile(this.#writes, decl.getSourceFile());
    let writes = writesOfFile.get(decl);
    if (writes === undefined) {
      const references = this.#referencesOf(decl, name);
      writes = { written: references === undefined, redeclared: false };
      for (const id of references ?? []) {
        if (id === name) continue;
        if (this.#declaresAgain(id)) writes.redeclared = true;
        else if (this.isWrite(id)) writes.written = true;
      }
      writesOfFile.set(decl, writes);
    }
    return !writes.written && !(once && writes.redeclared);
  }

  /**
   * What `isStable` found about each `let` / `var` declaration, per file version. Keyed by the file first: tsserver's
   * incremental parse reuses the nodes of unchanged statements in the new version, while a write may have been added
   * or removed elsewhere in it.
   */
  readonly #writes = new WeakMap<TS.SourceFile, Map<TS.Node, { written: boolean; redeclared: boolean }>>();
  /** `#referencesOf`'s answers, by file version, then declaration (see `#writes`). */
  readonly #references = new WeakMap<TS.SourceFile, Map<TS.Node, readonly TS.Identifier[] | undefined>>();

  /** True when `id` names a declaration of its own (`var x = 1; var x = 2;`): the variable is declared more than once. */
  #declaresAgain(id: TS.Identifier): boolean {
    const ts = this.#ts;
    const parent = id.parent;
    return (
      (ts.isVariableDeclaration(parent) || ts.isBindingElement(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) &&
      parent.name === id
    );
  }

  /**
   * The identifiers that resolve to `decl` (its declaring name included): each place the text of its declaring scope
   * spells `name` as a whole word, taken when the node there (`tokenAt`) is an identifier of that name that `resolve`s
   * to `decl` and is a value reference (`isValueReference`) or a declaration's name. No walk of the tree: a text
   * search, then a descent per place. Cached per file version and declaration.
   * @param decl a declaration `resolve` gives
   * @param name its declaring identifier
   * @returns the identifiers; `undefined` when the text search cannot be trusted to find them all (a `var` whose scope
   *   is a nested block or a `for` head: it is the function's; a scope whose text holds a `\u` escape), or when the
   *   scope spells the name more than `MAX_REFERENCE_PLACES` times
   */
  #referencesOf(decl: TS.Node, name: TS.Identifier): readonly TS.Identifier[] | undefined {
    const ts = this.#ts;
    const sf = decl.getSourceFile();
    const cache = perFile(this.#references, sf);
    if (cache.has(decl)) return cache.get(decl);
    let scope: TS.Node | undefined = decl.parent;
    while (scope && this.#declarationsOf(scope)?.get(name.text) !== decl) scope = scope.parent;
    const from = scope ? scope.pos : 0;
    const to = scope ? scope.end : sf.text.length;
    let found: TS.Identifier[] | undefined = [];
    const list = ts.isVariableDeclaration(decl) ? decl.parent : undefined;
    const isVar = list !== undefined && ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.BlockScoped) === 0;
    if (isVar && scope && !ts.isSourceFile(scope) && !ts.isFunctionLike(scope) && !(ts.isBlock(scope) && ts.isFunctionLike(scope.parent))) {
      found = undefined;
    } else if (this.#hasEscapeIn(sf, from, to)) {
      found = undefined;
    } else {
      const word = name.text;
      const places = this.#placesOf(sf, word, from, to);
      // Bounded, as hover and completion may ask: a name spelled more often in its scope is not followed.
      if (places.length > MAX_REFERENCE_PLACES) {
        cache.set(decl, undefined);
        return undefined;
      }
      for (const at of places) {
        const node = this.tokenAt(sf, at, false);
        if (!node || !ts.isIdentifier(node) || node.text !== word || node.end !== at + word.length) continue;
        if ((this.isValueReference(node) || this.#declaresAgain(node)) && this.resolve(node) === decl) found.push(node);
      }
    }
    cache.set(decl, found);
    return found;
  }

  /** Per file version: the offsets of every `\u` in its text, ascending (usually none). */
  readonly #escapes = new WeakMap<TS.SourceFile, readonly number[]>();

  /**
   * True when the file's text holds a `\u` escape in `[from, to)`: found once per file version, then by binary search.
   * @param sf the file
   * @param from start of the range, a 0-based UTF-16 offset
   * @param to end of the range (exclusive)
   */
  #hasEscapeIn(sf: TS.SourceFile, from: number, to: number): boolean {
    let escapes = this.#escapes.get(sf);
    if (!escapes) {
      const found: number[] = [];
      for (let at = sf.text.indexOf('\\u'); at >= 0; at = sf.text.indexOf('\\u', at + 2)) found.push(at);
      escapes = found;
      this.#escapes.set(sf, escapes);
    }
    const i = firstAtOrAfter(escapes, from);
    return i < escapes.length && escapes[i]! < to;
  }

  /** Per file version: how many name searches `#placesOf` made, and the word index it built after `INDEX_AFTER` of them. */
  readonly #words = new WeakMap<TS.SourceFile, { searches: number; index?: ReadonlyMap<string, readonly number[]> }>();

  /**
   * The offsets in `[from, to)` where the file's text spells `word` as a whole word (no identifier character touches
   * it). The first `INDEX_AFTER` searches of a file version each scan that range of the text (`indexOf`: what a hover
   * needs); after that, one index of every word of the file answers them all, so that a file with many `let`s costs
   * one scan, not one per declaration.
   * @param sf the file
   * @param word an identifier's text
   * @param from start of the range, a 0-based UTF-16 offset
   * @param to end of the range (exclusive)
   * @returns the offsets, in ascending order
   */
  #placesOf(sf: TS.SourceFile, word: string, from: number, to: number): number[] {
    let state = this.#words.get(sf);
    if (!state) {
      state = { searches: 0 };
      this.#words.set(sf, state);
    }
    if (!state.index && ++state.searches > INDEX_AFTER) state.index = wordIndex(sf.text);
    if (state.index) {
      // The places of `word` in the range, found by binary search: a name repeated all over the file (`i`, `e`) costs
      // each declaration only its own scope's places, not a pass over all of them.
      const all = state.index.get(word) ?? [];
      const places: number[] = [];
      for (let i = firstAtOrAfter(all, from); i < all.length && all[i]! + word.length <= to; i++) places.push(all[i]!);
      return places;
    }
    const text = sf.text;
    const places: number[] = [];
    for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + word.length)) {
      if (at > 0 && isIdentifierChar(text.charCodeAt(at - 1))) continue;
      if (isIdentifierChar(text.charCodeAt(at + word.length))) continue;
      places.push(at);
    }
    return places;
  }

  /**
   * True when `id` is an expression that reads or writes a variable: not a property name, a declaration's name, a
   * type, a label. ECMAScript's identifier references; used to tell the uses of a `let` / `var` apart (`isStable`).
   * @param id an identifier of the file
   * @returns whether it is a value reference. Never throws.
   */
  isValueReference(id: TS.Identifier): boolean {
    const ts = this.#ts;
    const parent = id.parent;
    if (!parent) return false;
    if (ts.isShorthandPropertyAssignment(parent)) return parent.name === id;
    if ('name' in parent && (parent as { name?: TS.Node }).name === id) return false;
    if ('propertyName' in parent && (parent as { propertyName?: TS.Node }).propertyName === id) return false;
    if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent) || ts.isTypeQueryNode(parent)) return false;
    if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
    return true;
  }

  /**
   * True when the reference `id` writes its variable: `x = …`, `x += …` (any assignment operator), `x++`, `--x`,
   * `for (x of …)`, `for (x in …)`, and as a target of a destructuring assignment (`({ x } = …)`, `({ a: x } = …)`,
   * `[x] = …`, `({ a: x = 'd' } = …)`), through parentheses and type wrappers (`(x as T) = …`, `x! = …`).
   * ECMAScript's assignment targets, as the ESLint host's scope manager counts writes.
   * @param id a value reference (`isValueReference`)
   * @returns whether the reference writes. Never throws.
   */
  isWrite(id: TS.Identifier): boolean {
    const ts = this.#ts;
    // `(x as any) = …`, `x! = …`: the wrappers are the write's target too.
    const expr = this.outer(id);
    const parent = expr.parent;
    if (!parent) return false;
    if (ts.isBinaryExpression(parent) && parent.left === expr && this.#isAssignmentOperator(parent.operatorToken.kind)) return true;
    if (
      (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
      (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      return true;
    }
    if ((ts.isForInStatement(parent) || ts.isForOfStatement(parent)) && parent.initializer === expr) return true;
    if (ts.isShorthandPropertyAssignment(parent)) return this.isAssignmentPattern(parent.parent);
    if (ts.isPropertyAssignment(parent) && parent.initializer === expr) return this.isAssignmentPattern(parent.parent);
    if (ts.isArrayLiteralExpression(parent) || ts.isSpreadElement(parent) || ts.isSpreadAssignment(parent)) {
      return this.isAssignmentPattern(ts.isArrayLiteralExpression(parent) ? parent : parent.parent);
    }
    return false;
  }

  /** True for `=` and every compound assignment operator (`+=`, `||=`, …). */
  #isAssignmentOperator(kind: TS.SyntaxKind): boolean {
    return kind >= this.#ts.SyntaxKind.FirstAssignment && kind <= this.#ts.SyntaxKind.LastAssignment;
  }

  /**
   * True when an object or array literal is (part of) the target of a destructuring assignment, which ESTree calls
   * a pattern: the left side of `=`, the head of `for…of` / `for…in`, or nested in such a target (as a property
   * value, an element, a spread). `({ a: x = 'd' } = o)`: the `x = 'd'` inside is a default, not an assignment.
   * @param node any node; false unless it is an object or array literal
   * @returns whether it is an assignment target. Never throws.
   */
  isAssignmentPattern(node: TS.Node): boolean {
    const ts = this.#ts;
    let current = node;
    for (;;) {
      if (!ts.isObjectLiteralExpression(current) && !ts.isArrayLiteralExpression(current)) return false;
      let outer: TS.Node = current;
      while (outer.parent && ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
      const parent = outer.parent;
      if (!parent) return false;
      if (ts.isBinaryExpression(parent)) return parent.left === outer && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (ts.isForOfStatement(parent) || ts.isForInStatement(parent)) return parent.initializer === outer;
      if (ts.isPropertyAssignment(parent) && parent.initializer === outer) current = parent.parent;
      else if (ts.isArrayLiteralExpression(parent)) current = parent;
      else if ((ts.isSpreadElement(parent) || ts.isSpreadAssignment(parent)) && parent.expression === outer) current = parent.parent;
      else return false;
    }
  }

  /**
   * True when a default of a destructuring assignment is written as `=`: `[x = 'd'] = a`, `({ a: x = 'd' } = o)`.
   * TypeScript parses it as an assignment; ESTree (and so the ESLint host) as an `AssignmentPattern`, not a write.
   * @param binary an `=` expression
   */
  #isDestructuringDefault(binary: TS.BinaryExpression): boolean {
    const ts = this.#ts;
    const holder = binary.parent;
    if (!holder) return false;
    if (ts.isPropertyAssignment(holder) && holder.initializer === binary) return this.isAssignmentPattern(holder.parent);
    if (ts.isArrayLiteralExpression(holder)) return this.isAssignmentPattern(holder);
    return false;
  }

  /**
   * True when `expr` denotes Node's `process` object: the unshadowed global `process`, `globalThis.process`,
   * `require('process')`, an import of the `process` / `node:process` module, or a `const` (or a `let` / `var` never
   * written again, `isStable`) holding one of those.
   */
  denotesProcess(expr: TS.Node, depth = 0): boolean {
    const ts = this.#ts;
    if (depth > MAX_DEPTH) return false;
    const node = this.skipOuter(expr);
    if (ts.isIdentifier(node)) {
      const decl = this.resolve(node);
      if (!decl) return node.text === 'process';
      if (ts.isImportClause(decl) || ts.isNamespaceImport(decl)) return PROCESS_MODULES.has(this.#importSource(decl) ?? '');
      if (ts.isImportSpecifier(decl)) {
        return (decl.propertyName ?? decl.name).text === 'default' && PROCESS_MODULES.has(this.#importSource(decl) ?? '');
      }
      if (ts.isImportEqualsDeclaration(decl)) {
        const ref = decl.moduleReference;
        return (
          !decl.isTypeOnly &&
          ts.isExternalModuleReference(ref) &&
          ts.isStringLiteral(ref.expression) &&
          PROCESS_MODULES.has(ref.expression.text)
        );
      }
      // As the ESLint host's `stableReads`: followed when never written after the initializer.
      const init = this.#initializerOf(decl);
      return init !== undefined && this.denotesProcess(init, depth + 1) && this.isStable(decl);
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      // The object first: a key that needs evaluating (`a[i]`) is evaluated only on a holder of `process`.
      const object = this.skipOuter(node.expression);
      if (!ts.isIdentifier(object) || !GLOBAL_OBJECTS.has(object.text)) return false;
      return this.#memberKey(node) === 'process' && this.#isGlobal(object, object.text);
    }
    if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      return (
        this.#isGlobal(node.expression, 'require') &&
        arg !== undefined &&
        PROCESS_MODULES.has(this.#literalText(arg) ?? '')
      );
    }
    return false;
  }

  /**
   * True when `expr` denotes the environment object: `process.env` (any spelling of `process`, see
   * `denotesProcess`), `import.meta.env`, `env` imported from `node:process`, `const { env } = process`, or a
   * `const` (or a `let` / `var` never written again, `isStable`) holding one of those.
   */
  denotesEnv(expr: TS.Node, depth = 0): boolean {
    const ts = this.#ts;
    if (depth > MAX_DEPTH) return false;
    const node = this.skipOuter(expr);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const object = this.skipOuter(node.expression);
      const isImportMeta = ts.isMetaProperty(object) && object.keywordToken === ts.SyntaxKind.ImportKeyword && object.name.text === 'meta';
      if (ts.isElementAccessExpression(node) && this.#literalText(node.argumentExpression) === undefined) {
        // A key that needs evaluating (`a[i]`, where `i` may be a `let` to search for): only once the object may be
        // `process` (most are not), so that plain indexing costs no evaluation.
        return (isImportMeta || (!ts.isMetaProperty(object) && this.denotesProcess(object, depth + 1))) && this.#memberKey(node) === 'env';
      }
      if (this.#memberKey(node) !== 'env') return false;
      if (ts.isMetaProperty(object)) return isImportMeta;
      return this.denotesProcess(object, depth + 1);
    }
    if (!ts.isIdentifier(node)) return false;
    const decl = this.resolve(node);
    if (!decl) return false;
    if (ts.isImportSpecifier(decl)) {
      return (decl.propertyName ?? decl.name).text === 'env' && PROCESS_MODULES.has(this.#importSource(decl) ?? '');
    }
    const init = this.#initializerOf(decl);
    if (init) return this.denotesEnv(init, depth + 1) && this.isStable(decl);
    if (ts.isBindingElement(decl)) return this.#isEnvBinding(decl, depth);
    return false;
  }

  /** `env` in `const { env } = process` / `const { env: e } = process` (or a `let` / `var` never written again). */
  #isEnvBinding(element: TS.BindingElement, depth: number): boolean {
    const ts = this.#ts;
    if (this.#staticKey(element.propertyName ?? element.name, false)?.name !== 'env') return false;
    const pattern = element.parent;
    const declaration = pattern.parent;
    if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
    return this.denotesProcess(declaration.initializer, depth + 1) && this.isStable(element);
  }

  /**
   * The static name of a member access's key: `o.x` → `x`; `o['x']`, `o[K]` → the key's constant string
   * (`#staticKey`), as the ESLint host's `staticKey` reads `process['env']` and `globalThis[P]`.
   * @returns the name, or `undefined` for a dynamic key
   */
  #memberKey(node: TS.PropertyAccessExpression | TS.ElementAccessExpression): string | undefined {
    const ts = this.#ts;
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    return this.#staticKey(node.argumentExpression, true)?.name;
  }

  /** True when the object pattern is destructured from the environment (`= process.env`, or `{ env: { … } } = process`). */
  #patternFromEnv(pattern: TS.ObjectBindingPattern): boolean {
    const ts = this.#ts;
    const parent = pattern.parent;
    if (ts.isVariableDeclaration(parent)) return parent.initializer !== undefined && this.denotesEnv(parent.initializer);
    if (ts.isBindingElement(parent) && this.#staticKey(parent.propertyName ?? parent.name, false)?.name === 'env') {
      const outerPattern = parent.parent;
      const declaration = outerPattern.parent;
      return ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && this.denotesProcess(declaration.initializer);
    }
    return false;
  }

  /** True when `callee` is `Object.<method>` with the unshadowed global `Object`. */
  #isObjectMethod(callee: TS.Expression, method: string): boolean {
    const ts = this.#ts;
    return (
      ts.isPropertyAccessExpression(callee) &&
      callee.name.text === method &&
      this.#isGlobal(this.skipOuter(callee.expression), 'Object')
    );
  }

  // ---------------------------------------------------------------- values

  /**
   * Every string a value expression may evaluate to, when all are statically known, as the ESLint host's
   * `possibleStringValues` gives them: each branch of `c ? a : b` and of `a || b` / `a && b` / `a ?? b`; otherwise the
   * expression's one constant value (`#evaluate`: literals, stable names, string `+`, templates with known parts,
   * members of constant object literals…). Converted as `process.env` stores them (`String(v)`).
   * @param expr a value expression (parentheses, `as`, `!`, `satisfies` around it are skipped)
   * @returns the values, or `undefined` when any is unknown or is an object
   */
  possibleValues(expr: TS.Node): string[] | undefined {
    return this.#possibleValues(expr, { nodes: EVALUATION_BUDGET });
  }

  #possibleValues(expr: TS.Node, budget: Budget): string[] | undefined {
    const ts = this.#ts;
    const node = this.skipOuter(expr);
    const branches = ts.isConditionalExpression(node)
      ? [node.whenTrue, node.whenFalse]
      : this.#isLogical(node)
        ? [(node as TS.BinaryExpression).left, (node as TS.BinaryExpression).right]
        : undefined;
    if (branches) {
      const [a, b] = branches as [TS.Expression, TS.Expression];
      const left = this.#possibleValues(a, budget);
      const right = left && this.#possibleValues(b, budget);
      return left && right ? [...left, ...right] : undefined;
    }
    const known = this.#evaluate(node, budget, 0);
    return known && !(known.value instanceof ObjectValue) ? [String(known.value)] : undefined;
  }

  /** `a || b`, `a && b`, `a ?? b` (ESTree's `LogicalExpression`). */
  #isLogical(node: TS.Node): boolean {
    const ts = this.#ts;
    if (!ts.isBinaryExpression(node)) return false;
    const kind = node.operatorToken.kind;
    return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.QuestionQuestionToken;
  }

  /**
   * The one value an expression statically has, as eslint-utils' `getStaticValue` (the ESLint host's evaluator)
   * finds it, for a bounded subset: string, numeric, boolean and `null` literals; templates whose substitutions are
   * known; unshadowed `undefined`, `NaN`, `Infinity`; a name declared `const` (or `let` / `var` never written again)
   * with a plain initializer; `a + b` of known primitives; unary `-`, `+`, `!`, `~`, `typeof`, `void`; `c ? a : b`
   * with a known condition; `a || b`, `a && b`, `a ?? b` as they short-circuit; `a = b` (its right side); object
   * literals of known keys and values (with spreads of such objects), and their members `o.k` / `o['k']` (unknown when
   * the object's name is written through: `o.k = …`, `o.k++`, `o.push(…)`). No type checker, no call (`String(0)`),
   * no bigint, no array.
   * @param expr the expression; parentheses, `as`, `!`, `satisfies` and `<T>` around it are skipped
   * @param budget the nodes this evaluation may still visit (shared by the whole evaluation; `EVALUATION_BUDGET`)
   * @param hops how many names were followed to their initializer so far (at most `MAX_DEPTH`)
   * @returns `{ value }` (a primitive or an `ObjectValue`), or `undefined` when the value is not known
   */
  #evaluate(expr: TS.Node, budget: Budget, hops: number): Known | undefined {
    const ts = this.#ts;
    if (--budget.nodes < 0) return undefined;
    const node = this.skipOuter(expr);
    const K = ts.SyntaxKind;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { value: node.text };
    if (ts.isNumericLiteral(node)) return { value: Number(node.text) };
    if (node.kind === K.TrueKeyword) return { value: true };
    if (node.kind === K.FalseKeyword) return { value: false };
    if (node.kind === K.NullKeyword) return { value: null };
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans) {
        const part = this.#evaluate(span.expression, budget, hops);
        if (!part || part.value instanceof ObjectValue) return undefined;
        text += String(part.value) + span.literal.text;
      }
      return { value: text };
    }
    if (ts.isIdentifier(node)) return this.#evaluateName(node, budget, hops);
    if (ts.isPrefixUnaryExpression(node)) {
      const operand = this.#evaluate(node.operand, budget, hops);
      if (!operand || operand.value instanceof ObjectValue) return undefined;
      const v = operand.value as number;
      if (node.operator === K.MinusToken) return { value: -v };
      if (node.operator === K.PlusToken) return { value: +v };
      if (node.operator === K.ExclamationToken) return { value: !v };
      if (node.operator === K.TildeToken) return { value: ~v };
      return undefined;
    }
    if (ts.isVoidExpression(node)) return { value: undefined };
    if (ts.isTypeOfExpression(node)) {
      const operand = this.#evaluate(node.expression, budget, hops);
      return operand ? { value: operand.value instanceof ObjectValue ? 'object' : typeof operand.value } : undefined;
    }
    if (ts.isConditionalExpression(node)) {
      const condition = this.#evaluate(node.condition, budget, hops);
      if (!condition) return undefined;
      const truthy = condition.value instanceof ObjectValue || Boolean(condition.value);
      return this.#evaluate(truthy ? node.whenTrue : node.whenFalse, budget, hops);
    }
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === K.EqualsToken) return this.#evaluate(node.right, budget, hops);
      if (this.#isLogical(node)) {
        const left = this.#evaluate(node.left, budget, hops);
        if (!left) return undefined;
        const value = left.value;
        const truthy = value instanceof ObjectValue || Boolean(value);
        if (
          (operator === K.BarBarToken && truthy) ||
          (operator === K.AmpersandAmpersandToken && !truthy) ||
          (operator === K.QuestionQuestionToken && value !== null && value !== undefined)
        ) {
          return left;
        }
        return this.#evaluate(node.right, budget, hops);
      }
      const apply = this.#binaryOperators.get(operator);
      if (!apply) return undefined;
      const left = this.#evaluate(node.left, budget, hops);
      const right = left && this.#evaluate(node.right, budget, hops);
      if (!left || !right || left.value instanceof ObjectValue || right.value instanceof ObjectValue) return undefined;
      return { value: apply(left.value, right.value) };
    }
    if (ts.isObjectLiteralExpression(node)) return this.#evaluateObject(node, budget, hops);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      if (ts.isPropertyAccessExpression(node) && ts.isPrivateIdentifier(node.name)) return undefined;
      const object = this.#evaluate(node.expression, budget, hops);
      if (!object || !(object.value instanceof ObjectValue)) return undefined;
      let key: string;
      if (ts.isPropertyAccessExpression(node)) key = node.name.text;
      else {
        const known = this.#evaluate(node.argumentExpression, budget, hops);
        if (!known || known.value instanceof ObjectValue) return undefined;
        key = String(known.value);
      }
      if (object.value.members.has(key)) return { value: object.value.members.get(key) };
      // Not an own member: `undefined`, unless `Object.prototype` has it (`toString`…), which is no constant here.
      return key in Object.prototype ? undefined : { value: undefined };
    }
    return undefined;
  }

  /**
   * A name's value: an unshadowed global constant (`GLOBAL_CONSTANTS`), or the value of the initializer of a variable
   * that always holds it (`isStable`, declared once: eslint-utils' `canBeConsideredConst`), unless it is an object
   * whose members are written through the name (`#mutatesMembers`).
   */
  #evaluateName(id: TS.Identifier, budget: Budget, hops: number): Known | undefined {
    const decl = this.resolve(id);
    if (!decl) return GLOBAL_CONSTANTS.has(id.text) ? { value: GLOBAL_CONSTANTS.get(id.text) } : undefined;
    if (hops >= MAX_DEPTH) return undefined;
    const init = this.#initializerOf(decl);
    const known = init && this.#evaluate(init, budget, hops + 1);
    if (!known || !this.isStable(decl, true)) return undefined;
    if (known.value instanceof ObjectValue && this.#mutatesMembers(decl as TS.VariableDeclaration)) return undefined;
    return known;
  }

  /** An object literal's value: every member a known key with a known value, or a spread of a known object. */
  #evaluateObject(object: TS.ObjectLiteralExpression, budget: Budget, hops: number): Known | undefined {
    const ts = this.#ts;
    const members = new Map<string, unknown>();
    for (const member of object.properties) {
      if (ts.isSpreadAssignment(member)) {
        const spread = this.#evaluate(member.expression, budget, hops);
        if (!spread) return undefined;
        if (spread.value instanceof ObjectValue) for (const [k, v] of spread.value.members) members.set(k, v);
        else if (spread.value !== null && spread.value !== undefined) return undefined;
        continue;
      }
      if (!ts.isPropertyAssignment(member) && !ts.isShorthandPropertyAssignment(member)) return undefined;
      const key = this.#memberName(member, budget, hops);
      // `{ __proto__: x }` sets the prototype, not a member: give up, as the object's members are then not all known.
      if (key === undefined || key === '__proto__') return undefined;
      const value = this.#evaluate(ts.isPropertyAssignment(member) ? member.initializer : member.name, budget, hops);
      if (!value) return undefined;
      members.set(key, value.value);
    }
    return { value: new ObjectValue(members) };
  }

  /**
   * True when a member of the object a declaration holds is written through its name: `o.k = …` (any assignment
   * operator), `o.k++`, `o.a.b = …`, or a call of an array method that changes its receiver (`o.push(…)`,
   * `o['push'](…)`), as eslint-utils' `hasMutationInProperty` decides (which also evaluates a computed method name).
   * @param decl the declaration of the object (`const`, or a `let` / `var` that `isStable`)
   */
  #mutatesMembers(decl: TS.VariableDeclaration): boolean {
    const ts = this.#ts;
    if (!ts.isIdentifier(decl.name)) return true;
    const references = this.#referencesOf(decl, decl.name);
    if (references === undefined) return true;
    for (const id of references) {
      if (id === decl.name) continue;
      let node: TS.Node = id;
      for (;;) {
        const parent: TS.Node | undefined = node.parent;
        if (parent && (ts.isParenthesizedExpression(parent) || ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent))) node = parent;
        else break;
      }
      const parent = node.parent;
      if (!parent) continue;
      if (ts.isBinaryExpression(parent) && parent.left === node && this.#isAssignmentOperator(parent.operatorToken.kind)) return true;
      if (
        (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
        (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)
      ) {
        return true;
      }
      if (ts.isCallExpression(parent) && parent.expression === node && (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) {
        // A method named in brackets counts when spelled there (`o['push'](…)`): evaluating the key could come back here.
        const method = ts.isPropertyAccessExpression(node) ? node.name.text : this.#literalText(node.argumentExpression);
        if (method !== undefined && MUTATING_METHODS.has(method)) return true;
      }
    }
    return false;
  }

  /**
   * The name a key spells, as the ESLint host's `staticKey` reads it:
   * - a property or binding name (`asExpression` false): an identifier, a string or numeric literal (`{ 1: x }` →
   *   `1`); in brackets, a string literal or substitution-free template, through parentheses and TypeScript's wrappers
   *   (`{ ['X']: x }`, `{ ['X' as const]: x }`, spelled there), else the
   *   key's constant string value (`{ [K]: x }`, not spelled there);
   * - an expression key (`process.env[…]`, `Object.defineProperty(env, …)`): a string literal or substitution-free
   *   template, possibly in parentheses or TypeScript's wrappers (`['X' as const]`: spelled), else its constant string
   *   value (`[K]`, `` [`NEXTAUTH_${'SECRET'}`] ``: not spelled there).
   * @param node the key slot's node (a property or binding name, a computed name, an element-access argument)
   * @param asExpression true when `node` is an expression (an identifier there is a variable, not a name)
   * @returns the name and whether it is written at the key (so that it can be renamed there); `undefined` for a
   *   dynamic key, a key whose value is no string, or an empty name
   */
  #staticKey(node: TS.Node, asExpression: boolean): { name: string; spelled: boolean } | undefined {
    const ts = this.#ts;
    let expression: TS.Node;
    if (asExpression) expression = node;
    else if (ts.isComputedPropertyName(node)) expression = node.expression;
    else if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      return node.text ? { name: node.text, spelled: true } : undefined;
    } else if (ts.isNumericLiteral(node)) return { name: String(Number(node.text)), spelled: true };
    else return undefined;
    // A literal key is spelled in the source also through TypeScript's wrappers (`['X' as const]`), as in ESLint.
    const inner = this.skipOuter(expression);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text ? { name: inner.text, spelled: true } : undefined;
    const known = this.#evaluate(inner, { nodes: EVALUATION_BUDGET }, 0);
    return typeof known?.value === 'string' && known.value !== '' ? { name: known.value, spelled: false } : undefined;
  }

  // ---------------------------------------------------------------- accesses

  /**
   * The access whose name is spelled by `node`, if any: the property name of `process.env.X`, the key of
   * `process.env['X']`, a destructured key, an `Object.assign` property key, an `Object.defineProperty` key.
   * `node` is either the node in the key slot (what `allAccesses` passes: an element-access argument, a computed
   * name `['X']`) or a node inside its parentheses or brackets (what a hover finds under the cursor: the literal
   * `'X'`); both give the same access, whose `node` is the key as ESTree has it (`#nameNode`).
   * Looks at `node`, a few parents and the declarations in scope: no file walk.
   * @returns the access, or `undefined` when `node` names no environment variable
   */
  accessAt(node: TS.Node): Access | undefined {
    const ts = this.#ts;
    // The key slot's node: `node`, or the parentheses and computed-name brackets around it.
    let key = node;
    while (key.parent && ts.isParenthesizedExpression(key.parent)) key = key.parent;
    if (key.parent && ts.isComputedPropertyName(key.parent)) key = key.parent;
    const parent = key.parent;
    if (!parent) return undefined;
    const named = this.#nameNode(key);
    if (ts.isPropertyAccessExpression(parent) && parent.name === key) {
      if (parent.name.text === '' || !this.denotesEnv(parent.expression)) return undefined;
      return this.#member(parent, { name: parent.name.text, spelled: true }, named);
    }
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === key) {
      if (!this.denotesEnv(parent.expression)) return undefined;
      const name = this.#staticKey(key, true);
      return name ? this.#member(parent, name, named) : undefined;
    }
    if (ts.isBindingElement(parent) && !parent.dotDotDotToken && (parent.propertyName ?? parent.name) === key) {
      if (!ts.isObjectBindingPattern(parent.parent) || !this.#patternFromEnv(parent.parent)) return undefined;
      const name = this.#staticKey(key, false);
      if (!name) return undefined;
      return {
        name: name.name,
        kind: 'read',
        ...(parent.initializer ? { defaultNode: parent.initializer } : {}),
        node: named,
        expression: parent,
        form: 'destructuring',
        spelled: name.spelled,
      };
    }
    if ((ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) && parent.name === key) {
      return this.#objectProperty(parent, key, named);
    }
    if (ts.isCallExpression(parent) && parent.arguments[1] === key && parent.arguments[0]) {
      if (!this.#isObjectMethod(parent.expression, 'defineProperty') || !this.denotesEnv(parent.arguments[0])) return undefined;
      const name = this.#staticKey(key, true);
      if (!name) return undefined;
      const descriptor = parent.arguments[2] && this.skipOuter(parent.arguments[2]);
      let valueNode: TS.Node | undefined;
      if (descriptor && ts.isObjectLiteralExpression(descriptor)) {
        for (const p of descriptor.properties) {
          if (ts.isPropertyAssignment(p) && this.#staticKey(p.name, false)?.name === 'value') valueNode = p.initializer;
        }
      }
      const values = valueNode ? this.possibleValues(valueNode) : undefined;
      return {
        name: name.name,
        kind: 'write',
        ...(values ? { values } : {}),
        ...(valueNode ? { valueNode } : {}),
        node: named,
        expression: parent,
        form: 'define-property',
        spelled: name.spelled,
      };
    }
    return undefined;
  }

  /**
   * `process.env.X` / `process.env['X']` as a read, write or delete. A write by `=`, `||=`, `&&=` or `??=`
   * (`HOST_FACTS.valueAssignmentOperators`, compared with `ts.tokenToString` of the operator) stores its right side:
   * its `valueNode` and `values`. Any other compound assignment (`+=`, …), `++` and `--` write a value computed from
   * the old one: a write with neither. A default of a destructuring assignment (`[process.env.X = 'd'] = a`) is no
   * write: ESTree has it as an `AssignmentPattern`, and the ESLint host as a read.
   * @param member the member expression
   * @param key its name, and whether the key spells it
   * @param node the node that spells the name (`Access.node`)
   */
  #member(member: TS.PropertyAccessExpression | TS.ElementAccessExpression, key: { name: string; spelled: boolean }, node: TS.Node): Access {
    const ts = this.#ts;
    const expr = this.outer(member);
    const parent = expr.parent;
    let kind: Access['kind'] = 'read';
    let values: string[] | undefined;
    let valueNode: TS.Node | undefined;
    if (
      parent &&
      ts.isBinaryExpression(parent) &&
      parent.left === expr &&
      this.#isAssignmentOperator(parent.operatorToken.kind) &&
      !(parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && this.#isDestructuringDefault(parent))
    ) {
      kind = 'write';
      if (VALUE_ASSIGNMENT_OPERATORS.has(ts.tokenToString(parent.operatorToken.kind) ?? '')) {
        valueNode = parent.right;
        values = this.possibleValues(parent.right);
      }
    } else if (
      parent &&
      (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
      (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      kind = 'write';
    } else if (parent && ts.isDeleteExpression(parent)) {
      kind = 'delete';
    }
    return {
      name: key.name,
      kind,
      ...(values ? { values } : {}),
      ...(valueNode ? { valueNode } : {}),
      node,
      expression: expr,
      form: 'member',
      spelled: key.spelled,
    };
  }

  /**
   * A key of `({ X } = process.env)` (a read) or of `Object.assign(process.env, { X: '…' })` (a write).
   * @param property the property whose name is the key
   * @param key the key slot's node (`property.name`)
   * @param node the node that spells the name (`Access.node`)
   */
  #objectProperty(property: TS.PropertyAssignment | TS.ShorthandPropertyAssignment, key: TS.Node, node: TS.Node): Access | undefined {
    const ts = this.#ts;
    const object = property.parent;
    if (!ts.isObjectLiteralExpression(object)) return undefined;
    const holder = this.outer(object).parent;
    if (!holder) return undefined;
    if (
      ts.isBinaryExpression(holder) &&
      holder.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      this.outer(object) === holder.left &&
      this.denotesEnv(holder.right)
    ) {
      const name = this.#staticKey(key, false);
      if (!name) return undefined;
      // `({ X = 'd' } = process.env)`, `({ X: x = 'd' } = process.env)`: the default.
      const defaultNode = ts.isShorthandPropertyAssignment(property)
        ? property.objectAssignmentInitializer
        : ts.isBinaryExpression(property.initializer) && property.initializer.operatorToken.kind === ts.SyntaxKind.EqualsToken
          ? property.initializer.right
          : undefined;
      return {
        name: name.name,
        kind: 'read',
        ...(defaultNode ? { defaultNode } : {}),
        node,
        expression: property,
        form: 'destructuring',
        spelled: name.spelled,
      };
    }
    if (
      ts.isCallExpression(holder) &&
      holder.arguments.indexOf(this.outer(object) as TS.Expression) >= 1 &&
      holder.arguments[0] !== undefined &&
      this.#isObjectMethod(holder.expression, 'assign') &&
      this.denotesEnv(holder.arguments[0])
    ) {
      const name = this.#staticKey(key, false);
      if (!name) return undefined;
      const valueNode = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      const values = this.possibleValues(valueNode);
      return {
        name: name.name,
        kind: 'write',
        ...(values ? { values } : {}),
        valueNode,
        node,
        expression: property,
        form: 'object-assign',
        spelled: name.spelled,
      };
    }
    return undefined;
  }

  /**
   * Every access of the file, in source order, with fallback chains filled in: one walk of the file.
   * @param sf the file
   * @param publicOptions when given (the file is a `next.config`), the same walk also appends to it each object
   *   literal that is the value of a property named in `NEXT_CONFIG_PUBLIC_OPTIONS` (`env: { … }`,
   *   `publicRuntimeConfig: { … }`), at any depth, as the ESLint host's `no-public-secret` collects them (a
   *   destructuring-assignment target is no object literal there); outer before inner
   * @returns the accesses; empty (without a walk) when the file's text never mentions `env` and `publicOptions` is
   *   not given
   */
  allAccesses(sf: TS.SourceFile, publicOptions?: PublicOptionObject[]): Access[] {
    const ts = this.#ts;
    if (!sf.text.includes('env') && !publicOptions) return [];
    const accesses: Access[] = [];
    const K = this.#kinds;
    const visit = (node: TS.Node): void => {
      let candidate: TS.Node | undefined;
      const kind = node.kind;
      if (kind === K.propertyAccess) candidate = (node as TS.PropertyAccessExpression).name;
      else if (kind === K.elementAccess) candidate = (node as TS.ElementAccessExpression).argumentExpression;
      else if (kind === K.bindingElement && ts.isObjectBindingPattern(node.parent)) {
        candidate = (node as TS.BindingElement).propertyName ?? (node as TS.BindingElement).name;
      } else if (kind === K.propertyAssignment || kind === K.shorthandPropertyAssignment) {
        candidate = (node as TS.PropertyAssignment | TS.ShorthandPropertyAssignment).name;
        if (publicOptions && kind === K.propertyAssignment) this.#collectPublicOption(node as TS.PropertyAssignment, publicOptions);
      } else if (kind === K.call && (node as TS.CallExpression).arguments.length >= 2) {
        candidate = (node as TS.CallExpression).arguments[1];
      }
      if (candidate) {
        const access = this.accessAt(candidate);
        if (access) accesses.push(access);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    accesses.sort((a, b) => a.expression.getStart(sf) - b.expression.getStart(sf));
    this.#linkFallbacks(accesses, sf);
    return accesses.sort((a, b) => a.node.getStart(sf) - b.node.getStart(sf));
  }

  /** Appends `{ option, object }` when `property` is `env: { … }` / `publicRuntimeConfig: { … }` (see `allAccesses`). */
  #collectPublicOption(property: TS.PropertyAssignment, out: PublicOptionObject[]): void {
    const ts = this.#ts;
    const object = this.#skipParens(property.initializer);
    if (!ts.isObjectLiteralExpression(object)) return;
    const option = this.#memberName(property);
    if (option === undefined || !PUBLIC_OPTIONS.has(option) || this.isAssignmentPattern(property.parent)) return;
    out.push({ option, object });
  }

  /**
   * The keys of `next.config`'s public options, as the ESLint host's `no-public-secret` reads them: every member of
   * each object but spreads (properties, shorthands, methods, accessors) whose name is known (`#memberName`, as
   * eslint-utils' `getPropertyName`), with the names of the reads among `accesses` whose name lies in the member's
   * value. Looks at the objects' members only. Source: the catalog's `analyzeNextConfigEntry` (Next.js inlines these
   * options into client code; Flux docs, every "Sensitive: Yes" entry).
   * @param objects what `allAccesses` collected for the file
   * @param accesses the file's accesses (`allAccesses`)
   * @param sf the file
   * @returns one entry per key, in source order within each object, objects in the order given. Never throws.
   */
  nextConfigKeys(objects: readonly PublicOptionObject[], accesses: readonly Access[], sf: TS.SourceFile): NextConfigKey[] {
    const ts = this.#ts;
    const keys: NextConfigKey[] = [];
    for (const { option, object } of objects) {
      for (const member of object.properties) {
        if (ts.isSpreadAssignment(member)) continue;
        const key = this.#memberName(member);
        if (key === undefined) continue;
        // The member's value: the initializer, a shorthand's name, or a method's parameters and body.
        const start = ts.isPropertyAssignment(member)
          ? member.initializer.getStart(sf)
          : ts.isShorthandPropertyAssignment(member)
            ? member.name.getStart(sf)
            : member.name.end;
        const end = ts.isPropertyAssignment(member) ? member.initializer.end : member.end;
        const reads = accesses
          .filter((a) => a.kind === 'read' && a.node.getStart(sf) >= start && a.node.end <= end)
          .map((a) => a.name);
        keys.push({ option, key, reads, node: this.#nameNode(member.name) });
      }
    }
    return keys;
  }

  /**
   * Fills, for reads in a `??` / `||` chain, `fallbackAfter` (the reads on the left of it) and `fallbackTo` with
   * `fallbackPartners` (the reads on the right of it).
   * @param accesses the file's accesses, sorted by the start of their `expression`
   */
  #linkFallbacks(accesses: Access[], sf: TS.SourceFile): void {
    const ts = this.#ts;
    const starts = accesses.map((a) => a.expression.getStart(sf));
    /** The index of the first access whose expression starts at or after `position` (binary search). */
    const firstFrom = (position: number): number => {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < position) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (const access of accesses) {
      if (access.kind !== 'read') continue;
      const before: string[] = [];
      const after: Access[] = [];
      let child: TS.Node = access.expression;
      let parent = child.parent;
      while (parent) {
        if (ts.isParenthesizedExpression(parent)) {
          child = parent;
          parent = parent.parent;
          continue;
        }
        if (
          !ts.isBinaryExpression(parent) ||
          (parent.operatorToken.kind !== ts.SyntaxKind.BarBarToken && parent.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken)
        ) {
          break;
        }
        const side = parent.right === child ? parent.left : parent.right;
        const end = side.end;
        for (let i = firstFrom(side.getStart(sf)); i < accesses.length && starts[i]! < end; i++) {
          const other = accesses[i]!;
          if (other.kind !== 'read' || other.expression.end > end) continue;
          if (side === parent.left) before.push(other.name);
          else after.push(other);
        }
        child = parent;
        parent = parent.parent;
      }
      if (before.length > 0) access.fallbackAfter = before;
      if (after.length > 0) {
        access.fallbackTo = after.map((a) => a.name);
        access.fallbackPartners = after;
      }
    }
  }

  /**
   * The edit that renames the variable at `access` to `to`, keeping the quoting; a shorthand destructuring key
   * keeps its local name (`{ A }` → `{ B: A }`).
   * @returns the edit, or `undefined` when the name is not spelled at the access (a `const` key)
   */
  renameEdit(access: Access, to: string, sf: TS.SourceFile): Edit | undefined {
    const ts = this.#ts;
    if (!access.spelled) return undefined;
    const node = access.node;
    const start = node.getStart(sf);
    const length = node.end - start;
    const parent = node.parent;
    const shorthand =
      (parent && ts.isShorthandPropertyAssignment(parent)) ||
      (parent && ts.isBindingElement(parent) && !parent.propertyName && ts.isIdentifier(node));
    if (shorthand && ts.isIdentifier(node)) return { start, length, text: `${to}: ${node.text}` };
    if (ts.isStringLiteral(node)) {
      const quote = sf.text[start] === '"' ? '"' : "'";
      return { start, length, text: `${quote}${to}${quote}` };
    }
    if (ts.isNoSubstitutionTemplateLiteral(node)) return { start, length, text: `\`${to}\`` };
    if (ts.isIdentifier(node)) return { start, length, text: to };
    return undefined;
  }

  /**
   * True when the file's directive prologue holds the client directive (`HOST_FACTS.clientDirective`,
   * `'use client'`): a Next.js client module. A string statement after the first other statement is not a directive.
   */
  isClientModule(sf: TS.SourceFile): boolean {
    const ts = this.#ts;
    for (const statement of sf.statements) {
      if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
      if (statement.expression.text === HOST_FACTS.clientDirective) return true;
    }
    return false;
  }
}

/**
 * True for a character that can continue an identifier (`A`–`Z`, `a`–`z`, `0`–`9`, `_`, `$`, and any non-ASCII
 * character, to be safe): a text match of a name is a whole word only when no such character touches it.
 * @param code a UTF-16 code unit (`NaN` past the end of the text: false)
 */
function isIdentifierChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code > 127
  );
}

/**
 * The first index of an ascending list whose value is at least `value` (binary search).
 * @param list ascending numbers
 * @param value the bound
 * @returns an index in `[0, list.length]`
 */
function firstAtOrAfter(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A file version's own map in a cache keyed by file version (see `EnvSyntax`'s `#writes`).
 * @param cache the cache
 * @param sf the file version
 * @returns its map, created empty on first use
 */
function perFile<K, V>(cache: WeakMap<TS.SourceFile, Map<K, V>>, sf: TS.SourceFile): Map<K, V> {
  let map = cache.get(sf);
  if (!map) {
    map = new Map();
    cache.set(sf, map);
  }
  return map;
}

/**
 * Every whole word of a text (each run of identifier characters, `isIdentifierChar`) with the offsets where it
 * starts: one scan of the text.
 * @param text a file's text
 * @returns the offsets by word, each list ascending
 */
function wordIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const match of text.matchAll(WORD)) {
    const places = index.get(match[0]);
    if (places) places.push(match.index);
    else index.set(match[0], [match.index]);
  }
  return index;
}
