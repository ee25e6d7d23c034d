/**
 * An in-process language service over in-memory files, wrapped by the plugin the way tsserver wraps it:
 * `init({ typescript })`, then `create(info)` with a project whose logger records every line.
 */
import ts from 'typescript';
import { init } from '../src/plugin.js';

/** A wrapped language service over editable in-memory files. */
export interface Harness {
  /** The plugin-wrapped service. */
  readonly ls: ts.LanguageService;
  /** TypeScript's own service, unwrapped. */
  readonly plain: ts.LanguageService;
  /** Every line the plugin logged, as `info: …` / `Err: …`. */
  readonly logs: string[];
  /** Replaces (or adds) a file's text. */
  set(fileName: string, text: string): void;
  /** The plugin module, for `onConfigurationChanged`. */
  readonly module: ts.server.PluginModule;
}

const NODE_TYPES = '/node_modules/@types/node/index.d.ts';
/** A tiny stand-in of @types/node's `process` (enough for `process.env` and the `process` module). */
const NODE_DTS = `
declare namespace NodeJS { interface ProcessEnv { [key: string]: string | undefined; TZ?: string } interface Process { env: ProcessEnv } }
declare var process: NodeJS.Process;
declare var require: (id: string) => any;
declare module 'process' { global { var process: NodeJS.Process } export = process; }
declare module 'node:process' { import p = require('process'); export = p; }
interface ImportMeta { env: Record<string, string | undefined> }
`;

/**
 * Builds a harness.
 * @param files initial files by absolute name
 * @param config the plugin's tsconfig entry (options)
 * @param version the TypeScript version the plugin sees (to test the version check)
 * @param projectName the project's name as tsserver gives it (a tsconfig path for a configured project)
 * @param patchInfo changes the `PluginCreateInfo` before the plugin sees it (to test start-up failures)
 * @param compilerOptions compiler options over the harness's own (e.g. `{ allowJs: true }` for `.js` / `.mjs` / `.cjs` files)
 */
export function createHarness(
  files: Record<string, string>,
  config: Record<string, unknown> = {},
  version = ts.version,
  projectName = '/project/tsconfig.json',
  patchInfo?: (info: { config: unknown; project: Record<string, unknown> }) => void,
  compilerOptions: ts.CompilerOptions = {},
): Harness {
  const texts = new Map<string, { text: string; version: number }>();
  for (const [name, text] of Object.entries(files)) texts.set(name, { text, version: 1 });
  texts.set(NODE_TYPES, { text: NODE_DTS, version: 1 });
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      noEmit: true,
      ...compilerOptions,
    }),
    getScriptFileNames: () => [...texts.keys()],
    getScriptVersion: (name) => String(texts.get(name)?.version ?? 0),
    getScriptSnapshot: (name) => {
      const file = texts.get(name);
      if (file) return ts.ScriptSnapshot.fromString(file.text);
      const text = ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => texts.has(name) || ts.sys.fileExists(name),
    readFile: (name) => texts.get(name)?.text ?? ts.sys.readFile(name),
  };
  const plain = ts.createLanguageService(host, ts.createDocumentRegistry());
  const logs: string[] = [];
  const logger = {
    info: (s: string) => logs.push(`info: ${s}`),
    msg: (s: string, type?: string) => logs.push(`${type ?? 'Info'}: ${s}`),
  };
  const info = {
    languageService: plain,
    languageServiceHost: host,
    config: { name: '@flux-env/ts-plugin', ...config },
    project: { getProjectName: () => projectName, projectService: { logger } },
    serverHost: ts.sys,
  };
  patchInfo?.(info);
  const module = init({ typescript: version === ts.version ? ts : ({ ...ts, version } as typeof ts) });
  const ls = module.create(info as unknown as ts.server.PluginCreateInfo);
  return {
    ls,
    plain,
    logs,
    module,
    set(fileName, text) {
      const previous = texts.get(fileName);
      texts.set(fileName, { text, version: (previous?.version ?? 0) + 1 });
    },
  };
}

/** The offset of the `n`-th `|` marker in `marked`, and the text without markers. */
export function marker(marked: string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = '';
  for (const ch of marked) {
    if (ch === '|') at.push(text.length);
    else text += ch;
  }
  return { text, at };
}
