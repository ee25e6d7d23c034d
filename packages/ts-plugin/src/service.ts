/**
 * What the plugin adds to each language-service answer: hover docs, completions, diagnostics and code fixes
 * for environment-variable names. Every method takes TypeScript's own answer (`prior`) and returns it with
 * additions; the guard in `index.ts` returns `prior` unchanged when a method throws.
 *
 * The catalog knows, the plugin looks: names, docs, findings, fixes and labels all come from
 * `@flux-env/catalog`; this file only finds the syntax at the cursor and converts.
 */
import {
  EDITOR_LABELS,
  FINDING_KINDS,
  FIX_MESSAGES,
  analyzeAccess,
  analyzeNextConfigEntry,
  catalog,
  isNextConfigFileName,
  renderMessage,
  renderShortLabel,
  renderVariableDocs,
  type Finding,
} from '@flux-env/catalog';
import type * as TS from 'typescript';
import { AccessContext } from './context.js';
import type { PluginOptions } from './options.js';
import { EnvSyntax, type Access, type PublicOptionObject } from './syntax.js';

/** The `source` of every diagnostic the plugin reports. */
export const DIAGNOSTIC_SOURCE = 'flux-env';

/** The tsserver codes of every finding kind: what `getSupportedCodeFixes` adds and `getCodeFixesAtPosition` answers. */
export const FINDING_CODES: readonly number[] = Object.values(FINDING_KINDS).map((kind) => kind.code);

/** Sort texts of catalog completions: browser-exposed names first in client code, legacy aliases last. */
export const SORT_TEXT = { public: '10', name: '11', secret: '12', alias: 'z11' } as const;

/**
 * The last segment of a file name as tsserver gives it (`/app/next.config.mjs` → `next.config.mjs`): tsserver's names
 * always use `/`, on Windows too.
 * @param fileName a file name of the program
 * @returns the text after the last `/`; the whole name when there is none
 */
function fileBaseName(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1);
}

/** A name's rendered docs, and their first line (how a hover tells that the docs are already there). */
interface Docs {
  readonly text: string;
  readonly firstLine: string;
}

/** Rendered docs by name: the catalog is immutable, so each name is rendered once per process. */
const docsCache = new Map<string, Docs | undefined>();

/** `renderVariableDocs(name)` and its first line, memoised; `undefined` for a name the catalog does not document. */
function docsOf(name: string): Docs | undefined {
  if (!docsCache.has(name)) {
    const text = renderVariableDocs(name);
    docsCache.set(name, text === undefined ? undefined : { text, firstLine: text.split('\n')[0]! });
  }
  return docsCache.get(name);
}

/**
 * What a catalog completion entry carries besides its name, fixed per name and module kind (see `entryTemplates`).
 * `kindModifiers` is `''` unless the name is a legacy alias: the protocol makes it optional, but TypeScript always
 * sends it and clients rely on it (`entry.kindModifiers.split(',')`).
 */
interface EntryTemplate {
  readonly name: string;
  readonly kindModifiers: string;
  readonly sortText: string;
  readonly labelDetails: Readonly<TS.CompletionEntryLabelDetails>;
}

/** The catalog's completion templates for server modules (`[0]`) and `'use client'` modules (`[1]`), built on first use. */
const templateCache: (readonly EntryTemplate[] | undefined)[] = [undefined, undefined];

/**
 * Every catalog name as a completion template for one module kind, in catalog order (canonical names, then
 * aliases): its sort text (browser-exposed names first in client code, secrets after other names, legacy aliases
 * last), the `deprecated` modifier of an alias, and the catalog's short label (`renderShortLabel`). Built once
 * per process and module kind: the catalog is immutable.
 * @param deprecated TypeScript's `ScriptElementKindModifier.deprecatedModifier` (`"deprecated"`)
 * @param clientModule true for a `'use client'` module
 */
function entryTemplates(deprecated: string, clientModule: boolean): readonly EntryTemplate[] {
  const index = clientModule ? 1 : 0;
  let templates = templateCache[index];
  if (!templates) {
    templates = catalog.names().map((name): EntryTemplate => {
      const found = catalog.lookup(name)!;
      const alias = found.kind === 'alias';
      const sortText = alias
        ? SORT_TEXT.alias
        : clientModule && catalog.isBrowserExposed(name)
          ? SORT_TEXT.public
          : found.variable.sensitive
            ? SORT_TEXT.secret
            : SORT_TEXT.name;
      return Object.freeze({
        name,
        kindModifiers: alias ? deprecated : '',
        sortText,
        labelDetails: Object.freeze({ description: renderShortLabel(name, { clientModule }) ?? '' }),
      });
    });
    templateCache[index] = templates;
  }
  return templates;
}

/** The accesses of a file version, sorted by the start of their name, with those starts (same order). */
interface AccessIndex {
  readonly accesses: readonly Access[];
  readonly starts: readonly number[];
}

/**
 * A finding of the file, with the node it is reported at: at an access (`finding.at`, else the name), or at a key of
 * `next.config`'s public options (no access: `secretInNextConfig`).
 */
interface Located {
  /** The access the finding is about; `undefined` for a `next.config` key. */
  readonly access?: Access;
  readonly finding: Finding;
  /** Where the diagnostic goes: the value of a write or the fallback literal the finding is about, else the name. */
  readonly node: TS.Node;
}

/** `(environment variable) NAME`: the display parts of a catalog entry, its kind worded by the catalog. */
function entryDisplayParts(name: string): TS.SymbolDisplayPart[] {
  return [
    { kind: 'punctuation', text: '(' },
    { kind: 'text', text: EDITOR_LABELS.entryKind },
    { kind: 'punctuation', text: ')' },
    { kind: 'space', text: ' ' },
    { kind: 'propertyName', text: name },
  ];
}

/** Where a completion is asked for, when it completes an environment-variable name. */
export interface CompletionSite {
  /** `process.env.|`, `process.env['|']`, `const { | } = process.env`. */
  readonly kind: 'member' | 'string' | 'binding';
  /** The text to replace (inside the quotes of a string key), when the editor should not guess it. */
  readonly replacementSpan?: TS.TextSpan;
  /** Names already destructured in the same pattern (not offered again). */
  readonly taken: ReadonlySet<string>;
}

/** The plugin's features over one language service. */
export class FluxEnvFeatures {
  readonly #ts: typeof TS;
  readonly #ls: TS.LanguageService;
  readonly #syntax: EnvSyntax;
  readonly #options: () => PluginOptions;
  readonly #located = new WeakMap<TS.SourceFile, Located[]>();
  /** The accesses the findings of a file version were computed from, by the start of their name (see `#accessAt`). */
  readonly #accessIndex = new WeakMap<TS.SourceFile, AccessIndex>();

  readonly #currentSourceFile: ((fileName: string) => TS.SourceFile | undefined) | undefined;

  /**
   * @param ts the `typescript` module of the running tsserver
   * @param ls TypeScript's own language service (the one the plugin wraps); its program is the only one used
   * @param options the options in force (read on every call, so that `onConfigurationChanged` applies at once)
   * @param currentSourceFile the file in the project's current program, without bringing the program up to date
   *   (tsserver's `project.getSourceFile`); every feature asks only after TypeScript's own answer, which brought it
   *   up to date. Without it, `ls.getProgram()`, which checks every file of the program for changes first.
   */
  constructor(
    ts: typeof TS,
    ls: TS.LanguageService,
    options: () => PluginOptions,
    currentSourceFile?: (fileName: string) => TS.SourceFile | undefined,
  ) {
    this.#ts = ts;
    this.#ls = ls;
    this.#syntax = new EnvSyntax(ts);
    this.#options = options;
    this.#currentSourceFile = currentSourceFile;
  }

  #sourceFile(fileName: string): TS.SourceFile | undefined {
    return this.#currentSourceFile?.(fileName) ?? this.#ls.getProgram()?.getSourceFile(fileName);
  }

  /**
   * The file's findings, computed once per file version (a new `SourceFile` object per edit): one walk for the
   * accesses (which, in a `next.config` file, also collects the objects of its public options), their context from
   * a few parents each (`AccessContext`), then the catalog's analysis (`analyzeAccess`, and `analyzeNextConfigEntry`
   * for each key of those objects, reported at the key as ESLint's `no-public-secret` does). Hover and completion
   * never call this.
   */
  #findings(sf: TS.SourceFile): Located[] {
    let located = this.#located.get(sf);
    if (!located) {
      located = [];
      const publicOptions: PublicOptionObject[] | undefined = isNextConfigFileName(fileBaseName(sf.fileName)) ? [] : undefined;
      const accesses = new AccessContext(this.#ts, this.#syntax, sf).add(this.#syntax.allAccesses(sf, publicOptions));
      // `allAccesses` sorts by the start of the name: the index hover looks positions up in.
      this.#accessIndex.set(sf, { accesses, starts: accesses.map((access) => access.node.getStart(sf)) });
      for (const access of accesses) {
        for (const finding of analyzeAccess(access)) located.push({ access, finding, node: this.#findingNode(access, finding) });
      }
      if (publicOptions && publicOptions.length > 0) {
        for (const { option, key, reads, node } of this.#syntax.nextConfigKeys(publicOptions, accesses, sf)) {
          for (const finding of analyzeNextConfigEntry({ option, key, reads })) located.push({ finding, node });
        }
      }
      this.#located.set(sf, located);
    }
    return located;
  }

  /**
   * Where a finding about an access belongs in the source, as in the ESLint host (`findingNode`): the value it is
   * about (`finding.at`: a write's value, a read's fallback literal), else the node that names the variable.
   */
  #findingNode(access: Access, finding: Finding): TS.Node {
    const ts = this.#ts;
    let node: TS.Node = access.node;
    if (finding.at?.kind === 'value' && access.valueNode) node = access.valueNode;
    else if (finding.at?.kind === 'fallback') node = access.fallbackNodes?.[finding.at.index] ?? access.node;
    // ESTree has no parentheses: `= ('0')` is reported at the literal there.
    while (ts.isParenthesizedExpression(node)) node = node.expression;
    return node;
  }

  // ---------------------------------------------------------------- hover

  /**
   * The access whose name covers `position`. When the file version's diagnostics were computed (editors ask for
   * them after every edit, before any hover), a binary search in their accesses; otherwise the node at the cursor
   * and a few parents (`tokenAt`, `accessAt`). Never walks the file.
   * @returns the access, or `undefined` when no environment-variable name is at `position`
   */
  #accessAt(sf: TS.SourceFile, position: number): Access | undefined {
    const index = this.#accessIndex.get(sf);
    if (!index) {
      const token = this.#syntax.tokenAt(sf, position, false);
      return token && this.#syntax.accessAt(token);
    }
    const { accesses, starts } = index;
    // The last access whose name starts at or before `position`: names do not nest, so only it can cover it.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= position) low = middle + 1;
      else high = middle;
    }
    const access = accesses[low - 1];
    return access && position < access.node.end ? access : undefined;
  }

  /**
   * Quick info at `position`: TypeScript's own, with the catalog's documentation of the variable appended.
   * @param prior TypeScript's answer
   * @returns `prior` when the position names no catalog variable (or its docs are already there from the
   *   generated typings); otherwise quick info with the docs
   */
  quickInfo(fileName: string, position: number, prior: TS.QuickInfo | undefined): TS.QuickInfo | undefined {
    const sf = this.#sourceFile(fileName);
    if (!sf) return prior;
    // Only a catalog name has docs to add: anywhere else, answer without looking at the tree.
    if (!catalog.lookup(hoverWordAt(sf.text, position))) return prior;
    const access = this.#accessAt(sf, position);
    if (!access) return prior;
    const docs = docsOf(access.name);
    if (docs === undefined) return prior;
    const ts = this.#ts;
    const docPart: TS.SymbolDisplayPart = { kind: 'text', text: docs.text };
    if (prior) {
      const existing = prior.documentation ?? [];
      if (existing.length > 0 && ts.displayPartsToString(existing as TS.SymbolDisplayPart[]).includes(docs.firstLine)) return prior;
      const separator: TS.SymbolDisplayPart[] = existing.length > 0 ? [{ kind: 'lineBreak', text: '\n\n' }] : [];
      return { ...prior, documentation: [...existing, ...separator, docPart] };
    }
    const start = access.node.getStart(sf);
    const found = catalog.lookup(access.name)!;
    return {
      kind: ts.ScriptElementKind.memberVariableElement,
      kindModifiers: found.kind === 'alias' ? ts.ScriptElementKindModifier.deprecatedModifier : '',
      textSpan: { start, length: access.node.end - start },
      displayParts: entryDisplayParts(access.name),
      documentation: [docPart],
    };
  }

  // ---------------------------------------------------------------- completions

  /**
   * Whether `position` completes an environment-variable name, and how.
   * Looks at the token before the cursor and a few parents: `process.env.|`, `process.env?.|`, `process.env.FL|`,
   * `process.env['FL|']` (quotes terminated or not), `const { FL| } = process.env`, and the same through every
   * access form (`env.` from `node:process`, `import.meta.env.`, aliases).
   * @returns the site, or `undefined` elsewhere
   */
  completionSite(sf: TS.SourceFile, position: number): CompletionSite | undefined {
    const ts = this.#ts;
    const syntax = this.#syntax;
    const node = syntax.tokenAt(sf, position, true);
    if (!node) return undefined;
    const parent = node.parent;
    const none: ReadonlySet<string> = new Set();
    // `process.env.|` (name missing: the access itself), `process.env?.|` (the cursor right after the `?.` token of
    // the access) and `process.env.FL|` (the name).
    const member =
      ts.isPropertyAccessExpression(node) && position > node.expression.end
        ? node
        : node.kind === ts.SyntaxKind.QuestionDotToken && parent && ts.isPropertyAccessExpression(parent) && parent.questionDotToken === node
          ? parent
          : undefined;
    const named = parent && ts.isPropertyAccessExpression(parent) && parent.name === node ? parent : undefined;
    if (member || named) return syntax.denotesEnv((member ?? named)!.expression) ? { kind: 'member', taken: none } : undefined;
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      parent &&
      ts.isElementAccessExpression(parent) &&
      parent.argumentExpression === node
    ) {
      if (!syntax.denotesEnv(parent.expression)) return undefined;
      const start = node.getStart(sf);
      const text = sf.text.slice(start, node.end);
      const terminated = text.length >= 2 && text.endsWith(text[0]!);
      const end = terminated ? node.end - 1 : node.end;
      if (position <= start || position > end) return undefined;
      return { kind: 'string', replacementSpan: { start: start + 1, length: end - start - 1 }, taken: none };
    }
    // `const { | } = process.env`, `const { A, | }`, `const { FL| }`.
    let pattern: TS.ObjectBindingPattern | undefined;
    let typing: TS.Node | undefined;
    if (ts.isObjectBindingPattern(node)) pattern = node;
    else if (ts.isIdentifier(node) && parent && ts.isBindingElement(parent) && (parent.propertyName ?? parent.name) === node) {
      if (ts.isObjectBindingPattern(parent.parent)) pattern = parent.parent;
      typing = node;
    }
    if (!pattern || position >= pattern.end) return undefined;
    const declaration = pattern.parent;
    if (!ts.isVariableDeclaration(declaration) || !declaration.initializer || !syntax.denotesEnv(declaration.initializer)) {
      return undefined;
    }
    const taken = new Set<string>();
    for (const element of pattern.elements) {
      const key = element.propertyName ?? element.name;
      if (key !== typing && ts.isIdentifier(key)) taken.add(key.text);
    }
    return { kind: 'binding', taken };
  }

  /**
   * Completions: TypeScript's entries, plus every catalog name TypeScript does not already offer, with its kind,
   * a short label, `deprecated` on legacy aliases; in a `'use client'` module browser-exposed names sort first and
   * secrets are labelled unsafe.
   * @param prior TypeScript's answer
   * @returns `prior` when the position completes no environment-variable name
   */
  completions(fileName: string, position: number, prior: TS.WithMetadata<TS.CompletionInfo> | undefined): TS.WithMetadata<TS.CompletionInfo> | undefined {
    const sf = this.#sourceFile(fileName);
    if (!sf) return prior;
    if (!mayCompleteName(sf.text, position)) return prior;
    const site = this.completionSite(sf, position);
    if (!site) return prior;
    const templates = entryTemplates(this.#ts.ScriptElementKindModifier.deprecatedModifier, this.#syntax.isClientModule(sf));
    // Names TypeScript already offers (the generated typings declare them) or the pattern already destructures.
    let skip: Set<string> | undefined = site.taken.size > 0 ? new Set(site.taken) : undefined;
    for (const entry of prior?.entries ?? []) {
      if (catalog.lookup(entry.name)) (skip ??= new Set()).add(entry.name);
    }
    const kind = this.#ts.ScriptElementKind.memberVariableElement;
    // Inside quotes the names replace the text between them. That span goes once in the answer's
    // `optionalReplacementSpan` (the span editors give every entry without its own, as for TypeScript's member
    // completions) when TypeScript's answer has none or the same one; only a different one makes it per entry.
    const span = site.replacementSpan;
    const listSpan = prior ? prior.optionalReplacementSpan : span;
    const replacementSpan = span && !(listSpan && listSpan.start === span.start && listSpan.length === span.length) ? span : undefined;
    const entries: TS.CompletionEntry[] = [];
    for (const template of templates) {
      if (skip?.has(template.name)) continue;
      // Every entry has the same keys, in the same order, including the three that tsserver's session writes when
      // it converts an entry (`{ ...entry, replacementSpan, hasAction, symbol }`): overwriting keys an object
      // already has keeps V8 on its fast path, adding them does not (measured on Node 20: ~2 µs per entry more).
      // Keys left `undefined` are not sent.
      entries.push({
        name: template.name,
        kind,
        kindModifiers: template.kindModifiers,
        sortText: template.sortText,
        labelDetails: template.labelDetails,
        replacementSpan,
        hasAction: undefined,
        symbol: undefined,
      });
    }
    if (prior) return { ...prior, entries: [...prior.entries, ...entries] };
    return {
      isGlobalCompletion: false,
      isMemberCompletion: site.kind === 'member',
      isNewIdentifierLocation: site.kind !== 'member',
      ...(span ? { optionalReplacementSpan: span } : {}),
      entries,
    };
  }

  /**
   * Details of a completion entry: TypeScript's when it documents the name (the generated typings), otherwise
   * the catalog's documentation of the variable (same renderer as the hover) and a `@deprecated` tag on aliases.
   * @param prior TypeScript's answer
   */
  completionDetails(
    fileName: string,
    position: number,
    entryName: string,
    prior: TS.CompletionEntryDetails | undefined,
  ): TS.CompletionEntryDetails | undefined {
    if (prior?.documentation && prior.documentation.length > 0) return prior;
    const found = catalog.lookup(entryName);
    const docs = found && docsOf(entryName);
    if (!found || docs === undefined) return prior;
    const sf = this.#sourceFile(fileName);
    if (!sf || !this.completionSite(sf, position)) return prior;
    const ts = this.#ts;
    const alias = found.kind === 'alias';
    return {
      name: entryName,
      kind: prior?.kind ?? ts.ScriptElementKind.memberVariableElement,
      kindModifiers: alias ? ts.ScriptElementKindModifier.deprecatedModifier : (prior?.kindModifiers ?? ''),
      displayParts: prior?.displayParts ?? entryDisplayParts(entryName),
      documentation: [{ kind: 'text', text: docs.text }],
      tags: alias ? [{ name: 'deprecated', text: [{ kind: 'text', text: this.#renameText(entryName, found.variable.name) }] }] : (prior?.tags ?? []),
      ...(prior?.codeActions ? { codeActions: prior.codeActions } : {}),
    };
  }

  /** The catalog's rename message (``Rename `X` to `Y`.``), the text ESLint's fix shows for the same alias. */
  #renameText(name: string, canonical: string): string {
    return renderMessage(FIX_MESSAGES.renameToCanonical, { name, canonical });
  }

  // ---------------------------------------------------------------- diagnostics

  #diagnostic(sf: TS.SourceFile, { node, finding }: Located): TS.DiagnosticWithLocation {
    const ts = this.#ts;
    const kind = FINDING_KINDS[finding.id];
    const start = node.getStart(sf);
    const category =
      kind.category === 'error'
        ? ts.DiagnosticCategory.Error
        : kind.category === 'warning'
          ? ts.DiagnosticCategory.Warning
          : ts.DiagnosticCategory.Suggestion;
    return {
      file: sf,
      start,
      length: node.end - start,
      messageText: finding.message,
      category,
      code: finding.code,
      source: DIAGNOSTIC_SOURCE,
      ...(kind.deprecated ? { reportsDeprecated: true } : {}),
    };
  }

  /**
   * The catalog's findings of the file as diagnostics of one channel.
   * @param channel `semantic` (errors and warnings) or `suggestion` (suggestion findings: legacy aliases)
   * @returns the diagnostics to add to TypeScript's; empty when the option `diagnostics` is off
   */
  diagnostics(fileName: string, channel: 'semantic' | 'suggestion'): TS.DiagnosticWithLocation[] {
    if (!this.#options().diagnostics) return [];
    const sf = this.#sourceFile(fileName);
    if (!sf) return [];
    const wanted = (category: string) => (channel === 'suggestion' ? category === 'suggestion' : category !== 'suggestion');
    return this.#findings(sf)
      .filter((located) => wanted(FINDING_KINDS[located.finding.id].category))
      .map((located) => this.#diagnostic(sf, located));
  }

  // ---------------------------------------------------------------- code fixes

  /**
   * The fixes of the findings with one of `errorCodes` whose span meets `[start, end]`: each finding's fixes
   * (renames) as text changes.
   * @returns the fixes to add to TypeScript's
   */
  codeFixes(fileName: string, start: number, end: number, errorCodes: readonly number[]): TS.CodeFixAction[] {
    if (!errorCodes.some((code) => FINDING_CODES.includes(code))) return [];
    const sf = this.#sourceFile(fileName);
    if (!sf) return [];
    const actions: TS.CodeFixAction[] = [];
    for (const { access, finding, node } of this.#findings(sf)) {
      if (!access || !errorCodes.includes(finding.code)) continue;
      const nodeStart = node.getStart(sf);
      if (nodeStart > end || node.end < start) continue;
      for (const fix of finding.fixes) {
        const edits = [this.#syntax.renameEdit(access, fix.to, sf)];
        if (fix.kind === 'swap') {
          // Both names trade places: the partner read later in the chain takes this access's name.
          const partner = access.fallbackPartners?.find((p) => p.name === fix.partner);
          edits.push(partner ? this.#syntax.renameEdit(partner, access.name, sf) : undefined);
        }
        if (edits.some((edit) => edit === undefined)) continue;
        actions.push({
          fixName: `flux-env:${fix.messageId}`,
          description: fix.message,
          changes: [
            {
              fileName,
              textChanges: edits.map((edit) => ({ span: { start: edit!.start, length: edit!.length }, newText: edit!.text })),
            },
          ],
        });
      }
    }
    return actions;
  }
}

/** True for the characters of an identifier-like word (`A`–`Z`, `a`–`z`, `0`–`9`, `_`, `$`). */
function isWordChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/**
 * The identifier-like word around `position` in `text` (`process.env.FL|UX_URL` → `FLUX_URL`; inside quotes too).
 * @param text the file's text
 * @param position an offset in UTF-16 code units
 * @returns the word, or `''` when the position touches none
 */
export function wordAt(text: string, position: number): string {
  let start = position;
  let end = position;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/**
 * The word a hover at `position` may be about: `wordAt`, or, on a quote (`'`, `"`, `` ` ``) that touches no word, the
 * word right after it. That is how the opening quote of a string key (`process.env[|'FLUX_URL']`, which the key's hover
 * span covers) reaches the name; whether the word is an access's name the caller decides from the tree.
 * @param text the file's text
 * @param position an offset in UTF-16 code units
 * @returns the word, or `''` when the position touches none
 */
export function hoverWordAt(text: string, position: number): string {
  const word = wordAt(text, position);
  if (word !== '') return word;
  const quote = text[position];
  return quote === "'" || quote === '"' || quote === '`' ? wordAt(text, position + 1) : '';
}

/**
 * A cheap textual test, before any look at the tree, of whether `position` can complete an environment-variable
 * name: the word being typed (possibly empty) must follow `.` (`process.env.`), a quote (`process.env['`), `{` or
 * `,` (a destructuring pattern). Anything else is not a completion site of this plugin.
 * @param text the file's text
 * @param position the cursor, an offset in UTF-16 code units
 * @returns false when `position` cannot complete a name (the tree need not be looked at); true when it may
 */
export function mayCompleteName(text: string, position: number): boolean {
  let i = position;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  const before = text[i - 1];
  return before === '.' || before === "'" || before === '"' || before === '`' || before === '{' || before === ',';
}
