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
 * `process` with no declaration is the global. Aliases (`const e = process.env`) are followed through `const`
 * declarations only (a `let` may be reassigned). A `var` declared in a nested block is not hoisted here.
 *
 * Cost: recognising one access looks at the node, a few parents and the declarations of the enclosing
 * containers (indexed once per container and cached), never at the whole file.
 */
import { HOST_FACTS, type EnvAccess } from '@flux-env/catalog';
import type * as TS from 'typescript';

/** Module specifiers that export Node's `process` object (the catalog's `HOST_FACTS.processModules`). */
const PROCESS_MODULES: ReadonlySet<string> = new Set(HOST_FACTS.processModules);
/** Globals through which `process` is reachable as a property (the catalog's `HOST_FACTS.processHolders`). */
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(HOST_FACTS.processHolders);
/** How many alias hops (`const a = process; const b = a.env; b.X`) are followed. */
const MAX_DEPTH = 6;

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
  /** The node that spells the name (identifier, string literal, binding key): where findings are reported. */
  readonly node: TS.Node;
  /** The whole access (the member expression, the binding element, the property): used for fallback chains. */
  readonly expression: TS.Node;
  /** How the access is written. */
  readonly form: 'member' | 'destructuring' | 'object-assign' | 'define-property';
  /** True when the name is written at `node` (not a `const` key), so that it can be renamed there. */
  readonly spelled: boolean;
}

type Declarations = Map<string, TS.Node>;

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

  /** @param ts the `typescript` module of the running tsserver (never `require`d by the plugin) */
  constructor(ts: typeof TS) {
    this.#ts = ts;
    const K = ts.SyntaxKind;
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

  /**
   * The static text of a property key or element-access argument: identifier, string, numeric or template literal,
   * a computed key of a literal.
   * @returns the text, or `undefined` for a dynamic key
   */
  keyText(node: TS.Node | undefined): string | undefined {
    return this.#keyText(node);
  }

  #keyText(node: TS.Node | undefined): string | undefined {
    const ts = this.#ts;
    if (!node) return undefined;
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return node.text;
    if (ts.isComputedPropertyName(node)) return this.#literalText(node.expression);
    return undefined;
  }

  #literalText(node: TS.Node): string | undefined {
    const ts = this.#ts;
    const inner = this.skipOuter(node);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
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

  /** The initializer of a `const` declaration of a plain name, or `undefined`. */
  #constInitializer(decl: TS.Node): TS.Expression | undefined {
    const ts = this.#ts;
    if (!ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer) return undefined;
    const list = decl.parent;
    if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
    return decl.initializer;
  }

  /**
   * True when `expr` denotes Node's `process` object: the unshadowed global `process`, `globalThis.process`,
   * `require('process')`, an import of the `process` / `node:process` module, or a `const` holding one of those.
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
      const init = this.#constInitializer(decl);
      return init !== undefined && this.denotesProcess(init, depth + 1);
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const key = ts.isPropertyAccessExpression(node) ? node.name.text : this.#keyText(node.argumentExpression);
      if (key !== 'process') return false;
      const object = this.skipOuter(node.expression);
      return ts.isIdentifier(object) && GLOBAL_OBJECTS.has(object.text) && this.#isGlobal(object, object.text);
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
   * `const` holding one of those.
   */
  denotesEnv(expr: TS.Node, depth = 0): boolean {
    const ts = this.#ts;
    if (depth > MAX_DEPTH) return false;
    const node = this.skipOuter(expr);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const key = ts.isPropertyAccessExpression(node) ? node.name.text : this.#keyText(node.argumentExpression);
      if (key !== 'env') return false;
      const object = this.skipOuter(node.expression);
      if (ts.isMetaProperty(object)) return object.keywordToken === ts.SyntaxKind.ImportKeyword && object.name.text === 'meta';
      return this.denotesProcess(object, depth + 1);
    }
    if (!ts.isIdentifier(node)) return false;
    const decl = this.resolve(node);
    if (!decl) return false;
    if (ts.isImportSpecifier(decl)) {
      return (decl.propertyName ?? decl.name).text === 'env' && PROCESS_MODULES.has(this.#importSource(decl) ?? '');
    }
    const init = this.#constInitializer(decl);
    if (init) return this.denotesEnv(init, depth + 1);
    if (ts.isBindingElement(decl)) return this.#isEnvBinding(decl, depth);
    return false;
  }

  /** `env` in `const { env } = process` / `const { env: e } = process`. */
  #isEnvBinding(element: TS.BindingElement, depth: number): boolean {
    const ts = this.#ts;
    if (this.#keyText(element.propertyName ?? element.name) !== 'env') return false;
    const pattern = element.parent;
    const declaration = pattern.parent;
    if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
    const list = declaration.parent;
    if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return false;
    return this.denotesProcess(declaration.initializer, depth + 1);
  }

  /** True when the object pattern is destructured from the environment (`= process.env`, or `{ env: { … } } = process`). */
  #patternFromEnv(pattern: TS.ObjectBindingPattern): boolean {
    const ts = this.#ts;
    const parent = pattern.parent;
    if (ts.isVariableDeclaration(parent)) return parent.initializer !== undefined && this.denotesEnv(parent.initializer);
    if (ts.isBindingElement(parent) && this.#keyText(parent.propertyName ?? parent.name) === 'env') {
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
   * Every string a value expression may evaluate to, when all are statically known: literals, `const` names,
   * each branch of `c ? a : b`, `a || b`, `a ?? b`. Converted as `process.env` stores them (`String(v)`).
   * @returns the values, or `undefined` when any is unknown
   */
  possibleValues(expr: TS.Node, depth = 0): string[] | undefined {
    const ts = this.#ts;
    if (depth > MAX_DEPTH) return undefined;
    const node = this.skipOuter(expr);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isNumericLiteral(node)) return [String(Number(node.text))];
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
      return [String(-Number(node.operand.text))];
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) return ['true'];
    if (node.kind === ts.SyntaxKind.FalseKeyword) return ['false'];
    if (node.kind === ts.SyntaxKind.NullKeyword) return ['null'];
    if (ts.isConditionalExpression(node)) {
      const a = this.possibleValues(node.whenTrue, depth + 1);
      const b = this.possibleValues(node.whenFalse, depth + 1);
      return a && b ? [...a, ...b] : undefined;
    }
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    ) {
      const a = this.possibleValues(node.left, depth + 1);
      const b = this.possibleValues(node.right, depth + 1);
      return a && b ? [...a, ...b] : undefined;
    }
    if (ts.isIdentifier(node)) {
      const decl = this.resolve(node);
      if (!decl) return node.text === 'undefined' ? ['undefined'] : undefined;
      const init = this.#constInitializer(decl);
      return init ? this.possibleValues(init, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The name a key spells: a property or binding name (`{ X }`, `{ 'X': x }`, `{ [`X`]: x }`), or, for an
   * expression key (`process.env[KEY]`, `Object.defineProperty(env, KEY, …)`), a literal or a `const` string.
   * @param asExpression true when `node` is an expression (an identifier there is a variable, not a name)
   * @returns the name and whether it is written at `node`; `undefined` for a dynamic or empty key
   */
  #staticKey(node: TS.Node, asExpression: boolean): { name: string; spelled: boolean } | undefined {
    const ts = this.#ts;
    const inner = this.skipOuter(node);
    if (asExpression && ts.isIdentifier(inner)) {
      const values = this.possibleValues(inner);
      return values?.length === 1 && values[0] !== '' ? { name: values[0]!, spelled: false } : undefined;
    }
    const literal = asExpression ? this.#literalText(inner) : this.#keyText(node);
    return literal ? { name: literal, spelled: true } : undefined;
  }

  // ---------------------------------------------------------------- accesses

  /**
   * The access whose name is spelled by `node`, if any: the property name of `process.env.X`, the key of
   * `process.env['X']`, a destructured key, an `Object.assign` property key, an `Object.defineProperty` key.
   * Looks at `node`, a few parents and the declarations in scope: no file walk.
   * @returns the access, or `undefined` when `node` names no environment variable
   */
  accessAt(node: TS.Node): Access | undefined {
    const ts = this.#ts;
    const parent = node.parent;
    if (!parent) return undefined;
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
      if (parent.name.text === '' || !this.denotesEnv(parent.expression)) return undefined;
      return this.#member(parent, { name: parent.name.text, spelled: true }, node);
    }
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) {
      if (!this.denotesEnv(parent.expression)) return undefined;
      const key = this.#staticKey(node, true);
      return key ? this.#member(parent, key, node) : undefined;
    }
    if (ts.isBindingElement(parent) && !parent.dotDotDotToken && (parent.propertyName ?? parent.name) === node) {
      if (!ts.isObjectBindingPattern(parent.parent) || !this.#patternFromEnv(parent.parent)) return undefined;
      const key = this.#staticKey(node, false);
      if (!key) return undefined;
      return {
        name: key.name,
        kind: 'read',
        ...(parent.initializer ? { defaultNode: parent.initializer } : {}),
        node,
        expression: parent,
        form: 'destructuring',
        spelled: key.spelled,
      };
    }
    if ((ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) && parent.name === node) {
      return this.#objectProperty(parent, node);
    }
    if (ts.isCallExpression(parent) && parent.arguments[1] === node && parent.arguments[0]) {
      if (!this.#isObjectMethod(parent.expression, 'defineProperty') || !this.denotesEnv(parent.arguments[0])) return undefined;
      const key = this.#staticKey(node, true);
      if (!key) return undefined;
      const descriptor = parent.arguments[2] && this.skipOuter(parent.arguments[2]);
      let valueNode: TS.Node | undefined;
      if (descriptor && ts.isObjectLiteralExpression(descriptor)) {
        for (const p of descriptor.properties) {
          if (ts.isPropertyAssignment(p) && this.#keyText(p.name) === 'value') valueNode = p.initializer;
        }
      }
      const values = valueNode ? this.possibleValues(valueNode) : undefined;
      return {
        name: key.name,
        kind: 'write',
        ...(values ? { values } : {}),
        ...(valueNode ? { valueNode } : {}),
        node,
        expression: parent,
        form: 'define-property',
        spelled: key.spelled,
      };
    }
    return undefined;
  }

  /** `process.env.X` / `process.env['X']` as a read, write or delete. */
  #member(member: TS.PropertyAccessExpression | TS.ElementAccessExpression, key: { name: string; spelled: boolean }, node: TS.Node): Access {
    const ts = this.#ts;
    const expr = this.outer(member);
    const parent = expr.parent;
    let kind: Access['kind'] = 'read';
    let values: string[] | undefined;
    let valueNode: TS.Node | undefined;
    if (parent && ts.isBinaryExpression(parent) && parent.left === expr && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      kind = 'write';
      valueNode = parent.right;
      if (parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) values = this.possibleValues(parent.right);
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

  /** A key of `({ X } = process.env)` (a read) or of `Object.assign(process.env, { X: '…' })` (a write). */
  #objectProperty(property: TS.PropertyAssignment | TS.ShorthandPropertyAssignment, node: TS.Node): Access | undefined {
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
      const key = this.#staticKey(node, false);
      if (!key) return undefined;
      // `({ X = 'd' } = process.env)`, `({ X: x = 'd' } = process.env)`: the default.
      const defaultNode = ts.isShorthandPropertyAssignment(property)
        ? property.objectAssignmentInitializer
        : ts.isBinaryExpression(property.initializer) && property.initializer.operatorToken.kind === ts.SyntaxKind.EqualsToken
          ? property.initializer.right
          : undefined;
      return {
        name: key.name,
        kind: 'read',
        ...(defaultNode ? { defaultNode } : {}),
        node,
        expression: property,
        form: 'destructuring',
        spelled: key.spelled,
      };
    }
    if (
      ts.isCallExpression(holder) &&
      holder.arguments.indexOf(this.outer(object) as TS.Expression) >= 1 &&
      holder.arguments[0] !== undefined &&
      this.#isObjectMethod(holder.expression, 'assign') &&
      this.denotesEnv(holder.arguments[0])
    ) {
      const key = this.#staticKey(node, false);
      if (!key) return undefined;
      const valueNode = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      const values = this.possibleValues(valueNode);
      return {
        name: key.name,
        kind: 'write',
        ...(values ? { values } : {}),
        valueNode,
        node,
        expression: property,
        form: 'object-assign',
        spelled: key.spelled,
      };
    }
    return undefined;
  }

  /**
   * Every access of the file, in source order, with fallback chains filled in: one walk of the file.
   * @returns the accesses; empty (without a walk) when the file's text never mentions `env`
   */
  allAccesses(sf: TS.SourceFile): Access[] {
    const ts = this.#ts;
    if (!sf.text.includes('env')) return [];
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
