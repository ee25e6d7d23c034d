/**
 * Finds every environment-variable access of a JavaScript/TypeScript file, scope-aware.
 *
 * Recognised forms (see ARCHITECTURE.md, "Access forms every host recognises"): `process.env.X`,
 * `process.env['X']`, `` process.env[`X`] ``, `process.env[KEY]` with `const KEY = 'X'`, `process?.env?.X`,
 * `process['env'].X`, `globalThis.process.env.X`, destructuring (`const { X, Y: y, Z = 'd', ...rest } = process.env`,
 * `({ X } = process.env)`), `const { env } = process`, `const e = process.env; e.X`, `import { env } from
 * 'node:process'`, `import process from 'process'`, `import * as p from 'node:process'`,
 * `require('process').env.X`, `import process = require('process')`, `import.meta.env.X`; writes (`process.env.X = …`, `delete process.env.X`,
 * `Object.assign(process.env, {…})`, `Object.defineProperty(process.env, 'X', { value })`).
 *
 * A local `process` that shadows the global is not the environment; a dynamic key is not a name.
 * `process` is found both as a declared global and as an unresolved reference (configs without Node globals).
 */
import { HOST_FACTS, type EnvAccess } from '@flux-env/catalog';
import type { TSESTree } from '@typescript-eslint/types';
import { AST_NODE_TYPES, findVariable, getStaticValue } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { withAccessContext } from './access-context.js';
import { accessRecord, type AccessRecord } from './access-record.js';
import { staticKey, unwrapDown, unwrapUp } from './ast.js';
import { fileAccessListeners } from '../languages/file-accesses.js';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** Module specifiers that export Node's `process` object (the catalog's `HOST_FACTS.processModules`). */
const PROCESS_MODULES: ReadonlySet<string> = new Set(HOST_FACTS.processModules);
/** Globals through which `process` is reachable as a property (the catalog's `HOST_FACTS.processHolders`). */
const GLOBAL_OBJECTS = HOST_FACTS.processHolders;
/** Assignment operators that store their right side (the catalog's `HOST_FACTS.valueAssignmentOperators`). */
const VALUE_ASSIGNMENT_OPERATORS: ReadonlySet<string> = new Set(HOST_FACTS.valueAssignmentOperators);
/** Every global name the finder starts from. */
const WATCHED_GLOBALS = new Set(['process', 'require', ...GLOBAL_OBJECTS]);

/** A text edit: replace the characters in `range` (`[start, end)`, UTF-16 code units) with `text`. */
export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** One access found in the file: the catalog's `EnvAccess` plus where it is and how to rename it. */
export interface FoundAccess extends EnvAccess {
  /** The node that names the variable (property key, string literal): where findings are reported. */
  readonly node: Node;
  /** The whole access expression (`process.env.X`, the destructuring property): used for fallback chains. */
  readonly expression: Node;
  /** The value node of a write (right side of `=`, the property value in `Object.assign`), when there is one. */
  readonly valueNode?: Node;
  /** The default of a destructured read (`{ X = 'd' }`), when there is one. */
  readonly defaultNode?: Node;
  /** The literal node of each of `fallbackValues`, same order (see `access-context.ts`). */
  readonly fallbackNodes?: readonly Node[];
  /**
   * How the access was written. `dotenv-entry` (a `KEY=value` of a `.env*` file) and `package-script` (an
   * inline `KEY=value` of a `package.json` script) come from `languages/file-accesses.ts`: their `node`,
   * `expression` and `valueNode` are that language's located nodes (only `type`, `range`, `loc` are meaningful).
   */
  readonly form: 'member' | 'destructuring' | 'object-assign' | 'define-property' | 'dotenv-entry' | 'package-script';
  /** For a read with fallbacks (`a ?? b`), the reads on the right of it, in source order (for a `swap` fix). */
  readonly fallbackPartners?: readonly FoundAccess[];
  /** The edit that renames the variable at this access to `to`; `undefined` when it cannot be renamed here (a `const` key; in a `.env` file, a key the file already sets). */
  rename(to: string): TextEdit | undefined;
}

/** An edit that writes `to` where `key` spells a name, keeping the quoting style. */
function renameKey(key: Node, to: string, shorthandLocal?: string): TextEdit | undefined {
  if (shorthandLocal !== undefined) return { range: key.range, text: `${to}: ${shorthandLocal}` };
  if (key.type === AST_NODE_TYPES.Identifier) return { range: key.range, text: to };
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') {
    const quote = key.raw[0] === '"' ? '"' : "'";
    return { range: key.range, text: `${quote}${to}${quote}` };
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral) return { range: key.range, text: `\`${to}\`` };
  return undefined;
}

/**
 * Every string value `node` may evaluate to, when all are statically known: a literal, a `const`, each
 * branch of `c ? a : b` and of `a || b` / `a ?? b`. Values are converted as `process.env` stores them (`String(v)`).
 * @returns the values, or `undefined` when any is unknown
 */
export function possibleStringValues(node: Node, scope: Scope): string[] | undefined {
  if (node.type === AST_NODE_TYPES.ConditionalExpression) {
    const a = possibleStringValues(node.consequent, scope);
    const b = possibleStringValues(node.alternate, scope);
    return a && b ? [...a, ...b] : undefined;
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    const a = possibleStringValues(node.left, scope);
    const b = possibleStringValues(node.right, scope);
    return a && b ? [...a, ...b] : undefined;
  }
  if (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    return possibleStringValues(node.expression, scope);
  }
  const value = getStaticValue(node, scope);
  if (!value) return undefined;
  const v: unknown = value.value;
  if (v !== null && typeof v === 'object') return undefined;
  return [String(v)];
}

function isStaticName(node: Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name;
}

/** True when `node` is `Object.<method>` with the global `Object`. */
function isObjectMethod(callee: Node, method: string, scope: Scope): boolean {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  if (!isStaticName(callee.object, 'Object') || !isStaticName(callee.property, method)) return false;
  const variable = findVariable(scope, 'Object');
  return !variable || variable.defs.length === 0;
}

/** The references of a binding that only ever holds its initial value (no reassignment). */
function stableReads(variable: Variable | null | undefined): Node[] {
  if (!variable) return [];
  const writes = variable.references.filter((r) => r.isWrite() && !r.init);
  if (writes.length > 0) return [];
  return variable.references.filter((r) => r.isRead()).map((r) => r.identifier);
}

class Finder {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #accesses: AccessRecord[] = [];
  readonly #seenProcess = new Set<Node>();
  readonly #seenEnv = new Set<Node>();

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  run(metaProperties: readonly TSESTree.MetaProperty[]): FoundAccess[] {
    const globalScope = this.#sourceCode.scopeManager?.globalScope;
    if (!globalScope) return [];
    for (const id of this.#globalRefs(globalScope, 'process')) this.#fromProcess(id, true);
    for (const name of GLOBAL_OBJECTS) {
      for (const id of this.#globalRefs(globalScope, name)) {
        // `(globalThis as any).process`: the holder may be wrapped as `process` itself may.
        const holder = unwrapUp(id);
        const parent = holder.parent;
        if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === holder) {
          const key = staticKey(parent.property, parent.computed, () => this.#scope(parent));
          if (key?.name === 'process') this.#fromProcess(parent);
        }
      }
    }
    for (const id of this.#globalRefs(globalScope, 'require')) {
      const call = id.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === id && this.#isProcessModule(call.arguments[0])) {
        this.#fromProcess(call);
      }
    }
    this.#fromImports();
    for (const meta of metaProperties) {
      if (meta.meta.name === 'import' && meta.property.name === 'meta') {
        const parent = meta.parent;
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === meta) {
          const key = staticKey(parent.property, parent.computed, () => this.#scope(parent));
          if (key?.name === 'env') this.#fromEnv(parent, 'import-meta-env');
        }
      }
    }
    this.#linkFallbacks();
    return withAccessContext(
      this.#accesses.sort((a, b) => a.node.range[0] - b.node.range[0]),
      this.#sourceCode,
    );
  }

  #scope(node: Node): Scope {
    return this.#sourceCode.getScope(node);
  }

  #unresolved: Map<string, Node[]> | undefined;

  /** References to a global: resolved to a declared global, or unresolved (`through`). Never a local shadow. */
  #globalRefs(globalScope: Scope, name: string): Node[] {
    const ids: Node[] = [];
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) {
      for (const ref of variable.references) ids.push(ref.identifier);
    }
    if (!this.#unresolved) {
      // One pass over `through` for every global this finder asks about.
      this.#unresolved = new Map();
      for (const ref of globalScope.through) {
        if (ref.resolved !== null || !WATCHED_GLOBALS.has(ref.identifier.name)) continue;
        const list = this.#unresolved.get(ref.identifier.name);
        if (list) list.push(ref.identifier);
        else this.#unresolved.set(ref.identifier.name, [ref.identifier]);
      }
    }
    ids.push(...(this.#unresolved.get(name) ?? []));
    return ids;
  }

  #isProcessModule(node: Node | undefined): boolean {
    return node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && PROCESS_MODULES.has(node.value);
  }

  #fromImports(): void {
    // A module specifier is a string literal: a file that imports `process` / `node:process` spells `process'` or
    // `process"`. Most files do not, and need not have their statements looked at.
    const text = this.#sourceCode.text;
    if (!text.includes("process'") && !text.includes('process"')) return;
    const program = this.#sourceCode.ast;
    for (const statement of program.body) {
      if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        // `import process = require('process')` (TypeScript's CommonJS import): the binding is the module object.
        const reference = statement.moduleReference;
        if (
          statement.importKind !== 'type' &&
          reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
          this.#isProcessModule(reference.expression)
        ) {
          const variable = this.#sourceCode.scopeManager?.getDeclaredVariables(statement)[0];
          for (const ref of variable?.references ?? []) this.#fromProcess(ref.identifier);
        }
        continue;
      }
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !PROCESS_MODULES.has(statement.source.value)) continue;
      if (statement.importKind === 'type') continue;
      for (const specifier of statement.specifiers) {
        const variable = this.#sourceCode.scopeManager?.getDeclaredVariables(specifier)[0];
        const refs = (variable?.references ?? []).map((r) => r.identifier);
        if (
          specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
          specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
        ) {
          for (const id of refs) this.#fromProcess(id);
        } else if (specifier.importKind !== 'type') {
          const imported =
            specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
          if (imported === 'env') for (const id of refs) this.#fromEnv(id);
          else if (imported === 'default') for (const id of refs) this.#fromProcess(id);
        }
      }
    }
  }

  /**
   * `node` denotes the `process` object: find `.env` and aliases of it.
   * @param direct true when `node` is a reference to the global `process` itself: its `.env.X` reads are the
   *   direct reads Next.js inlines (`EnvAccess.readForm`)
   */
  #fromProcess(node: Node, direct = false): void {
    if (this.#seenProcess.has(node)) return;
    this.#seenProcess.add(node);
    const expr = unwrapUp(node);
    const parent = expr.parent;
    if (!parent) return;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === expr) {
      const key = staticKey(parent.property, parent.computed, () => this.#scope(parent));
      if (key?.name === 'env') this.#fromEnv(parent, direct && node.type === AST_NODE_TYPES.Identifier ? 'direct' : 'alias');
      return;
    }
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === expr) {
      if (parent.id.type === AST_NODE_TYPES.Identifier) {
        for (const id of stableReads(this.#declared(parent, parent.id.name))) this.#fromProcess(id);
      } else if (parent.id.type === AST_NODE_TYPES.ObjectPattern) {
        this.#envFromProcessPattern(parent.id, parent);
      }
      return;
    }
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === expr && parent.left.type === AST_NODE_TYPES.ObjectPattern) {
      this.#envFromProcessPattern(parent.left, parent);
    }
  }

  /** `const { env } = process` / `const { env: { X } } = process`. */
  #envFromProcessPattern(pattern: TSESTree.ObjectPattern, declaration: Node): void {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = staticKey(property.key, property.computed, () => this.#scope(property));
      if (key?.name !== 'env') continue;
      const target = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (target.type === AST_NODE_TYPES.Identifier) {
        const variable = this.#variableOf(target, declaration);
        for (const id of stableReads(variable)) this.#fromEnv(id);
      } else if (target.type === AST_NODE_TYPES.ObjectPattern) {
        this.#destructure(target);
      }
    }
  }

  #declared(declarator: TSESTree.VariableDeclarator, name: string): Variable | undefined {
    return this.#sourceCode.scopeManager?.getDeclaredVariables(declarator).find((v) => v.name === name);
  }

  #variableOf(id: TSESTree.Identifier, declaration: Node): Variable | undefined {
    if (declaration.type === AST_NODE_TYPES.VariableDeclarator) return this.#declared(declaration, id.name);
    return findVariable(this.#scope(id), id) ?? undefined;
  }

  /**
   * `node` denotes `process.env` (or `import.meta.env`): find the variables read or written through it.
   * @param via how `node` reaches the environment, for the read form of member reads through it
   */
  #fromEnv(node: Node, via: 'direct' | 'alias' | 'import-meta-env' = 'alias'): void {
    if (this.#seenEnv.has(node)) return;
    this.#seenEnv.add(node);
    const expr = unwrapUp(node);
    const parent = expr.parent;
    if (!parent) return;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === expr) {
      this.#member(parent, via);
    } else if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === expr) {
      if (parent.id.type === AST_NODE_TYPES.ObjectPattern) this.#destructure(parent.id);
      else if (parent.id.type === AST_NODE_TYPES.Identifier) {
        for (const id of stableReads(this.#declared(parent, parent.id.name))) this.#fromEnv(id);
      }
    } else if (
      parent.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === expr &&
      parent.left.type === AST_NODE_TYPES.ObjectPattern
    ) {
      this.#destructure(parent.left);
    } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === expr) {
      this.#call(parent);
    }
  }

  /** `process.env.X`, `process.env['X']`: a read, a write or a delete. */
  #member(member: TSESTree.MemberExpression, via: 'direct' | 'alias' | 'import-meta-env'): void {
    const key = staticKey(member.property, member.computed, () => this.#scope(member));
    if (!key) return;
    const expr = unwrapUp(member);
    const parent = expr.parent;
    let kind: EnvAccess['kind'] = 'read';
    let valueNode: Node | undefined;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === expr) {
      kind = 'write';
      // `+=` and the like write a value computed from the old one: a write whose value is unknown.
      if (VALUE_ASSIGNMENT_OPERATORS.has(parent.operator)) valueNode = parent.right;
    } else if (parent?.type === AST_NODE_TYPES.UpdateExpression) {
      kind = 'write';
    } else if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') {
      kind = 'delete';
    }
    // A computed key's literal, without TypeScript's wrappers (`['X' as const]`): where findings go and the rename edits.
    const property = member.computed ? unwrapDown(member.property) : member.property;
    const record = accessRecord(
      key.name,
      kind,
      'member',
      property,
      expr,
      (to) => (key.spelled ? renameKey(property, to) : undefined),
      valueNode,
      valueNode ? possibleStringValues(valueNode, this.#scope(valueNode)) : undefined,
    );
    if (kind === 'read') record.readForm = via === 'import-meta-env' ? via : key.spelled ? via : 'computed-key';
    this.#accesses.push(record);
  }

  /** `const { X, Y: y, Z = 'd', ...rest } = process.env` (rest is not a name). */
  #destructure(pattern: TSESTree.ObjectPattern): void {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = staticKey(property.key, property.computed, () => this.#scope(property));
      if (!key) continue;
      const defaultNode = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.right : undefined;
      const shorthandLocal = property.shorthand && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
      const keyNode = property.computed ? unwrapDown(property.key) : property.key;
      const record = accessRecord(
        key.name,
        'read',
        'destructuring',
        keyNode,
        property,
        (to) => (key.spelled ? renameKey(keyNode, to, shorthandLocal) : undefined),
        undefined,
        undefined,
        defaultNode,
      );
      record.readForm = 'destructuring';
      this.#accesses.push(record);
    }
  }

  /** `Object.assign(process.env, { X: '…' })`, `Object.defineProperty(process.env, 'X', { value: '…' })`. */
  #call(call: TSESTree.CallExpression): void {
    const scope = this.#scope(call);
    if (isObjectMethod(call.callee, 'assign', scope)) {
      for (const source of call.arguments.slice(1)) {
        if (source.type !== AST_NODE_TYPES.ObjectExpression) continue;
        for (const property of source.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const key = staticKey(property.key, property.computed, scope);
          if (!key) continue;
          const valueNode = property.value;
          const shorthandLocal = property.shorthand && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
          const keyNode = property.computed ? unwrapDown(property.key) : property.key;
          this.#accesses.push(
            accessRecord(
              key.name,
              'write',
              'object-assign',
              keyNode,
              property,
              (to) => (key.spelled ? renameKey(keyNode, to, shorthandLocal) : undefined),
              valueNode,
              possibleStringValues(valueNode, scope),
            ),
          );
        }
      }
    } else if (isObjectMethod(call.callee, 'defineProperty', scope)) {
      const [, keyNode, descriptor] = call.arguments;
      if (!keyNode || keyNode.type === AST_NODE_TYPES.SpreadElement) return;
      const key = staticKey(keyNode, true, scope);
      if (!key) return;
      let valueNode: Node | undefined;
      if (descriptor?.type === AST_NODE_TYPES.ObjectExpression) {
        for (const p of descriptor.properties) {
          if (p.type === AST_NODE_TYPES.Property && staticKey(p.key, p.computed, scope)?.name === 'value') valueNode = p.value;
        }
      }
      this.#accesses.push(
        accessRecord(
          key.name,
          'write',
          'define-property',
          keyNode,
          call,
          (to) => (key.spelled ? renameKey(keyNode, to) : undefined),
          valueNode,
          valueNode ? possibleStringValues(valueNode, scope) : undefined,
        ),
      );
    }
  }

  /**
   * Fills, for reads in a `??` / `||` chain, `fallbackAfter` (the reads on the left of it) and `fallbackTo` with
   * `fallbackPartners` (the reads on the right of it).
   */
  #linkFallbacks(): void {
    const accesses = this.#accesses;
    const within = (range: readonly [number, number], out: AccessRecord[]) => {
      for (const other of accesses) {
        if (other.kind === 'read' && other.expression.range[0] >= range[0] && other.expression.range[1] <= range[1]) out.push(other);
      }
    };
    for (const access of accesses) {
      if (access.kind !== 'read') continue;
      let child: Node = unwrapUp(access.expression);
      let parent = child.parent;
      if (parent?.type !== AST_NODE_TYPES.LogicalExpression) continue;
      const before: AccessRecord[] = [];
      const after: AccessRecord[] = [];
      while (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') {
        if (parent.right === child) within(parent.left.range, before);
        else within(parent.right.range, after);
        child = parent;
        parent = child.parent;
      }
      if (before.length > 0) access.fallbackAfter = before.map((a) => a.name);
      if (after.length > 0) {
        access.fallbackTo = after.map((a) => a.name);
        access.fallbackPartners = after;
      }
    }
  }
}

const cache = new WeakMap<object, FoundAccess[]>();

/** Where the source may write the `meta` of `import.meta` (comments may stand between the parts; a word `meta` elsewhere matches too: the node found there decides). */
const META_WORD = /\bmeta\b/g;

/**
 * The `import.meta` nodes of a file, found from the text instead of a listener on every file: only a file whose
 * text holds the word `meta` is looked at, and there only the nodes at those places (`getNodeByRangeIndex` descends
 * from the root along the nodes that contain the place).
 */
function metaPropertiesOf(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.MetaProperty[] {
  const text = sourceCode.text;
  if (!text.includes('meta')) return [];
  const found: TSESTree.MetaProperty[] = [];
  for (const match of text.matchAll(META_WORD)) {
    const node = sourceCode.getNodeByRangeIndex(match.index);
    const parent = node?.parent;
    if (
      node?.type === AST_NODE_TYPES.Identifier &&
      parent?.type === AST_NODE_TYPES.MetaProperty &&
      parent.property === node &&
      parent.meta.name === 'import'
    ) {
      found.push(parent);
    }
  }
  return found;
}

/**
 * Every environment-variable access of the file, in source order. Computed once per file and shared by all
 * rules (cached on the `SourceCode` object).
 * @param sourceCode the file's `context.sourceCode` (JavaScript or TypeScript)
 * @returns the accesses; empty for a file that mentions no `env`. Never throws on code that parses.
 */
export function findEnvAccesses(sourceCode: Readonly<TSESLint.SourceCode>): readonly FoundAccess[] {
  // ESLint runs every rule of a file before the next file: the last file's answer serves all but the first rule
  // without a probe of the weak map (whose table grows with every file linted until the next garbage collection).
  if (sourceCode === lastSourceCode) return lastAccesses;
  let accesses = cache.get(sourceCode);
  if (!accesses) {
    accesses = sourceCode.text.includes('env') ? new Finder(sourceCode).run(metaPropertiesOf(sourceCode)) : [];
    cache.set(sourceCode, accesses);
  }
  lastSourceCode = sourceCode;
  lastAccesses = accesses;
  return accesses;
}

let lastSourceCode: object | undefined;
let lastAccesses: readonly FoundAccess[] = [];

/**
 * Rule listeners that call `onAccesses` once per file with the file's accesses: at `Program:exit` for code. On a
 * `.env*` file (dotenv language) or a `package.json` (JSON language) they call it once at the exit of the root node
 * with the file's entries / script assignments as writes (`languages/file-accesses.ts`). One listener per rule:
 * every listener a rule registers costs ESLint work on every file.
 * @param context the rule context
 * @param onAccesses receives the file's accesses (possibly empty)
 */
export function envAccessListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onAccesses: (accesses: readonly FoundAccess[]) => void,
): TSESLint.RuleListener {
  return (
    fileAccessListeners(context, onAccesses) ?? {
      'Program:exit'() {
        onAccesses(findEnvAccesses(context.sourceCode));
      },
    }
  );
}
