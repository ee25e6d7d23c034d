/**
 * What the syntax around an env access tells the catalog's checks, in the TypeScript syntax tree: whether the
 * module is client code (`'use client'`), how a read reaches `process.env` (only direct reads are inlined by
 * Next.js), the literal fallbacks of a read, and what the code does with the value (evidence of a look-alike
 * mix-up). The same rules of evidence as the ESLint host (`eslint-plugin/src/util/access-context.ts`), so that
 * both report the same findings at the same places.
 *
 * Cost: only the few parents of each access are visited. Following a `const` that holds a value to its reads
 * (two hops at most) needs the identifiers of the file by name: one walk, done lazily, once per file version, and
 * only when a read of a name whose usages can matter in this file (`usageKindsFor` with the file's text) is stored in a
 * `const`.
 */
import { USAGE_LIBRARIES, catalog, usageKindsFor, type EnvAccess, type EnvUsage, type UsageKind } from '@flux-env/catalog';
import type * as TS from 'typescript';
import type { Access, EnvSyntax } from './syntax.js';

/** `Authorization` header values that carry a bearer token: `Bearer ` before the value. */
const BEARER = /^\s*bearer\s+$/iu;

/** A literal a read falls back to, with its node. */
interface Fallback {
  readonly value: string;
  readonly node: TS.Node;
}

/** A module binding: which module a local name was imported (or required) from, and what it names there. */
interface ImportedBinding {
  readonly module: string;
  /** `default`, `*` (namespace or `require()` result), or the exported name. */
  readonly imported: string;
}

/** The context fields of the accesses of one file (see `EnvAccess`), computed from a few parents of each. */
export class AccessContext {
  readonly #ts: typeof TS;
  readonly #syntax: EnvSyntax;
  readonly #sf: TS.SourceFile;
  /** Identifiers of the file by text: built on first need (references of a `const`), once per file version. */
  #identifiers: Map<string, TS.Identifier[]> | undefined;

  /**
   * @param ts the `typescript` module of the running tsserver
   * @param syntax the plugin's syntax queries (scope resolution, wrappers)
   * @param sf the file whose accesses get their context
   */
  constructor(ts: typeof TS, syntax: EnvSyntax, sf: TS.SourceFile) {
    this.#ts = ts;
    this.#syntax = syntax;
    this.#sf = sf;
  }

  /**
   * Adds `module` to every access and, to reads, `readForm` (in client modules only),
   * `fallbackValues` with their `fallbackNodes` (when there is one) and `usages` (only of the kinds `usageKindsFor` gives
   * for the name and the file's text, when there is one).
   * @param accesses the file's accesses (`EnvSyntax.allAccesses`), in source order
   * @returns new access objects, same order. Never throws on a syntax tree TypeScript produced.
   */
  add(accesses: readonly Access[]): Access[] {
    const module: EnvAccess['module'] = this.#syntax.isClientModule(this.#sf) ? 'client' : 'server';
    return accesses.map((access) => {
      if (access.kind !== 'read') return { ...access, module };
      const fallbacks = this.#fallbacksOf(access);
      // The read form matters only in client code (what Next.js inlines into the browser bundle).
      const readForm = module === 'client' ? this.#readFormOf(access) : undefined;
      // Only the usage kinds that can show a mix-up for the name, and whose evidence the file's text can hold.
      const kinds = usageKindsFor(access.name, catalog, this.#sf.text);
      const usages = kinds.size > 0 ? this.#usagesOf(access, accesses, kinds) : [];
      return {
        ...access,
        module,
        ...(readForm ? { readForm } : {}),
        ...(fallbacks.length > 0
          ? { fallbackValues: fallbacks.map((f) => f.value), fallbackNodes: fallbacks.map((f) => f.node) }
          : {}),
        ...(usages.length > 0 ? { usages } : {}),
      };
    });
  }

  // ---------------------------------------------------------------- small syntax helpers

  /** True when `parent` passes `child`'s value through unchanged: `(x)`, `x!`, `x as T`, `x satisfies T`, `<T>x`. */
  #isPassThrough(parent: TS.Node, child: TS.Node): boolean {
    const ts = this.#ts;
    return (
      (ts.isParenthesizedExpression(parent) ||
        ts.isNonNullExpression(parent) ||
        ts.isAsExpression(parent) ||
        ts.isSatisfiesExpression(parent) ||
        ts.isTypeAssertionExpression(parent)) &&
      parent.expression === child
    );
  }

  /** `a || b` or `a ?? b` (the operators whose right side is a fallback). */
  #isFallbackOperator(node: TS.Node): node is TS.BinaryExpression {
    const ts = this.#ts;
    return (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    );
  }

  /** Skips parentheses only (ESTree has none, so the ESLint host never sees them). */
  #skipParens(node: TS.Node): TS.Node {
    let current = node;
    while (this.#ts.isParenthesizedExpression(current)) current = current.expression;
    return current;
  }

  /** Climbs out of parentheses around `node`. */
  #upParens(node: TS.Node): TS.Node {
    let current = node;
    while (current.parent && this.#ts.isParenthesizedExpression(current.parent)) current = current.parent;
    return current;
  }

  /** The text of a string literal or substitution-free template (what ESTree calls a static string key). */
  #stringText(node: TS.Node | undefined): string | undefined {
    const ts = this.#ts;
    if (!node) return undefined;
    const inner = this.#skipParens(node);
    return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
  }

  /** The static name of a member access's key: `o.x`, `o['x']`. */
  #memberKey(node: TS.Node): string | undefined {
    const ts = this.#ts;
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    if (ts.isElementAccessExpression(node)) return this.#stringText(node.argumentExpression);
    return undefined;
  }

  /** The static name of an object property's key: `x`, `'x'`, `['x']`. */
  #propertyKey(name: TS.PropertyName): string | undefined {
    const ts = this.#ts;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
    if (ts.isComputedPropertyName(name)) return this.#stringText(name.expression);
    return undefined;
  }

  /** The name a callee is called by: `f` for `f()`, `m` for `o.m()`. */
  #calleeName(callee: TS.Node): string | undefined {
    if (this.#ts.isIdentifier(callee)) return callee.text;
    return this.#memberKey(callee);
  }

  // ---------------------------------------------------------------- read form

  /**
   * How a read reaches `process.env`; see `EnvAccess.readForm`. As in the ESLint host, a key the source does not
   * spell (`process.env[KEY]`, `` process.env[`A_${b}`] ``) is a `computed-key` read (`Access.spelled`).
   */
  #readFormOf(access: Access): EnvAccess['readForm'] {
    const ts = this.#ts;
    if (access.form === 'destructuring') return 'destructuring';
    // `access.node` is the key without its parentheses and type wrappers (`process.env[('X')]`, `['X' as const]`):
    // the member is above them.
    const key = this.#syntax.outer(access.node);
    const member = key.parent;
    if (
      !member ||
      !(
        (ts.isPropertyAccessExpression(member) && member.name === key) ||
        (ts.isElementAccessExpression(member) && member.argumentExpression === key)
      )
    ) {
      return undefined;
    }
    const object = this.#syntax.skipOuter(member.expression);
    if ((ts.isPropertyAccessExpression(object) || ts.isElementAccessExpression(object)) && ts.isMetaProperty(object.expression)) {
      return 'import-meta-env';
    }
    if (!access.spelled) return 'computed-key';
    if (this.#memberKey(object) === 'env') {
      const processNode = this.#syntax.skipOuter((object as TS.PropertyAccessExpression | TS.ElementAccessExpression).expression);
      if (ts.isIdentifier(processNode) && this.#syntax.isGlobal(processNode, 'process')) return 'direct';
    }
    return 'alias';
  }

  // ---------------------------------------------------------------- fallbacks

  /** String and number literals (and templates without substitutions) a node is, per branch of a conditional. */
  #literalFallbacks(node: TS.Node): Fallback[] {
    const ts = this.#ts;
    const inner = this.#syntax.skipOuter(node);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return [{ value: inner.text, node: inner }];
    if (ts.isNumericLiteral(inner)) return [{ value: String(Number(inner.text)), node: inner }];
    if (ts.isConditionalExpression(inner)) {
      return [...this.#literalFallbacks(inner.whenTrue), ...this.#literalFallbacks(inner.whenFalse)];
    }
    return [];
  }

  /** The literal fallbacks of a read: `?? 'x'`, `|| 'x'`, `{ X = 'x' }`, `c ? process.env.X : 'x'`. */
  #fallbacksOf(access: Access): Fallback[] {
    const ts = this.#ts;
    if (access.kind !== 'read') return [];
    if (access.form === 'destructuring') return access.defaultNode ? this.#literalFallbacks(access.defaultNode) : [];
    const found: Fallback[] = [];
    let current: TS.Node = access.expression;
    for (let parent = current.parent; parent; parent = current.parent) {
      if (this.#isPassThrough(parent, current)) {
        current = parent;
      } else if (this.#isFallbackOperator(parent)) {
        if (parent.left === current) found.push(...this.#literalFallbacks(parent.right));
        current = parent;
      } else if (ts.isConditionalExpression(parent) && (parent.whenTrue === current || parent.whenFalse === current)) {
        found.push(...this.#literalFallbacks(parent.whenTrue === current ? parent.whenFalse : parent.whenTrue));
        current = parent;
      } else {
        break;
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- references without a checker

  /** The identifiers of the file by text (one walk, on first need). */
  #identifiersNamed(name: string): readonly TS.Identifier[] {
    if (!this.#identifiers) {
      const ts = this.#ts;
      const map = new Map<string, TS.Identifier[]>();
      const visit = (node: TS.Node): void => {
        if (ts.isIdentifier(node)) {
          const list = map.get(node.text);
          if (list) list.push(node);
          else map.set(node.text, [node]);
        }
        ts.forEachChild(node, visit);
      };
      visit(this.#sf);
      this.#identifiers = map;
    }
    return this.#identifiers.get(name) ?? [];
  }

  /** Value references by name, then by the declaration they resolve to: each identifier resolved once per file. */
  readonly #referencesByName = new Map<string, Map<TS.Node, TS.Identifier[]>>();

  /** The references of a declaration (`const x = …`, a destructured binding): identifiers that resolve to it. */
  #referencesOf(declaration: TS.Node, name: TS.Identifier): TS.Identifier[] {
    let byDeclaration = this.#referencesByName.get(name.text);
    if (!byDeclaration) {
      byDeclaration = new Map();
      for (const id of this.#identifiersNamed(name.text)) {
        if (!this.#syntax.isValueReference(id)) continue;
        const resolved = this.#syntax.resolve(id);
        if (!resolved) continue;
        const list = byDeclaration.get(resolved);
        if (list) list.push(id);
        else byDeclaration.set(resolved, [id]);
      }
      this.#referencesByName.set(name.text, byDeclaration);
    }
    return (byDeclaration.get(declaration) ?? []).filter((id) => id !== name);
  }

  /** True when `declaration` (a variable declaration or a binding element in one) is declared with `const`. */
  #isConst(declaration: TS.Node): boolean {
    const ts = this.#ts;
    let node: TS.Node | undefined = declaration;
    while (node && (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node))) node = node.parent;
    if (!node || !ts.isVariableDeclaration(node)) return false;
    const list = node.parent;
    return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
  }

  /** The variable declaration a binding element belongs to (through nested patterns), or `undefined` (a parameter). */
  #rootDeclaration(element: TS.BindingElement): TS.VariableDeclaration | undefined {
    const ts = this.#ts;
    let node: TS.Node = element;
    while (node.parent && (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node))) node = node.parent;
    return ts.isVariableDeclaration(node) ? node : undefined;
  }

  // ---------------------------------------------------------------- usages

  /**
   * The nodes that carry the value of a read: the read itself climbed through pass-through wrappers, `??`/`||`,
   * conditionals and key-material calls (`USAGE_LIBRARIES.keyMaterialCalls`: `new TextEncoder().encode(x)`,
   * `Buffer.from(x)`, `createSecretKey(x)`), and, through a `const` that holds it, that constant's reads (two hops).
   */
  #valueSites(start: TS.Node, depth = 0, out: TS.Node[] = []): TS.Node[] {
    const ts = this.#ts;
    const keyMaterial: readonly string[] = USAGE_LIBRARIES.keyMaterialCalls;
    let current = start;
    for (let parent = current.parent; parent; parent = current.parent) {
      if (
        this.#isPassThrough(parent, current) ||
        this.#isFallbackOperator(parent) ||
        (ts.isConditionalExpression(parent) && parent.condition !== current) ||
        ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
          parent.arguments?.[0] === current &&
          keyMaterial.includes(this.#calleeName(parent.expression) ?? ''))
      ) {
        current = parent;
      } else {
        break;
      }
    }
    out.push(current);
    const parent = current.parent;
    if (depth < 2 && parent && ts.isVariableDeclaration(parent) && parent.initializer === current && ts.isIdentifier(parent.name) && this.#isConst(parent)) {
      for (const reference of this.#referencesOf(parent, parent.name)) this.#valueSites(reference, depth + 1, out);
    }
    return out;
  }

  /** The first nodes that carry a destructured read's value: the reads of its local binding. */
  #destructuredSites(access: Access): TS.Node[] {
    const ts = this.#ts;
    const element = access.expression;
    // `({ X } = process.env)` writes a variable declared elsewhere: the ESLint host's rule (a binding written
    // after its declaration carries no single value) gives no sites either.
    if (!ts.isBindingElement(element) || !ts.isIdentifier(element.name)) return [];
    const references = this.#referencesOf(element, element.name);
    if (!this.#isConst(element) && references.some((id) => this.#syntax.isWrite(id))) return [];
    const out: TS.Node[] = [];
    for (const reference of references) if (!this.#syntax.isWrite(reference)) this.#valueSites(reference, 1, out);
    return out;
  }

  /** `` `${v}/path` ``, `v + '/path'`, `new URL('/path', v)`: the literal text written right after the value. */
  #urlBasePath(site: TS.Node): string | undefined {
    const ts = this.#ts;
    const parent = site.parent;
    if (!parent) return undefined;
    if (ts.isTemplateSpan(parent) && parent.expression === site) {
      const template = parent.parent;
      if (template.templateSpans[0] === parent && template.head.text === '' && !ts.isTaggedTemplateExpression(template.parent)) {
        return parent.literal.text;
      }
      return undefined;
    }
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken && parent.left === site) {
      const right = this.#skipParens(parent.right);
      if (ts.isStringLiteral(right) || ts.isNoSubstitutionTemplateLiteral(right)) return right.text;
      if (ts.isTemplateExpression(right)) return right.head.text;
      return undefined;
    }
    if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'URL' && parent.arguments?.[1] === site) {
      const path = parent.arguments[0] && this.#skipParens(parent.arguments[0]);
      if (path && (ts.isStringLiteral(path) || ts.isNoSubstitutionTemplateLiteral(path))) return path.text;
      if (path && ts.isTemplateExpression(path)) return path.head.text;
    }
    return undefined;
  }

  /** `require('m')`: the module specifier. */
  #requireSource(node: TS.Node | undefined): string | undefined {
    const ts = this.#ts;
    const call = node ? this.#syntax.skipOuter(node) : undefined;
    if (call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'require') {
      const [arg] = call.arguments;
      if (arg && ts.isStringLiteral(arg)) return arg.text;
    }
    return undefined;
  }

  /** Where the identifier's binding comes from, when it is an import or a `require()`. */
  #importOf(id: TS.Identifier): ImportedBinding | undefined {
    const ts = this.#ts;
    const decl = this.#syntax.resolve(id);
    if (!decl) return undefined;
    const moduleOf = (declaration: TS.ImportDeclaration | TS.JSDocImportTag): string | undefined =>
      ts.isImportDeclaration(declaration) && ts.isStringLiteral(declaration.moduleSpecifier) ? declaration.moduleSpecifier.text : undefined;
    if (ts.isImportClause(decl)) {
      const module = moduleOf(decl.parent);
      return module === undefined ? undefined : { module, imported: 'default' };
    }
    if (ts.isNamespaceImport(decl)) {
      const module = moduleOf(decl.parent.parent);
      return module === undefined ? undefined : { module, imported: '*' };
    }
    if (ts.isImportSpecifier(decl)) {
      const module = moduleOf(decl.parent.parent.parent);
      return module === undefined ? undefined : { module, imported: (decl.propertyName ?? decl.name).text };
    }
    if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name)) {
      const module = this.#requireSource(decl.initializer);
      return module === undefined ? undefined : { module, imported: '*' };
    }
    if (ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && ts.isVariableDeclaration(decl.parent.parent)) {
      const module = this.#requireSource(decl.parent.parent.initializer);
      const key = decl.propertyName ?? decl.name;
      const imported = ts.isIdentifier(key) ? key.text : ts.isPropertyName(key) ? this.#propertyKey(key) : undefined;
      return module === undefined || imported === undefined ? undefined : { module, imported };
    }
    return undefined;
  }

  #isAuthjsModule(module: string): boolean {
    return (
      (USAGE_LIBRARIES.authjsModules as readonly string[]).includes(module) ||
      USAGE_LIBRARIES.authjsModulePrefixes.some((prefix) => module.startsWith(prefix))
    );
  }

  /** `jwt.sign(payload, v)` (jsonwebtoken) or `new SignJWT(…)….sign(v)` (jose): the signing library. */
  #jwtSigningLibrary(site: TS.Node): string | undefined {
    const ts = this.#ts;
    const call = site.parent;
    if (!call || !ts.isCallExpression(call)) return undefined;
    const callee = this.#syntax.skipOuter(call.expression);
    const { jsonwebtoken, jose } = USAGE_LIBRARIES.jwtSigners;
    const sign = USAGE_LIBRARIES.jsonwebtokenSign;
    const { className, method } = USAGE_LIBRARIES.joseSigner;
    if (call.arguments[1] === site) {
      if (ts.isIdentifier(callee)) {
        const binding = this.#importOf(callee);
        if (binding?.module === jsonwebtoken && binding.imported === sign) return jsonwebtoken;
      }
      if (this.#memberKey(callee) === sign) {
        const object = this.#syntax.skipOuter((callee as TS.PropertyAccessExpression).expression);
        if (ts.isIdentifier(object) && this.#importOf(object)?.module === jsonwebtoken) return jsonwebtoken;
      }
    }
    if (call.arguments[0] === site && this.#memberKey(callee) === method) {
      // Walk down the builder chain `new SignJWT(…).setX(…).setY(…)` to its `new`.
      let object = this.#syntax.skipOuter((callee as TS.PropertyAccessExpression).expression);
      for (let i = 0; i < 30 && ts.isCallExpression(object); i++) {
        const inner = this.#syntax.skipOuter(object.expression);
        if (!ts.isPropertyAccessExpression(inner) && !ts.isElementAccessExpression(inner)) break;
        object = this.#syntax.skipOuter(inner.expression);
      }
      if (ts.isNewExpression(object)) {
        const ctor = this.#syntax.skipOuter(object.expression);
        if (ts.isIdentifier(ctor)) {
          const binding = this.#importOf(ctor);
          if (binding?.module === jose && binding.imported === className) return jose;
        }
        if (this.#memberKey(ctor) === className) {
          const ns = this.#syntax.skipOuter((ctor as TS.PropertyAccessExpression).expression);
          if (ts.isIdentifier(ns) && this.#importOf(ns)?.module === jose) return jose;
        }
      }
    }
    return undefined;
  }

  #typeNameOf(type: TS.TypeNode | undefined): string | undefined {
    const ts = this.#ts;
    if (!type || !ts.isTypeReferenceNode(type)) return undefined;
    return ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  }

  /** `NextAuth({ secret: v })`, `{ secret: v } satisfies NextAuthConfig`: the Auth.js module (or `Auth.js`). */
  #authjsSecretLibrary(site: TS.Node): string | undefined {
    const ts = this.#ts;
    const property = site.parent;
    if (!property) return undefined;
    let key: string | undefined;
    if (ts.isPropertyAssignment(property) && property.initializer === site) key = this.#propertyKey(property.name);
    else if (ts.isShorthandPropertyAssignment(property) && property.name === site) key = property.name.text;
    if (key !== USAGE_LIBRARIES.authjsSecretOption) return undefined;
    const object = (property as TS.PropertyAssignment).parent;
    if (!ts.isObjectLiteralExpression(object)) return undefined;
    const configTypes: readonly string[] = USAGE_LIBRARIES.authjsConfigTypes;
    let holder: TS.Node = this.#upParens(object);
    // `NextAuth(() => ({ … }))`: an arrow that returns the object directly.
    if (holder.parent && ts.isArrowFunction(holder.parent) && holder.parent.body === holder) holder = this.#upParens(holder.parent);
    while (holder.parent && this.#isPassThrough(holder.parent, holder)) {
      const wrapper: TS.Node = holder.parent;
      if (ts.isSatisfiesExpression(wrapper) || ts.isAsExpression(wrapper)) {
        const type = this.#typeNameOf(wrapper.type);
        if (type && configTypes.includes(type)) return 'Auth.js';
      }
      holder = wrapper;
    }
    const parent = holder.parent;
    if (parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(holder as TS.Expression)) {
      let callee = this.#syntax.skipOuter(parent.expression);
      if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) callee = this.#syntax.skipOuter(callee.expression);
      if (ts.isIdentifier(callee)) {
        const binding = this.#importOf(callee);
        if (binding && this.#isAuthjsModule(binding.module)) return binding.module;
      }
    }
    if (parent && ts.isVariableDeclaration(parent) && parent.initializer === holder && ts.isIdentifier(parent.name)) {
      const type = this.#typeNameOf(parent.type);
      if (type && configTypes.includes(type)) return 'Auth.js';
    }
    return undefined;
  }

  /** `headers: { Authorization: `Bearer ${v}` }` in `fetch(url, init)`: the request's URL argument. */
  #bearerRequestUrl(site: TS.Node): TS.Node | undefined {
    const ts = this.#ts;
    let header: TS.Node | undefined;
    const parent = site.parent;
    if (parent && ts.isTemplateSpan(parent) && parent.expression === site) {
      const template = parent.parent;
      if (template.templateSpans.length === 1 && BEARER.test(template.head.text)) header = template;
    } else if (parent && ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken && parent.right === site) {
      const left = this.#skipParens(parent.left);
      if (ts.isStringLiteral(left) && BEARER.test(left.text)) header = parent;
    }
    if (!header) return undefined;
    while (header.parent && this.#isPassThrough(header.parent, header)) header = header.parent;
    const property = header.parent;
    if (!property || !ts.isPropertyAssignment(property) || property.initializer !== header) return undefined;
    if (this.#propertyKey(property.name)?.toLowerCase() !== 'authorization') return undefined;
    const headers = this.#upParens(property.parent);
    const headersProperty = headers.parent;
    if (!headersProperty || !ts.isPropertyAssignment(headersProperty) || this.#propertyKey(headersProperty.name) !== 'headers') {
      return undefined;
    }
    const init = this.#upParens(headersProperty.parent);
    const call = init.parent;
    if (call && (ts.isCallExpression(call) || ts.isNewExpression(call)) && (call.arguments?.indexOf(init as TS.Expression) ?? -1) > 0) {
      return call.arguments![0];
    }
    return undefined;
  }

  /** Identifiers that make up a URL expression: the expression itself, template parts, `+`, `||`, `??`, `&&` operands. */
  #urlParts(node: TS.Node, out: TS.Identifier[] = []): TS.Identifier[] {
    const ts = this.#ts;
    const inner = this.#syntax.skipOuter(node);
    if (ts.isIdentifier(inner)) out.push(inner);
    else if (ts.isTemplateExpression(inner)) for (const span of inner.templateSpans) this.#urlParts(span.expression, out);
    else if (
      ts.isBinaryExpression(inner) &&
      (inner.operatorToken.kind === ts.SyntaxKind.PlusToken ||
        inner.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
        inner.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        inner.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    ) {
      this.#urlParts(inner.left, out);
      this.#urlParts(inner.right, out);
    }
    return out;
  }

  /**
   * The names read (per `accesses`) inside `node`, inside the `const` initialiser of an identifier it is built from,
   * or through a destructured binding it is built from (`const { FLUX_URL } = process.env; fetch(`${FLUX_URL}/x`)`).
   */
  #readsWithin(node: TS.Node, accesses: readonly Access[]): string[] {
    const ts = this.#ts;
    const sf = this.#sf;
    const ranges: (readonly [number, number])[] = [[node.getStart(sf), node.end]];
    const bindings = new Set<TS.Node>();
    let parts = this.#urlParts(node);
    for (let hop = 0; hop < 2 && parts.length > 0; hop++) {
      const next: TS.Identifier[] = [];
      for (const id of parts) {
        const decl = this.#syntax.resolve(id);
        if (decl && ts.isBindingElement(decl) && this.#rootDeclaration(decl)) bindings.add(decl);
        if (!decl || !ts.isVariableDeclaration(decl)) continue;
        bindings.add(decl);
        if (decl.initializer && ts.isIdentifier(decl.name)) {
          ranges.push([decl.initializer.getStart(sf), decl.initializer.end]);
          this.#urlParts(decl.initializer, next);
        }
      }
      parts = next;
    }
    return accesses
      .filter((a) => {
        if (a.kind !== 'read') return false;
        const start = a.node.getStart(sf);
        if (ranges.some(([from, to]) => start >= from && a.node.end <= to)) return true;
        return a.form === 'destructuring' && bindings.has(a.expression);
      })
      .map((a) => a.name);
  }

  #usagesOf(access: Access, accesses: readonly Access[], kinds: ReadonlySet<UsageKind>): EnvUsage[] {
    if (access.kind !== 'read') return [];
    const sites = access.form === 'destructuring' ? this.#destructuredSites(access) : this.#valueSites(access.expression);
    const usages: EnvUsage[] = [];
    for (const site of sites) {
      if (kinds.has('url-base')) {
        const path = this.#urlBasePath(site);
        if (path) usages.push({ kind: 'url-base', path });
      }
      if (kinds.has('jwt-signing-key')) {
        const signer = this.#jwtSigningLibrary(site);
        if (signer) usages.push({ kind: 'jwt-signing-key', library: signer });
      }
      if (kinds.has('auth-library-secret')) {
        const auth = this.#authjsSecretLibrary(site);
        if (auth) usages.push({ kind: 'auth-library-secret', library: auth });
      }
      if (kinds.has('bearer-token')) {
        const url = this.#bearerRequestUrl(site);
        if (url) usages.push({ kind: 'bearer-token', requestUrlReads: this.#readsWithin(url, accesses) });
      }
    }
    return usages;
  }
}
