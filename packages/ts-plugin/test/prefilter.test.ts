// The textual checks hover and completions make before looking at the tree.
import { describe, expect, test } from 'vitest';
import { hoverWordAt, mayCompleteName, wordAt } from '../src/service.js';

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

describe('hoverWordAt', () => {
  test.each([
    // On a word: `wordAt`'s answer, also right after the word.
    ["process.env['FLUX_URL']", 13, 'FLUX_URL'],
    ["process.env['FLUX_URL']", 21, 'FLUX_URL'],
    // On a quote that touches no word: the word right after it.
    ["process.env['FLUX_URL']", 12, 'FLUX_URL'],
    ['process.env["AUTH_SECRET"]', 12, 'AUTH_SECRET'],
    ['process.env[`NEXTAUTH_URL`]', 12, 'NEXTAUTH_URL'],
    ["'FLUX_URL'", 0, 'FLUX_URL'],
    // A quote followed by another quote, a space, or the end of the text.
    ["process.env['']", 12, ''],
    ["process.env['']", 13, ''],
    ["process.env[' X']", 12, ''],
    ["'", 0, ''],
    ["a '", 2, ''],
    // A word that ends at the position wins over the word after a quote; `$` is a word character.
    ["a'FLUX_URL'", 1, 'a'],
    ["process.env['FLUX_URL']", 11, 'env'],
    ['x = `${FLUX_URL}`', 4, '$'],
  ])('%s at %i is %j', (text, position, word) => {
    expect(hoverWordAt(text, position)).toBe(word);
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
