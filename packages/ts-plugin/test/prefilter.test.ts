// The textual checks hover and completions make before looking at the tree.
import { describe, expect, test } from 'vitest';
import { mayCompleteName, wordAt } from '../src/service.js';

describe('wordAt', () => {
  test.each([
    ['process.env.FLUX_URL', 15, 'FLUX_URL'],
    ['process.env.FLUX_URL', 20, 'FLUX_URL'],
    ["process.env['AUTH_SECRET']", 14, 'AUTH_SECRET'],
    ['const { GITHUB_ID: id } = process.env;', 10, 'GITHUB_ID'],
    ['a + b', 2, ''],
    ['', 0, ''],
  ])('%s at %i is %j', (text, position, word) => {
    expect(wordAt(text, position)).toBe(word);
  });
});

describe('mayCompleteName', () => {
  test.each([
    ['process.env.', true],
    ['process.env.FL', true],
    ['process?.env?.', true],
    ["process.env['", true],
    ['process.env["FL', true],
    ['process.env[`', true],
    ['const { ', true],
    ['const {\n  A,\n  FL', true],
    ['const x = ', false],
    ['foo(', false],
    ['return FL', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(mayCompleteName(text, text.length)).toBe(expected);
  });
});
