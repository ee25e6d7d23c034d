/**
 * Differential test: `parseDotenv` must return exactly the key/value pairs of the `dotenv` package's own
 * `parse` (the parser Next.js uses), on hand-written edge cases and on thousands of generated files.
 */
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parseDotenv, type DotenvDocument, type EntryNode } from '../../src/languages/dotenv/parser.js';

/** mulberry32: a small seeded PRNG, so every run generates the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAND_WRITTEN: readonly string[] = [
  '',
  'A=1',
  'A=1\nB=2\n',
  'export A=1',
  'export  A = 1 ',
  'exportA=1',
  'export=1',
  'export A',
  'A: 1',
  'A:1',
  'A :1',
  'A:\tb',
  'A=  spaced value  ',
  'A=value # comment',
  'A=value#not-a-comment-start?',
  'A=#only comment',
  'A="quoted # not a comment"',
  "A='single # kept'",
  'A=`back # tick`',
  'A="line1\\nline2"',
  "A='line1\\nline2'",
  'A=`line1\\nline2`',
  'A="a\\rb"',
  'A="multi\nline\nvalue"\nB=after',
  "A='multi\nline'\nB=2",
  'A=`multi\nline`',
  'A="unterminated\nB=2\nC=3',
  "A='unterminated\nstray fragment\nB=2",
  'A="closed" trailing',
  'A="closed" # comment',
  'A="esc \\" quote"',
  "A='esc \\' quote'",
  'A=\\"not quoted\\"',
  'A="',
  "A='",
  'A=""',
  "A=''",
  'A=``',
  'A=',
  'A=\nB=2',
  'A=\n# comment\nB=2',
  'A=\n"quoted on the next line"',
  'A\n=value',
  'A:\nvalue',
  '\uFEFFA=bom',
  '\uFEFF\nA=1',
  'A=1\r\nB=2\r\n',
  'A="x\r\ny"\r\nB=2',
  'A=1\rB=2\r',
  'A="x\ry"',
  'A=1\n\n\n# c\n\nB=2',
  'A=1\nA=2',
  'A=first\nB=x\nA=second',
  'A.B-C=dots and dashes',
  'A B=1',
  'A+B=1',
  '1=one',
  '_=underscore',
  '  indented=yes',
  '\tTAB=1',
  'A=$B',
  'A=${B}',
  'A=\\$B',
  'A=pa$$word',
  'A=${B:-default}',
  'A=ünïcödé',
  'A=emoji 🎉',
  'A=x\u2028y',
  "A='a'\u2028'b",
  'A=x\u2029B=2',
  'A= "spaced quotes" ',
  'A="a"b"',
  'A="\\\\n"',
  'A="\\\\\\n"',
  'A=a\\nb',
  '#A=commented',
  '  # indented comment',
  'garbage line',
  '=novalue',
  '==',
  'A==b',
  'A=b=c',
  'A="a\nb" # trailing comment',
  'A=\'it\'s\'',
  'A="a"\nB="b"',
  'A="one\ntwo" B=3\nC=4',
];

const KEYS = ['A', 'B', 'FLUX_URL', 'NEXT_PUBLIC_FLUX_URL', 'a.b', 'x-y', '_', '9', 'AUTH_SECRET', 'K K', 'É', ''];
const SEPARATORS = ['=', ' = ', '=  ', ' =', ': ', ':', ':\t', ' : ', '==', '\n=', ':\n'];
const FRAGMENTS = [
  'value', 'two words', ' ', '  ', '\t', '#', ' #', '# c', '"', "'", '`', '\\', '\\n', '\\r', '\\"', "\\'", '\\`',
  '$', '$B', '${B}', '\\$B', '${B:-d}', '=', ':', 'export ', '\n', '\r\n', '\r', '\u2028', '\uFEFF', 'ü', '🎉', 'x', '0',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A random dotenv-ish file: mostly plausible lines with random fragments, quotes and line endings. */
function generate(random: () => number): string {
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.08) {
      lines.push('# ' + pick(random, FRAGMENTS));
      continue;
    }
    if (roll < 0.12) {
      lines.push('');
      continue;
    }
    if (roll < 0.18) {
      // Character soup.
      let soup = '';
      const n = Math.floor(random() * 12);
      for (let j = 0; j < n; j++) soup += pick(random, FRAGMENTS);
      lines.push(soup);
      continue;
    }
    let value = '';
    const n = Math.floor(random() * 5);
    for (let j = 0; j < n; j++) value += pick(random, FRAGMENTS);
    const quoteRoll = random();
    if (quoteRoll < 0.45) {
      const quote = pick(random, ['"', "'", '`']);
      const close = random() < 0.85 ? quote : '';
      value = `${quote}${value}${close}`;
    }
    if (random() < 0.15) value += pick(random, [' # comment', '#c', ' trailing', ' ']);
    const prefix = random() < 0.1 ? pick(random, ['export ', 'export\t', '  ', '\t']) : '';
    lines.push(`${prefix}${pick(random, KEYS)}${pick(random, SEPARATORS)}${value}`);
  }
  const eol = pick(random, ['\n', '\n', '\r\n', '\r']);
  let text = lines.join(eol);
  if (random() < 0.05) text = '\uFEFF' + text;
  if (random() < 0.3) text += eol;
  return text;
}

function keyNodesHoldTheirNames(source: string, ast: DotenvDocument): void {
  for (const node of ast.body) {
    if (node.type !== 'Entry') continue;
    const entry: EntryNode = node;
    expect(source.slice(entry.key.range[0], entry.key.range[1])).toBe(entry.key.name);
    expect(entry.value.offsets).toHaveLength(entry.value.value.length);
    expect(entry.range[0]).toBeLessThanOrEqual(entry.key.range[0]);
    expect(entry.value.range[1]).toBeLessThanOrEqual(entry.range[1]);
  }
}

describe('parseDotenv agrees with dotenv.parse', () => {
  it.each(HAND_WRITTEN.map((text, index) => [index, text] as const))('hand-written case %i', (_index, text) => {
    const { parsed, ast } = parseDotenv(text);
    expect(parsed).toStrictEqual(dotenv.parse(text));
    keyNodesHoldTheirNames(text, ast);
  });

  it('agrees on 6000 generated files (seeded)', () => {
    const random = prng(0x5eed_f1c5);
    let entries = 0;
    for (let i = 0; i < 6000; i++) {
      const text = generate(random);
      const { parsed, ast } = parseDotenv(text);
      const expected = dotenv.parse(text);
      if (JSON.stringify(parsed) !== JSON.stringify(expected)) {
        // One readable failure with the input that caused it.
        expect({ input: text, parsed }).toStrictEqual({ input: text, parsed: expected });
      }
      keyNodesHoldTheirNames(text, ast);
      entries += Object.keys(expected).length;
    }
    // The generator must actually exercise the parser.
    expect(entries).toBeGreaterThan(10000);
  });
});
