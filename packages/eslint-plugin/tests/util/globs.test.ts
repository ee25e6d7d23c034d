import path from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, test, vi } from 'vitest';
import { NEXT_CONFIG_FILE_GLOB } from '@flux-env/catalog';
import { fileBaseName, globMatcher } from '../../src/util/globs.js';

describe('globMatcher', () => {
  // Patterns and subjects of the kinds the rules test: the catalog's next.config glob on basenames, `clientFiles`
  // globs on relative paths (with Next.js's bracketed route segments), `allow` globs on variable names.
  // `**` and the negations match an empty subject by their regular expression alone; picomatch's matcher never does.
  // `@(a|b)` written as a subject does not match its own regular expression: only the matcher's equality test (after
  // backslashes become `/` when `windows` is on) matches it.
  const patterns = [
    NEXT_CONFIG_FILE_GLOB,
    'src/components/**',
    'app/[id]/page.tsx',
    '**/*.client.tsx',
    'MY_*',
    '*',
    '**',
    '!MY_*',
    '!(x)',
    '@(a|b)',
    'src/@(a|b)',
  ];
  const subjects = [
    '',
    'next.config.mjs',
    'next.config.ts',
    'next.config.mjs.bak',
    'next.config.json',
    'xnext.config.js',
    'src/components/Button.tsx',
    'src/components/.hidden/Button.tsx',
    'src/lib/server.ts',
    'app/[id]/page.tsx',
    'app/i/page.tsx',
    'app/shop/cart.client.tsx',
    '.env',
    'MY_VAR',
    'NEXT_PUBLIC_FLUX_URL',
    // Backslashes: path separators when `windows` is on, ordinary characters otherwise.
    'src\\components\\Button.tsx',
    'MY_A\\B',
    'app\\[id]\\page.tsx',
    '@(a|b)',
    'src/@(a|b)',
    'src\\@(a|b)',
  ];
  const cases = patterns.flatMap((pattern) => [false, true].flatMap((dot) => [false, true].map((windows) => ({ pattern, dot, windows }))));

  // One test per pattern and options; each compares the answers for every subject, subject by subject.
  test.each(cases)('$pattern (dot: $dot, windows: $windows) answers as picomatch does', ({ pattern, dot, windows }) => {
    const ours = globMatcher(pattern, { dot, windows });
    const theirs = picomatch(pattern, { dot, windows });
    expect(subjects.map((subject) => [subject, ours(subject)])).toEqual(subjects.map((subject) => [subject, theirs(subject)]));
  });

  // The rules always pass an options object (`globMatches`), and picomatch applies its platform default only then.
  test("without a windows option it answers as picomatch given an options object, on this platform", () => {
    for (const pattern of patterns) {
      for (const subject of subjects) expect([pattern, subject, globMatcher(pattern)(subject)]).toEqual([pattern, subject, picomatch(pattern, {})(subject)]);
    }
  });

  test.each([
    ['win32', true],
    ['linux', false],
  ])('the default windows setting follows the platform: %s', async (platform, separates) => {
    const real = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...real, value: platform });
    try {
      vi.resetModules();
      const fresh = await import('../../src/util/globs.js');
      expect(fresh.globMatcher('src/**')('src\\lib\\x.ts')).toBe(separates);
      expect(fresh.globMatcher('MY_*')('MY_A\\B')).toBe(!separates);
    } finally {
      Object.defineProperty(process, 'platform', real);
      vi.resetModules();
    }
  });

  test('the answers the rules rely on', () => {
    const isNextConfig = globMatcher(NEXT_CONFIG_FILE_GLOB);
    expect(['next.config.js', 'next.config.mjs', 'next.config.cjs', 'next.config.ts', 'next.config.mts'].map(isNextConfig)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['next.config.json', 'next.config.mjs.bak', 'my-next.config.js', ''].map(isNextConfig)).toEqual([false, false, false, false]);
    // A bracketed route segment (Next.js dynamic routes) matches itself, and as a character class one of its letters.
    expect(globMatcher('app/[id]/page.tsx')('app/[id]/page.tsx')).toBe(true);
    expect(globMatcher('app/[id]/page.tsx')('app/i/page.tsx')).toBe(true);
    expect(globMatcher('src/**')('src/.hidden/x.ts')).toBe(false);
    expect(globMatcher('src/**', { dot: true })('src/.hidden/x.ts')).toBe(true);
    expect(globMatcher('**')('')).toBe(false);
    expect(globMatcher('src/@(a|b)', { windows: false })('src/@(a|b)')).toBe(true);
    expect(globMatcher('src/@(a|b)', { windows: true })('src\\@(a|b)')).toBe(true);
    expect(globMatcher('src/@(a|b)', { windows: false })('src\\@(a|b)')).toBe(false);
    expect(globMatcher('src/**', { windows: true })('src\\lib\\x.ts')).toBe(true);
    expect(globMatcher('src/**', { windows: false })('src\\lib\\x.ts')).toBe(false);
  });
});

describe('fileBaseName', () => {
  test.each([
    ['/repo/apps/web/next.config.mjs', 'next.config.mjs'],
    ['apps/web/page.tsx', 'page.tsx'],
    ['next.config.ts', 'next.config.ts'],
    ['<input>', '<input>'],
    ['', ''],
  ])('%s → %s', (filename, expected) => {
    expect(fileBaseName(filename)).toBe(expected);
    expect(fileBaseName(filename)).toBe(path.basename(filename));
  });

  test('a backslash separates only where the platform says so (as path.basename)', () => {
    const filename = 'C:\\repo\\apps\\web\\next.config.mjs';
    expect(fileBaseName(filename)).toBe(path.sep === '\\' ? 'next.config.mjs' : filename);
    expect(fileBaseName(filename)).toBe(path.basename(filename));
  });
});
