/**
 * `@flux-env/ts-plugin`: the tsserver plugin. This release is an empty shell that loads and returns the
 * language service unchanged; hover docs, completions, diagnostics and code fixes are tracked in their own issue.
 */
import type * as ts from 'typescript';

/** The tsserver plugin factory: tsserver calls it with its own `typescript` module. */
function init(_modules: { typescript: typeof ts }): ts.server.PluginModule {
  return {
    create(info: ts.server.PluginCreateInfo): ts.LanguageService {
      return info.languageService;
    },
  };
}

export = init;
