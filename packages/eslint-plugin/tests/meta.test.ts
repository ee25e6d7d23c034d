// Meta-tests: every rule is registered, documented (with each option), tested, and linked; configs name real rules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, FLUX_JSON } from '@flux-env/catalog';
import { Linter } from 'eslint';
import plugin, { PLUGIN_NAMESPACE, rules } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ruleFiles = readdirSync(`${root}src/rules`)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();
const ruleNames = Object.keys(rules).sort();

/** Option names of a rule's schema: the properties of each object in `meta.schema`. */
function optionNames(schema: unknown): string[] {
  const list = Array.isArray(schema) ? schema : schema ? [schema] : [];
  return list.flatMap((item: { properties?: Record<string, unknown> }) => Object.keys(item.properties ?? {}));
}

describe('rules', () => {
  it('registers every file of src/rules, and nothing else', () => {
    expect(ruleNames).toEqual(ruleFiles);
  });

  describe.each(ruleNames)('%s', (name) => {
    const rule = rules[name as keyof typeof rules];
    const docPath = `${root}docs/rules/${name}.md`;

    it('has a doc with the same basename', () => {
      expect(existsSync(docPath), `docs/rules/${name}.md`).toBe(true);
    });

    it('has a test file with the same basename', () => {
      expect(existsSync(`${root}tests/rules/${name}.test.ts`), `tests/rules/${name}.test.ts`).toBe(true);
    });

    it('links meta.docs.url to its doc', () => {
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/packages/eslint-plugin/docs/rules/${name}\\.md$`, 'u'));
    });

    it('documents each option of its schema', () => {
      const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
      for (const option of optionNames(rule.meta.schema)) {
        expect(doc, `docs/rules/${name}.md mentions \`${option}\``).toContain(`\`${option}\``);
      }
    });

    it('has a description, a docs title that uses it, and the recommended/strict fields', () => {
      const docs = rule.meta.docs!;
      expect(docs.description.length).toBeGreaterThan(10);
      expect(['error', 'warn', false]).toContain(docs.recommended);
      expect(typeof docs.strict).toBe('boolean');
      if (existsSync(docPath)) {
        expect(readFileSync(docPath, 'utf8').split('\n')[0]).toBe(`# ${docs.description} (\`${PLUGIN_NAMESPACE}/${name}\`)`);
      }
    });
  });
});

describe('options as an ESLint 9 before 9.15 gives them (no merge of meta.defaultOptions)', () => {
  // Such an ESLint hands `create` the options as configured: `[]` or an object without the fields left out.
  const asOlderEslint = (name: keyof typeof rules, options: unknown[]) => {
    const real = rules[name] as unknown as { meta: object; create: (context: object) => object };
    return {
      meta: { ...real.meta, defaultOptions: undefined },
      create: (context: object) => real.create(Object.create(context, { options: { value: options } })),
    };
  };
  const run = (name: keyof typeof rules, options: unknown[], code: string) =>
    new Linter({ configType: 'flat' }).verifyAndFix(
      code,
      [{ files: ['**/*.js'], plugins: { flux: { rules: { [name]: asOlderEslint(name, options) } } }, rules: { [`flux/${name}`]: 'error' } }] as never,
      'file.js',
    );

  it.each([[[]], [[{}]]])('reads every option with its default when options are %j', (options) => {
    expect(run('no-unknown-variable', options, 'process.env.FLUX_URLL;').messages.map((m) => [m.messageId, m.suggestions?.length])).toEqual([
      ['unknownVariableDidYouMean', 1],
    ]);
    // `autofix` defaults to false: a suggestion, no fix.
    const canonical = run('prefer-canonical-name', options, 'process.env.FLUX_SERVICE_URL;');
    expect([canonical.fixed, canonical.messages.map((m) => [m.messageId, m.suggestions?.length])]).toEqual([false, [['legacyAlias', 1]]]);
    // `clientFiles` defaults to none: only the directive makes client code.
    expect(run('no-server-env-in-client', options, "'use client';\nprocess.env.AUTH_SECRET;").messages.map((m) => m.messageId)).toEqual([
      'secretInClient',
    ]);
    expect(run('no-server-env-in-client', options, 'process.env.AUTH_SECRET;').messages).toEqual([]);
  });
});

describe('finding kinds', () => {
  it('weigh each finding in tsserver as recommended weighs its rule in ESLint (deprecated names as suggestions)', () => {
    // An editor with both the ESLint extension and the tsserver plugin shows one problem at one severity.
    for (const kind of Object.values(FINDING_KINDS)) {
      const recommended = rules[kind.rule].meta.docs.recommended;
      const expected = kind.deprecated ? 'suggestion' : recommended === 'error' ? 'error' : 'warning';
      expect({ id: kind.id, category: kind.category }).toEqual({ id: kind.id, category: expected });
    }
  });
});

describe('configs', () => {
  const configNames = Object.keys(plugin.configs);

  it('are recommended and strict', () => {
    expect(configNames.sort()).toEqual(['recommended', 'strict']);
  });

  describe.each(configNames)('%s', (configName) => {
    const blocks = plugin.configs[configName as keyof typeof plugin.configs];
    const list = Array.isArray(blocks) ? blocks : [blocks];
    const configured = Object.assign({}, ...list.map((block) => block.rules ?? {})) as Record<string, unknown>;

    it('names only real rules of this plugin', () => {
      for (const id of Object.keys(configured)) {
        expect(id.startsWith(`${PLUGIN_NAMESPACE}/`), id).toBe(true);
        expect(ruleNames, id).toContain(id.slice(PLUGIN_NAMESPACE.length + 1));
      }
    });

    it('scopes every block with files', () => {
      for (const block of list) {
        expect(Array.isArray(block.files), block.name).toBe(true);
        expect((block.files as unknown[]).length, block.name).toBeGreaterThan(0);
        // A block that matches everything would lint files no language of it can read.
        expect(block.files, block.name).not.toContain('**/*');
      }
    });

    it('sets each rule at the level its meta.docs asks', () => {
      for (const name of ruleNames) {
        const docs = rules[name as keyof typeof rules].meta.docs!;
        const expected = configName === 'strict' ? (docs.strict ? 'error' : undefined) : docs.recommended || undefined;
        expect(configured[`${PLUGIN_NAMESPACE}/${name}`], `${configName}: ${name}`).toBe(expected);
      }
    });
  });

  it('strict has every rule as an error; recommended has security rules as errors and the rest as warnings', () => {
    const strict = Object.assign({}, ...plugin.configs.strict.map((b) => b.rules ?? {})) as Record<string, unknown>;
    for (const name of ruleNames) expect(strict[`${PLUGIN_NAMESPACE}/${name}`], name).toBe('error');
    const recommended = Object.assign({}, ...plugin.configs.recommended.map((b) => b.rules ?? {})) as Record<string, unknown>;
    for (const name of ['no-public-secret', 'no-tls-reject-unauthorized', 'no-server-env-in-client', 'no-secret-fallback']) {
      expect(recommended[`${PLUGIN_NAMESPACE}/${name}`], name).toBe('error');
    }
    for (const name of ['prefer-canonical-name', 'no-unknown-variable', 'no-lookalike-mixup', 'valid-value']) {
      expect(recommended[`${PLUGIN_NAMESPACE}/${name}`], name).toBe('warn');
    }
    expect(recommended[`${PLUGIN_NAMESPACE}/no-managed-variable`]).toBeUndefined();
  });
});

describe('files and languages of the shipped blocks', () => {
  it('lints flux.json with the glob the catalog gives it', () => {
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      const block = config.find((b) => b.name?.endsWith('/flux-json'));
      expect(block?.files).toEqual([FLUX_JSON.fileGlob]);
      expect(FLUX_JSON.fileGlob).toBe('**/flux.json');
    }
  });

  // Rules whose findings only code gives (fallbacks, what code does with a value, 'use client' modules).
  describe.each(['no-secret-fallback', 'no-lookalike-mixup', 'no-server-env-in-client'])('%s', (name) => {
    it('declares the code language only, and no non-code block turns it on', () => {
      expect(rules[name as keyof typeof rules].meta.languages).toEqual(['js/js']);
      for (const block of [...plugin.configs.recommended, ...plugin.configs.strict]) {
        if (block.language === undefined) continue;
        expect(Object.keys(block.rules ?? {}), block.name).not.toContain(`${PLUGIN_NAMESPACE}/${name}`);
      }
    });

    it('is refused by ESLint on a .env file instead of running there to no effect', () => {
      const linter = new Linter({ configType: 'flat' });
      const config = [
        {
          files: ['**/.env'],
          plugins: { [PLUGIN_NAMESPACE]: plugin as never },
          language: `${PLUGIN_NAMESPACE}/dotenv`,
          rules: { [`${PLUGIN_NAMESPACE}/${name}`]: 'error' as const },
        },
      ];
      expect(() => linter.verify('AUTH_SECRET=', config, '.env')).toThrow(
        `Key "rules": The following rules do not support the language "@flux-env/dotenv":\n\t- "${PLUGIN_NAMESPACE}/${name}"`,
      );
    });
  });
});
