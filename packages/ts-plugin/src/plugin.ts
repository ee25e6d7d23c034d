/**
 * The tsserver plugin. Enabled by `compilerOptions.plugins: [{ "name": "@flux-env/ts-plugin" }]`
 * in a tsconfig; adds the Flux docs to hovers and completions on environment-variable names, reports the
 * catalog's findings as diagnostics (`source: "flux-env"`) and offers their fixes.
 *
 * Never breaks the editor: every overridden method computes TypeScript's answer first and returns it unchanged
 * when the plugin fails (the failure is logged to the tsserver log with the prefix `[flux-env]`).
 * Uses only the `typescript` module tsserver hands to `init`; supports TypeScript >=5.0 <7.
 */
import type * as TS from 'typescript';
import { DEFAULT_OPTIONS, readOptions, type Feature, type OptionsSource, type PluginOptions } from './options.js';
import { FINDING_CODES, FluxEnvFeatures } from './service.js';

/** The prefix of every line the plugin writes to the tsserver log. */
const LOG_PREFIX = '[flux-env]';

/** Oldest and first unsupported TypeScript versions (major.minor). */
const SUPPORTED = { from: [5, 0], below: [7, 0] } as const;

/**
 * True when the plugin supports TypeScript `version` (`"6.0.3"`): >=5.0 and <7.0.
 * @param version TypeScript's `ts.version`
 */
function isSupported(version: string): boolean {
  const [major = NaN, minor = NaN] = version.split('.').map(Number);
  if (Number.isNaN(major) || Number.isNaN(minor)) return false;
  const at = major * 1000 + minor;
  return at >= SUPPORTED.from[0] * 1000 + SUPPORTED.from[1] && at < SUPPORTED.below[0] * 1000 + SUPPORTED.below[1];
}

/** The tsserver log of a project, with the plugin's prefix. */
interface Log {
  info(message: string): void;
  error(message: string): void;
}

function logOf(ts: typeof TS, info: TS.server.PluginCreateInfo): Log {
  const logger = info.project.projectService.logger;
  return {
    info: (message) => logger.info(`${LOG_PREFIX} ${message}`),
    error: (message) => logger.msg(`${LOG_PREFIX} ${message}`, ts.server.Msg.Err),
  };
}

/** Where the tsconfig options came from: the project's tsconfig (with its text, to name lines), or the project. */
function configSource(ts: typeof TS, info: TS.server.PluginCreateInfo): OptionsSource {
  const name = info.project.getProjectName();
  if (name.endsWith('.json')) {
    const text = ts.sys?.readFile(name);
    return text === undefined ? { name } : { name, text };
  }
  return { name };
}

/** Thrown by the `throwOnPurpose` option, so that tests can tell it from a real failure. */
class OnPurpose extends Error {}

/**
 * The tsserver plugin factory: tsserver calls it with its own `typescript` module.
 * @param modules `{ typescript }`: the running TypeScript (its version decides whether the plugin turns on)
 * @returns the plugin module: `create` wraps a project's language service, `onConfigurationChanged` applies an
 *   editor's `configurePlugin` options to every wrapped service. Never throws.
 */
export function init(modules: { typescript: typeof TS }): TS.server.PluginModule {
  const ts = modules.typescript;
  const instances: { apply(config: unknown): void }[] = [];

  /**
   * `wrap`, guarded: a failure while starting (reading options, the tsconfig text, building the features) is
   * logged with the `[flux-env]` prefix and the project's own language service is returned unchanged.
   */
  function create(info: TS.server.PluginCreateInfo): TS.LanguageService {
    try {
      return wrap(info);
    } catch (error) {
      try {
        logOf(ts, info).error(
          `start-up failed for ${safeProjectName(info)}: ${messageOf(error)}; the plugin is off for this project, TypeScript's language service is unchanged`,
        );
      } catch {
        // No logger to tell: still never break the host.
      }
      return info.languageService;
    }
  }

  /**
   * tsserver's way to a file of the project's current program without checking every file for changes (what
   * `languageService.getProgram()` does on each call): `project.getSourceFile(projectService.toPath(name))`.
   * @returns the lookup, or `undefined` when the host is no tsserver project (then the plugin uses `getProgram()`)
   */
  function currentSourceFileOf(info: TS.server.PluginCreateInfo): ((fileName: string) => TS.SourceFile | undefined) | undefined {
    const project = info.project as Partial<TS.server.Project> | undefined;
    const service = project?.projectService as Partial<TS.server.ProjectService> | undefined;
    if (typeof project?.getSourceFile !== 'function' || typeof service?.toPath !== 'function') return undefined;
    return (fileName) => project.getSourceFile!(service.toPath!(fileName));
  }

  function wrap(info: TS.server.PluginCreateInfo): TS.LanguageService {
    const log = logOf(ts, info);
    if (!isSupported(ts.version)) {
      log.info(`TypeScript ${ts.version} is not supported (needs >=5.0 <7); the plugin is off for ${info.project.getProjectName()}`);
      return info.languageService;
    }
    const ls = info.languageService;
    const source = configSource(ts, info);
    const first = readOptions(info.config, DEFAULT_OPTIONS, source);
    for (const problem of first.problems) log.error(problem);
    const fromTsconfig = first.options;
    let options: PluginOptions = fromTsconfig;
    const features = new FluxEnvFeatures(ts, ls, () => options, currentSourceFileOf(info));
    const instance = {
      apply(config: unknown) {
        try {
          const next = readOptions(config, fromTsconfig, { name: `the editor's configurePlugin request for ${info.project.getProjectName()}` });
          for (const problem of next.problems) log.error(problem);
          options = next.options;
          log.info(`options now ${JSON.stringify(options)}`);
        } catch (error) {
          log.error(`configurePlugin failed for ${safeProjectName(info)}: ${messageOf(error)}; keeping the options ${JSON.stringify(options)}`);
        }
      },
    };

    /** Runs an addition to TypeScript's answer; on any error logs it and returns `fallback` (TypeScript's own answer). */
    function guard<T>(feature: Feature, fileName: string, position: number | undefined, fallback: T, add: () => T): T {
      try {
        if (options.throwOnPurpose.includes(feature)) throw new OnPurpose(`throwOnPurpose: ${feature} failed on purpose`);
        return add();
      } catch (error) {
        let at = fileName;
        if (position !== undefined) {
          const sf = safeSourceFile(ls, fileName);
          if (sf) {
            const { line, character } = sf.getLineAndCharacterOfPosition(Math.min(position, sf.end));
            at = `${fileName}:${line + 1}:${character + 1}`;
          }
        }
        log.error(`${feature} failed at ${at}: ${messageOf(error)}; returning TypeScript's own answer`);
        if (error instanceof Error && !(error instanceof OnPurpose) && error.stack) log.info(error.stack);
        return fallback;
      }
    }

    const proxy: TS.LanguageService = Object.create(null);
    for (const key of Object.keys(ls) as (keyof TS.LanguageService)[]) {
      const method = ls[key];
      if (typeof method === 'function') {
        (proxy as unknown as Record<string, unknown>)[key] = (...args: unknown[]) => (method as (...a: unknown[]) => unknown).apply(ls, args);
      }
    }

    proxy.getQuickInfoAtPosition = (fileName, position, ...rest) => {
      const prior = ls.getQuickInfoAtPosition(fileName, position, ...rest);
      return guard('hover', fileName, position, prior, () => features.quickInfo(fileName, position, prior));
    };
    proxy.getCompletionsAtPosition = (fileName, position, ...rest) => {
      const prior = ls.getCompletionsAtPosition(fileName, position, ...rest);
      return guard('completions', fileName, position, prior, () => features.completions(fileName, position, prior));
    };
    proxy.getCompletionEntryDetails = (fileName, position, entryName, ...rest) => {
      const prior = ls.getCompletionEntryDetails(fileName, position, entryName, ...rest);
      return guard('completionDetails', fileName, position, prior, () =>
        features.completionDetails(fileName, position, entryName, prior),
      );
    };
    proxy.getSemanticDiagnostics = (fileName) => {
      const prior = ls.getSemanticDiagnostics(fileName);
      return guard('diagnostics', fileName, undefined, prior, () => {
        const ours = features.diagnostics(fileName, 'semantic');
        return ours.length > 0 ? [...prior, ...ours] : prior;
      });
    };
    proxy.getSuggestionDiagnostics = (fileName) => {
      const prior = ls.getSuggestionDiagnostics(fileName);
      return guard('diagnostics', fileName, undefined, prior, () => {
        const ours = features.diagnostics(fileName, 'suggestion');
        return ours.length > 0 ? [...prior, ...ours] : prior;
      });
    };
    proxy.getCodeFixesAtPosition = (fileName, start, end, errorCodes, formatOptions, preferences) => {
      const tsCodes = errorCodes.filter((code) => !FINDING_CODES.includes(code));
      const prior = tsCodes.length > 0 ? ls.getCodeFixesAtPosition(fileName, start, end, tsCodes, formatOptions, preferences) : [];
      return guard('codeFixes', fileName, start, prior, () => {
        const ours = features.codeFixes(fileName, start, end, errorCodes);
        return ours.length > 0 ? [...prior, ...ours] : prior;
      });
    };
    if (typeof ls.getSupportedCodeFixes === 'function') {
      proxy.getSupportedCodeFixes = (fileName) => {
        const prior = ls.getSupportedCodeFixes(fileName);
        return guard('codeFixes', fileName ?? '', undefined, prior, () => [...prior, ...FINDING_CODES.map(String)]);
      };
    }

    log.info(
      `loaded for ${info.project.getProjectName()} on TypeScript ${ts.version}; options ${JSON.stringify(options)}`,
    );
    instances.push(instance);
    return proxy;
  }

  return {
    create,
    onConfigurationChanged(config: unknown) {
      for (const instance of instances) instance.apply(config);
    },
  };
}

/** The project's name for a log line; `an unnamed project` when even that fails. */
function safeProjectName(info: TS.server.PluginCreateInfo): string {
  try {
    return info.project.getProjectName();
  } catch {
    return 'an unnamed project';
  }
}

/** The message of a thrown value, for a log line (never its stack). */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The file's syntax tree for a log message; `undefined` when even that fails. */
function safeSourceFile(ls: TS.LanguageService, fileName: string): TS.SourceFile | undefined {
  try {
    return ls.getProgram()?.getSourceFile(fileName);
  } catch {
    return undefined;
  }
}
