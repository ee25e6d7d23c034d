/**
 * What the syntax around an env access tells the catalog's checks: whether the module is client code
 * (`'use client'`), the literal fallbacks of a read, and what the code does with the value (evidence of a
 * look-alike mix-up). How a read reaches `process.env` (`readForm`) the finder records as it finds the read.
 *
 * Only the few parents of each access are visited (and the references of a `const` that holds the value, two
 * hops at most): never a whole-file walk per access.
 */
import { HOST_FACTS, USAGE_LIBRARIES, catalog, usageKindsFor, type EnvUsage, type UsageKind } from '@flux-env/catalog';
import type { TSESTree } from '@typescript-eslint/types';
import { AST_NODE_TYPES, findVariable } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import type { FoundAccess } from './env-accesses.js';
import type { AccessRecord } from './access-record.js';
import { isPassThrough, keyName, unwrapDown } from './ast.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * True when the module's directive prologue holds the client directive (`HOST_FACTS.clientDirective`, `'use client'`). Comments before it do not matter; a
 * `'use client'` string after the first statement is not a directive.
 * @param program the file's `Program` node
 */
export function hasUseClientDirective(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string') return false;
    if (statement.directive === HOST_FACTS.clientDirective) return true;
  }
  return false;
}

/** The name a callee is called by: `f` for `f()`, `m` for `o.m()`. */
function calleeName(callee: Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return keyName(callee.property, callee.computed);
  return undefined;
}

/** A literal a read falls back to, with its node. */
interface Fallback {
  readonly value: string;
  readonly node: Node;
}

/** String and number literals (and templates without substitutions) a node is, per branch of a conditional. */
function literalFallbacks(node: Node): Fallback[] {
  const inner = unwrapDown(node);
  if (inner.type === AST_NODE_TYPES.Literal && (typeof inner.value === 'string' || typeof inner.value === 'number')) {
    return [{ value: String(inner.value), node: inner }];
  }
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) {
    return [{ value: inner.quasis[0]?.value.cooked ?? '', node: inner }];
  }
  if (inner.type === AST_NODE_TYPES.ConditionalExpression) {
    return [...literalFallbacks(inner.consequent), ...literalFallbacks(inner.alternate)];
  }
  return [];
}

/** The literal fallbacks of a read: `?? 'x'`, `|| 'x'`, `{ X = 'x' }`, `c ? process.env.X : 'x'`. */
function fallbacksOf(access: FoundAccess): Fallback[] {
  if (access.kind !== 'read') return [];
  if (access.form === 'destructuring') return access.defaultNode ? literalFallbacks(access.defaultNode) : [];
  const found: Fallback[] = [];
  let current: Node = access.expression;
  for (let parent = current.parent; parent; parent = current.parent) {
    if (isPassThrough(parent, current)) {
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') {
      if (parent.left === current) found.push(...literalFallbacks(parent.right));
      current = parent;
    } else if (
      parent.type === AST_NODE_TYPES.ConditionalExpression &&
      (parent.consequent === current || parent.alternate === current)
    ) {
      found.push(...literalFallbacks(parent.consequent === current ? parent.alternate : parent.consequent));
      current = parent;
    } else {
      break;
    }
  }
  return found;
}

/** A module binding: which module a local name was imported (or required) from, and what it names there. */
interface ImportedBinding {
  readonly module: string;
  /** `default`, `*` (namespace or `require()` result), or the exported name. */
  readonly imported: string;
}

function requireSource(node: Node | null | undefined): string | undefined {
  const call = node ? unwrapDown(node) : undefined;
  if (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'require' &&
    call.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof call.arguments[0].value === 'string'
  ) {
    return call.arguments[0].value;
  }
  return undefined;
}

/** Where the identifier's binding comes from, when it is an import or a `require()`. */
function importOf(id: TSESTree.Identifier, sourceCode: SourceCode): ImportedBinding | undefined {
  const variable = findVariable(sourceCode.getScope(id), id);
  const def = variable?.defs[0];
  if (!def) return undefined;
  if (def.type === 'ImportBinding') {
    const specifier = def.node;
    const declaration = specifier.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const module = declaration.source.value;
    if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { module, imported: 'default' };
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { module, imported: '*' };
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      return { module, imported };
    }
    return undefined;
  }
  if (def.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator) {
    const module = requireSource(def.node.init);
    if (module === undefined) return undefined;
    if (def.node.id.type === AST_NODE_TYPES.Identifier) return { module, imported: '*' };
    if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of def.node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (value === def.name) {
          const imported = keyName(property.key, property.computed);
          return imported === undefined ? undefined : { module, imported };
        }
      }
    }
  }
  return undefined;
}

function isAuthjsModule(module: string): boolean {
  return (
    (USAGE_LIBRARIES.authjsModules as readonly string[]).includes(module) ||
    USAGE_LIBRARIES.authjsModulePrefixes.some((prefix) => module.startsWith(prefix))
  );
}

/** Calls that turn a secret string into key material without changing which secret it is (from the catalog). */
const KEY_WRAPPERS: ReadonlySet<string> = new Set(USAGE_LIBRARIES.keyMaterialCalls);

/**
 * The nodes that carry the value of a read: the read itself climbed through pass-through wrappers, `??`/`||`,
 * conditionals and key-material wrappers (`new TextEncoder().encode(x)`, `Buffer.from(x)`, `createSecretKey(x)`),
 * and, through a `const` that holds it, that constant's reads (two hops at most).
 */
function valueSites(start: Node, sourceCode: SourceCode, depth = 0, out: Node[] = []): Node[] {
  let current = start;
  for (let parent = current.parent; parent; parent = current.parent) {
    if (
      isPassThrough(parent, current) ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
      ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
        parent.arguments[0] === current &&
        KEY_WRAPPERS.has(calleeName(parent.callee) ?? ''))
    ) {
      current = parent;
    } else {
      break;
    }
  }
  out.push(current);
  const parent = current.parent;
  if (
    depth < 2 &&
    parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === current &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.parent?.type === AST_NODE_TYPES.VariableDeclaration &&
    parent.parent.kind === 'const'
  ) {
    const variable = sourceCode.scopeManager?.getDeclaredVariables(parent).find((v) => v.name === (parent.id as TSESTree.Identifier).name);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead() && reference.identifier !== parent.id) valueSites(reference.identifier, sourceCode, depth + 1, out);
    }
  }
  return out;
}

/** The first nodes that carry a destructured read's value: the references of its local binding. */
function destructuredSites(access: FoundAccess, sourceCode: SourceCode): Node[] {
  const property = access.expression;
  if (property.type !== AST_NODE_TYPES.Property) return [];
  const target = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
  if (target.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = findVariable(sourceCode.getScope(target), target);
  if (!variable || variable.references.some((r) => r.isWrite() && !r.init)) return [];
  const out: Node[] = [];
  for (const reference of variable.references) {
    if (reference.isRead()) valueSites(reference.identifier, sourceCode, 1, out);
  }
  return out;
}

/** `` `${v}/path` ``, `v + '/path'`, `new URL('/path', v)`: the literal text written right after the value. */
function urlBasePath(site: Node): string | undefined {
  const parent = site.parent;
  if (!parent) return undefined;
  if (
    parent.type === AST_NODE_TYPES.TemplateLiteral &&
    parent.expressions[0] === site &&
    parent.quasis[0]?.value.cooked === '' &&
    parent.parent?.type !== AST_NODE_TYPES.TaggedTemplateExpression
  ) {
    return parent.quasis[1]?.value.cooked ?? undefined;
  }
  if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+' && parent.left === site) {
    const right = parent.right;
    if (right.type === AST_NODE_TYPES.Literal && typeof right.value === 'string') return right.value;
    if (right.type === AST_NODE_TYPES.TemplateLiteral) return right.quasis[0]?.value.cooked ?? undefined;
    return undefined;
  }
  if (
    parent.type === AST_NODE_TYPES.NewExpression &&
    parent.callee.type === AST_NODE_TYPES.Identifier &&
    parent.callee.name === 'URL' &&
    parent.arguments[1] === site
  ) {
    const path = parent.arguments[0];
    if (path?.type === AST_NODE_TYPES.Literal && typeof path.value === 'string') return path.value;
    if (path?.type === AST_NODE_TYPES.TemplateLiteral) return path.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** `jwt.sign(payload, v)` (jsonwebtoken) or `new SignJWT(…)….sign(v)` (jose): the signing library. */
function jwtSigningLibrary(site: Node, sourceCode: SourceCode): string | undefined {
  const call = site.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapDown(call.callee);
  const { jsonwebtoken, jose } = USAGE_LIBRARIES.jwtSigners;
  const { jsonwebtokenSign, joseSigner } = USAGE_LIBRARIES;
  if (call.arguments[1] === site) {
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const binding = importOf(callee, sourceCode);
      if (binding?.module === jsonwebtoken && binding.imported === jsonwebtokenSign) return jsonwebtoken;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && keyName(callee.property, callee.computed) === jsonwebtokenSign) {
      const object = unwrapDown(callee.object);
      if (object.type === AST_NODE_TYPES.Identifier && importOf(object, sourceCode)?.module === jsonwebtoken) return jsonwebtoken;
    }
  }
  if (
    call.arguments[0] === site &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    keyName(callee.property, callee.computed) === joseSigner.method
  ) {
    // Walk down the builder chain `new SignJWT(…).setX(…).setY(…)` to its `new`.
    let object = unwrapDown(callee.object);
    for (let i = 0; i < 30 && object.type === AST_NODE_TYPES.CallExpression; i++) {
      const inner = unwrapDown(object.callee);
      if (inner.type !== AST_NODE_TYPES.MemberExpression) break;
      object = unwrapDown(inner.object);
    }
    if (object.type === AST_NODE_TYPES.NewExpression) {
      const ctor = unwrapDown(object.callee);
      if (ctor.type === AST_NODE_TYPES.Identifier) {
        const binding = importOf(ctor, sourceCode);
        if (binding?.module === jose && binding.imported === joseSigner.className) return jose;
      }
      if (ctor.type === AST_NODE_TYPES.MemberExpression && keyName(ctor.property, ctor.computed) === joseSigner.className) {
        const ns = unwrapDown(ctor.object);
        if (ns.type === AST_NODE_TYPES.Identifier && importOf(ns, sourceCode)?.module === jose) return jose;
      }
    }
  }
  return undefined;
}

function typeNameOf(annotation: TSESTree.TypeNode | undefined): string | undefined {
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = annotation.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return name.name;
  if (name.type === AST_NODE_TYPES.TSQualifiedName) return name.right.name;
  return undefined;
}

/** `NextAuth({ secret: v })`, `{ secret: v } satisfies NextAuthConfig`: the Auth.js module (or `Auth.js`). */
function authjsSecretLibrary(site: Node, sourceCode: SourceCode): string | undefined {
  const property = site.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== site) return undefined;
  if (keyName(property.key, property.computed) !== USAGE_LIBRARIES.authjsSecretOption) return undefined;
  const object = property.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  let holder: Node = object;
  // `NextAuth(() => ({ … }))`, `NextAuth(async (req) => { return { … } })` are not followed: only the direct object
  // and an arrow that returns it.
  if (holder.parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && holder.parent.body === holder) holder = holder.parent;
  while (holder.parent && isPassThrough(holder.parent, holder)) {
    const wrapper: Node = holder.parent;
    if (wrapper.type === AST_NODE_TYPES.TSSatisfiesExpression || wrapper.type === AST_NODE_TYPES.TSAsExpression) {
      const type = typeNameOf(wrapper.typeAnnotation);
      if (type && (USAGE_LIBRARIES.authjsConfigTypes as readonly string[]).includes(type)) return 'Auth.js';
    }
    holder = wrapper;
  }
  const parent = holder.parent;
  if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(holder as TSESTree.CallExpressionArgument)) {
    let callee = unwrapDown(parent.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) callee = unwrapDown(callee.object);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const binding = importOf(callee, sourceCode);
      if (binding && isAuthjsModule(binding.module)) return binding.module;
    }
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder && parent.id.type === AST_NODE_TYPES.Identifier) {
    const type = typeNameOf(parent.id.typeAnnotation?.typeAnnotation);
    if (type && (USAGE_LIBRARIES.authjsConfigTypes as readonly string[]).includes(type)) return 'Auth.js';
  }
  return undefined;
}

const BEARER = /^\s*bearer\s+$/iu;

/** `headers: { Authorization: `Bearer ${v}` }` in `fetch(url, init)`: the request's URL argument. */
function bearerRequestUrl(site: Node): Node | undefined {
  let header: Node | undefined;
  const parent = site.parent;
  if (parent?.type === AST_NODE_TYPES.TemplateLiteral) {
    const index = parent.expressions.indexOf(site as TSESTree.Expression);
    if (index === 0 && BEARER.test(parent.quasis[0]?.value.cooked ?? '') && parent.expressions.length === 1) header = parent;
  } else if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+' && parent.right === site) {
    const left = parent.left;
    if (left.type === AST_NODE_TYPES.Literal && typeof left.value === 'string' && BEARER.test(left.value)) header = parent;
  }
  if (!header) return undefined;
  while (header.parent && isPassThrough(header.parent, header)) header = header.parent;
  const property = header.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== header) return undefined;
  if (keyName(property.key, property.computed)?.toLowerCase() !== 'authorization') return undefined;
  const headers = property.parent;
  const headersProperty = headers?.parent;
  if (headersProperty?.type !== AST_NODE_TYPES.Property || keyName(headersProperty.key, headersProperty.computed) !== 'headers') {
    return undefined;
  }
  const init = headersProperty.parent;
  const call = init?.parent;
  if (
    (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) &&
    call.arguments.indexOf(init as TSESTree.CallExpressionArgument) > 0
  ) {
    return call.arguments[0];
  }
  return undefined;
}

/** Identifiers that make up a URL expression: the expression itself, template parts, `+` operands. */
function urlParts(node: Node, out: TSESTree.Identifier[] = []): TSESTree.Identifier[] {
  const inner = unwrapDown(node);
  if (inner.type === AST_NODE_TYPES.Identifier) out.push(inner);
  else if (inner.type === AST_NODE_TYPES.TemplateLiteral) for (const e of inner.expressions) urlParts(e, out);
  else if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+') {
    urlParts(inner.left, out);
    urlParts(inner.right, out);
  } else if (inner.type === AST_NODE_TYPES.LogicalExpression) {
    urlParts(inner.left, out);
    urlParts(inner.right, out);
  }
  return out;
}

/**
 * The names read (per `accesses`) inside `node`, inside the `const` initialiser of an identifier it is built from,
 * or through a destructured binding it is built from (`const { FLUX_URL } = process.env; fetch(`${FLUX_URL}/x`)`).
 */
function readsWithin(node: Node, accesses: readonly FoundAccess[], sourceCode: SourceCode): string[] {
  const ranges: (readonly [number, number])[] = [node.range];
  const bindings = new Set<Node>();
  // The URL expression, and the initialisers of the constants it is built from (two hops at most).
  let parts = urlParts(node);
  for (let hop = 0; hop < 2 && parts.length > 0; hop++) {
    const next: TSESTree.Identifier[] = [];
    for (const id of parts) {
      const def = findVariable(sourceCode.getScope(id), id)?.defs[0];
      if (def?.type !== 'Variable') continue;
      bindings.add(def.name);
      if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && def.node.id.type === AST_NODE_TYPES.Identifier) {
        ranges.push(def.node.init.range);
        urlParts(def.node.init, next);
      }
    }
    parts = next;
  }
  return accesses
    .filter((a) => {
      if (a.kind !== 'read') return false;
      if (ranges.some(([start, end]) => a.node.range[0] >= start && a.node.range[1] <= end)) return true;
      if (a.form !== 'destructuring' || a.expression.type !== AST_NODE_TYPES.Property) return false;
      const value = a.expression.value;
      const target = value.type === AST_NODE_TYPES.AssignmentPattern ? value.left : value;
      return bindings.has(target);
    })
    .map((a) => a.name);
}

/**
 * The usages of a read, of the kinds given (`usageKindsFor`): only those are looked for, since each costs scope
 * lookups at every place the value reaches.
 */
function usagesOf(
  access: FoundAccess,
  accesses: readonly FoundAccess[],
  sourceCode: SourceCode,
  kinds: ReadonlySet<UsageKind>,
): EnvUsage[] {
  if (access.kind !== 'read') return [];
  const sites = access.form === 'destructuring' ? destructuredSites(access, sourceCode) : valueSites(access.expression, sourceCode);
  const usages: EnvUsage[] = [];
  for (const site of sites) {
    if (kinds.has('url-base')) {
      const path = urlBasePath(site);
      if (path) usages.push({ kind: 'url-base', path });
    }
    if (kinds.has('jwt-signing-key')) {
      const signer = jwtSigningLibrary(site, sourceCode);
      if (signer) usages.push({ kind: 'jwt-signing-key', library: signer });
    }
    if (kinds.has('auth-library-secret')) {
      const auth = authjsSecretLibrary(site, sourceCode);
      if (auth) usages.push({ kind: 'auth-library-secret', library: auth });
    }
    if (kinds.has('bearer-token')) {
      const url = bearerRequestUrl(site);
      if (url) usages.push({ kind: 'bearer-token', requestUrlReads: readsWithin(url, accesses, sourceCode) });
    }
  }
  return usages;
}

/**
 * Fills the context fields of `EnvAccess` (`module`, `fallbackValues` with their `fallbackNodes`, `usages`) of the
 * accesses of one file, in place (see `access-record.ts`).
 * @param accesses the file's access records, in source order
 * @param sourceCode the file's `SourceCode`
 * @returns the same array, the records now complete. Never throws on code that parses.
 */
export function withAccessContext(accesses: AccessRecord[], sourceCode: SourceCode): FoundAccess[] {
  if (accesses.length === 0) return accesses;
  const module = hasUseClientDirective(sourceCode.ast) ? 'client' : 'server';
  for (const access of accesses) {
    access.module = module;
    if (access.kind !== 'read') continue;
    const fallbacks = fallbacksOf(access);
    if (fallbacks.length > 0) {
      access.fallbackValues = fallbacks.map((f) => f.value);
      access.fallbackNodes = fallbacks.map((f) => f.node);
    }
    // Only the kinds whose evidence this file's text can hold (most files have none of the mix-ups' evidence).
    const kinds = usageKindsFor(access.name, catalog, sourceCode.text);
    if (kinds.size > 0) {
      const usages = usagesOf(access, accesses, sourceCode, kinds);
      if (usages.length > 0) access.usages = usages;
    }
  }
  return accesses;
}
