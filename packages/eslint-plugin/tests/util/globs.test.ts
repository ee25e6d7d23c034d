import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileBaseName, globMatcher } from '../../src/util/globs.js';

describe('globMatcher', () => {
  test('the answers the rules rely on', () => {
    // A bracketed route segment (Next.js dynamic routes) matches itself, and as a character class one of its letters.
    expect(globMatcher('app/[id]/page.tsx')('app/[id]/page.tsx')).toBe(true);
    expect(globMatcher('app/[id]/page.tsx')('app/i/page.tsx')).toBe(true);
    expect(globMatcher('src/**')('src/.hidden/x.ts')).toBe(false);
    expect(globMatcher('src/**', { dot: true })('src/.hidden/x.ts')).toBe(true);
    expect(globMatcher('**')('')).toBe(false);
    // An extglob written as the subject matches only by picomatch's equality test.
    expect(globMatcher('src/@(a|b)')('src/@(a|b)')).toBe(true);
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
