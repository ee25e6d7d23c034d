// The dotenv language through ESLint's real `Linter`: parse errors, inline configuration, options, and every
// rule of the plugin on `.env` files and `package.json` without a crash.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../../src/index.js';
import { MAX_DOTENV_LENGTH } from '../../src/languages/dotenv/parser.js';

const linter = new Linter();
const dotenvConfig = (rulesConfig: Linter.RulesRecord, languageOptions: Record<string, unknown> = {}): Linter.Config[] => [
  { files: ['**/.env*'], plugins: { '@flux-env': plugin as never }, language: '@flux-env/dotenv', languageOptions, rules: rulesConfig },
];
const lint = (text: string, rulesConfig: Linter.RulesRecord, filename = '.env') =>
  linter.verify(text, dotenvConfig(rulesConfig), filename).map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`);

describe('dotenv language', () => {
  it('reports binary data as one located parse error, not a crash', () => {
    const messages = linter.verify('A=1\nB=\u0000\u0001\u0002garbage', dotenvConfig({ '@flux-env/no-invalid-line': 'error' }), '.env');
    expect(messages).toEqual([
      expect.objectContaining({
        fatal: true,
        severity: 2,
        line: 2,
        column: 3,
        message: 'Parsing error: Binary data (control character U+0000): this is not a text dotenv file',
      }),
    ]);
  });

  it('refuses a huge file with a located message', () => {
    const huge = 'A=' + 'x'.repeat(MAX_DOTENV_LENGTH);
    const [message] = linter.verify(huge, dotenvConfig({ '@flux-env/no-invalid-line': 'error' }), '.env');
    expect(message).toMatchObject({ fatal: true, line: 1, column: 1 });
    expect(message!.message).toBe(
      `Parsing error: File is ${huge.length} characters long; dotenv files longer than ${MAX_DOTENV_LENGTH} characters are not linted`,
    );
  });

  it('lints a large ordinary file', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `KEY_${i}="value ${i}" # note`).join('\n') + '\nKEY_7=again';
    expect(lint(big, { '@flux-env/no-duplicate-key': 'error' })).toEqual([
      '20001:1 @flux-env/no-duplicate-key `KEY_7` is set again here (first on line 8): dotenv keeps only the last value, so the one on line 8 is silently ignored. Keep one `KEY_7`.',
    ]);
  });

  it('honours # eslint-disable comments and # eslint rule configuration', () => {
    const rulesConfig: Linter.RulesRecord = { '@flux-env/no-duplicate-key': 'error', '@flux-env/no-invalid-line': 'error' };
    expect(lint('A=1\n# eslint-disable-next-line @flux-env/no-duplicate-key -- on purpose\nA=2', rulesConfig)).toEqual([]);
    expect(lint('A=1\nA=2 # eslint-disable-line @flux-env/no-duplicate-key', rulesConfig)).toEqual([]);
    expect(lint('# eslint-disable\nA=1\nA=2\nBROKEN\n# eslint-enable\nB', rulesConfig)).toEqual([
      '6:1 @flux-env/no-invalid-line dotenv skips this line without a word: `B` has no `=` after it, so it is not set. Write it as `KEY=value`, or start it with `#` to make it a comment.',
    ]);
    expect(lint('# eslint @flux-env/no-invalid-line: "off"\nBROKEN', rulesConfig)).toEqual([]);
    expect(lint('# eslint @flux-env/no-invalid-line: [\nA=1', rulesConfig)[0]).toMatch(/^1:1 fatal Failed to parse JSON from '/u);
  });

  it('validates its language options with a clear message', () => {
    expect(() => linter.verify('A=1', dotenvConfig({}, { exmaple: true }), '.env')).toThrow(
      '@flux-env/dotenv: unknown language option "exmaple" (known: example).',
    );
    expect(() => linter.verify('A=1', dotenvConfig({}, { example: 'yes' }), '.env')).toThrow(
      '@flux-env/dotenv: language option "example" must be a boolean.',
    );
  });

  it('hands example files no value for placeholders, so value rules accept them', () => {
    const config = (example: boolean) => [
      {
        files: ['**/.env*'],
        plugins: { '@flux-env': plugin as never },
        language: '@flux-env/dotenv',
        languageOptions: { example },
        rules: { '@flux-env/no-tls-reject-unauthorized': 'error' as const },
      },
    ];
    // An empty NODE_TLS_REJECT_UNAUTHORIZED reads as "off" (Node ignores it); in an example file it is a placeholder.
    const found = (text: string, example: boolean) =>
      linter.verify(text, config(example), example ? '.env.example' : '.env').map((m) => [m.messageId, m.line, m.column]);
    expect(found('NODE_TLS_REJECT_UNAUTHORIZED=', false)).toEqual([['tlsDisableIntent', 1, 1]]);
    expect(found('NODE_TLS_REJECT_UNAUTHORIZED=', true)).toEqual([]);
    expect(found('NODE_TLS_REJECT_UNAUTHORIZED=0', true)).toEqual([['tlsVerificationDisabled', 1, 1]]);
  });

  const sample = [
    '\uFEFF# every kind of line',
    'export FLUX_URL=https://a.example # c',
    'NEXT_PUBLIC_FLUX_URL="https://b.example"',
    'NEXT_PUBLIC_AUTH_SECRET=',
    'NODE_TLS_REJECT_UNAUTHORIZED=0',
    'FLUX_SERVICE_URL=x',
    'AUTH_SECRET=a$B',
    'FLUX_GATEWAY_JWT_SECRET=a$B',
    'FLUX_DEBUG=1',
    'PGRST_DB_URI=postgres://u@h/db',
    'FLUX_DEFAULT_MODE=staging',
    'FLUXURL=typo',
    'MULTI="one',
    'two',
    'NO_EQUALS',
    '',
  ].join('\r\n');

  it('runs every rule of the plugin on a .env file, a package.json and a flux.json without throwing', () => {
    const [envBlock, , pkgBlock, fluxBlock] = plugin.configs.strict.slice(1);
    // Every rule of the plugin is in one of the strict config's blocks for these files.
    expect(Object.keys(rules).filter((r) => !plugin.configs.strict.some((b) => b.rules?.[`@flux-env/${r}`]))).toEqual([]);
    const envRules = Object.keys(envBlock!.rules!);
    const config: Linter.Config[] = [
      { ...(envBlock as Linter.Config), rules: Object.fromEntries(envRules.map((r) => [r, 'warn'])) },
      { ...(pkgBlock as Linter.Config), rules: Object.fromEntries(Object.keys(pkgBlock!.rules!).map((r) => [r, 'warn'])) },
      { ...(fluxBlock as Linter.Config), rules: Object.fromEntries(Object.keys(fluxBlock!.rules!).map((r) => [r, 'warn'])) },
    ];
    const envMessages = linter.verify(sample, config, '.env');
    expect(envMessages.filter((m) => m.fatal)).toEqual([]);
    expect(new Set(envMessages.map((m) => m.ruleId))).toEqual(
      new Set([
        '@flux-env/no-public-secret',
        '@flux-env/no-tls-reject-unauthorized',
        '@flux-env/prefer-canonical-name',
        '@flux-env/no-unescaped-dollar',
        '@flux-env/no-shared-secret-value',
        '@flux-env/no-mismatched-public-twin',
        '@flux-env/no-cli-ignored-key',
        '@flux-env/no-managed-variable',
        '@flux-env/valid-value',
        '@flux-env/no-unknown-variable',
        '@flux-env/no-invalid-line',
      ]),
    );
    const pkg = JSON.stringify({ scripts: { dev: 'NODE_TLS_REJECT_UNAUTHORIZED=0 FLUX_DEFAULT_MODE=staging next dev' } });
    expect(linter.verify(pkg, config, 'package.json').filter((m) => m.fatal)).toEqual([]);
    expect(linter.verify('{"slug": "a", "hash": "0a1b2c3"}', config, 'flux.json')).toEqual([]);
    expect(linter.verify('{ broken', config, 'flux.json')[0]).toMatchObject({ fatal: true, line: 1, column: 3 });
  });

  it('exposes located nodes and parents to rules', () => {
    const seen: string[] = [];
    const probe = {
      meta: { type: 'problem' as const, schema: [] },
      create(context: { sourceCode: { getParent(n: unknown): { type: string } | undefined; getText(n: unknown): string } }) {
        const record = (node: { type: string; loc: { start: { line: number; column: number } } }) => {
          seen.push(`${node.type}@${node.loc.start.line}:${node.loc.start.column}<${context.sourceCode.getParent(node)?.type ?? '-'}> ${JSON.stringify(context.sourceCode.getText(node))}`);
        };
        return { DotenvDocument: record, Entry: record, Key: record, Value: record, Comment: record, InvalidLine: record };
      },
    };
    linter.verify(
      '# head\r\nexport A = "x\\ny" # tail\r\nB: \'z\'\r\nnope',
      [{ files: ['**/.env'], plugins: { t: { rules: { probe: probe as never } }, '@flux-env': plugin as never }, language: '@flux-env/dotenv', rules: { 't/probe': 'error' } }],
      '.env',
    );
    expect(seen).toEqual([
      'DotenvDocument@1:1<-> "# head\\r\\nexport A = \\"x\\\\ny\\" # tail\\r\\nB: \'z\'\\r\\nnope"',
      'Comment@1:1<DotenvDocument> "# head"',
      'Entry@2:1<DotenvDocument> "export A = \\"x\\\\ny\\" # tail"',
      'Key@2:8<Entry> "A"',
      'Value@2:12<Entry> "\\"x\\\\ny\\""',
      'Comment@2:19<Entry> "# tail"',
      'Entry@3:1<DotenvDocument> "B: \'z\'"',
      'Key@3:1<Entry> "B"',
      'Value@3:4<Entry> "\'z\'"',
      'InvalidLine@4:1<DotenvDocument> "nope"',
    ]);
  });
});
