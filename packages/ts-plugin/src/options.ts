/**
 * The plugin's options: the entry of `compilerOptions.plugins` in a user's tsconfig
 * (`{ "name": "@flux-env/ts-plugin", "diagnostics": false }`), and what an editor sends later with
 * tsserver's `configurePlugin` request.
 */

/** The language-service features the plugin adds to, by the names options and logs use. */
export const FEATURES = ['hover', 'completions', 'completionDetails', 'diagnostics', 'codeFixes'] as const;
/** One feature of `FEATURES`. */
export type Feature = (typeof FEATURES)[number];

/** The options in force. */
export interface PluginOptions {
  /** Report the catalog's findings as diagnostics (default `true`; turn off when the ESLint extension reports them already). */
  readonly diagnostics: boolean;
  /**
   * Features that throw on purpose, to check that the plugin's guard keeps TypeScript's answers (tests and
   * bug reports only; default none). Never set this in a real project.
   */
  readonly throwOnPurpose: readonly Feature[];
}

/** Every option key of `PluginOptions`, in the order messages list them. */
export const OPTION_KEYS: readonly (keyof PluginOptions)[] = ['diagnostics', 'throwOnPurpose'];

/** The options when nothing is configured. */
export const DEFAULT_OPTIONS: PluginOptions = { diagnostics: true, throwOnPurpose: [] };

/** Where the options came from, for messages: a tsconfig file (with its text, to find lines) or the editor. */
export interface OptionsSource {
  /** `tsconfig.json` path, or a description such as `the editor's configurePlugin request`. */
  readonly name: string;
  /** The file's text, when `name` is a file. */
  readonly text?: string;
}

/** The 1-based line of the first `"key"` after the plugin's name in a tsconfig text, or of the name itself. */
function lineOf(source: OptionsSource, key: string): number | undefined {
  const text = source.text;
  if (text === undefined) return undefined;
  const pluginAt = text.indexOf('@flux-env/ts-plugin');
  const keyAt = text.indexOf(`"${key}"`, Math.max(pluginAt, 0));
  const at = keyAt >= 0 ? keyAt : pluginAt;
  if (at < 0) return undefined;
  return text.slice(0, at).split('\n').length;
}

function where(source: OptionsSource, key: string): string {
  const line = lineOf(source, key);
  return line === undefined ? source.name : `${source.name}:${line}`;
}

/**
 * Reads options, keeping the default of every option that is missing or wrong.
 * @param config the plugin's entry (its `name` key is ignored), or an editor's `configurePlugin` payload; any value
 * @param base the options to start from (the tsconfig's when an editor reconfigures)
 * @param source where `config` came from, for the problems' messages
 * @returns the options, and one message per problem (`file:line: …`), never a stack trace. Never throws.
 */
export function readOptions(
  config: unknown,
  base: PluginOptions,
  source: OptionsSource,
): { options: PluginOptions; problems: string[] } {
  const problems: string[] = [];
  if (config === undefined || config === null) return { options: base, problems };
  if (typeof config !== 'object' || Array.isArray(config)) {
    problems.push(`${source.name}: the options of @flux-env/ts-plugin must be an object, got ${JSON.stringify(config)}; using the defaults`);
    return { options: base, problems };
  }
  let { diagnostics, throwOnPurpose } = base;
  for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
    if (key === 'name') continue;
    if (key === 'diagnostics') {
      if (typeof value === 'boolean') diagnostics = value;
      else problems.push(`${where(source, key)}: option "diagnostics" of @flux-env/ts-plugin must be true or false, got ${JSON.stringify(value)}; using ${diagnostics}`);
    } else if (key === 'throwOnPurpose') {
      const list = Array.isArray(value) ? value : [value];
      const unknown = list.filter((f) => !(FEATURES as readonly unknown[]).includes(f));
      if (unknown.length > 0) {
        problems.push(`${where(source, key)}: option "throwOnPurpose" of @flux-env/ts-plugin names unknown features ${JSON.stringify(unknown)} (known: ${FEATURES.join(', ')})`);
      }
      throwOnPurpose = list.filter((f): f is Feature => (FEATURES as readonly unknown[]).includes(f));
    } else {
      problems.push(`${where(source, key)}: unknown option "${key}" of @flux-env/ts-plugin (known: ${OPTION_KEYS.join(', ')}); ignored`);
    }
  }
  return { options: { diagnostics, throwOnPurpose }, problems };
}
