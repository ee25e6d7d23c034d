import { analyzeFluxJson } from '@flux-env/catalog';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/valid-flux-json.js';
import { jsonTester } from '../languages/eslint-rule-tester.js';

jsonTester.run('valid-flux-json', rule as never, {
  valid: [
    { code: '{ "slug": "bloom-atelier", "hash": "0a1b2c3" }', filename: 'flux.json' },
    { code: '{\n  "slug": "x",\n  "hash": "abcdef0",\n  "extra": true\n}', filename: 'flux.json' },
  ],
  invalid: [
    {
      code: '{ "slug": "bloom-atelier", "hash": "0A1B2C" }',
      filename: 'flux.json',
      errors: [
        {
          message:
            'flux.json `hash` is "0A1B2C", which is not the 7-hex hash segment from the same row (Flux docs: 3. Driving the CLI).',
          line: 1,
          column: 36,
          endColumn: 44,
        },
      ],
    },
    {
      code: '{\n  "hash": "0a1b2c3"\n}',
      filename: 'flux.json',
      errors: [
        {
          message:
            "flux.json has no `slug`: the CLI needs both `slug` and `hash`. `slug` is the project's slug as shown by flux list (Flux docs: 3. Driving the CLI).",
          line: 1,
          column: 1,
        },
      ],
    },
    {
      code: '{ "slug": 42, "hash": null }',
      filename: 'flux.json',
      errors: [
        { messageId: 'fluxJsonInvalidField', data: { field: 'slug', value: '42', description: "the project's slug as shown by flux list", section: '3. Driving the CLI' }, line: 1, column: 11 },
        { messageId: 'fluxJsonInvalidField', data: { field: 'hash', value: 'null', description: 'the 7-hex hash segment from the same row', section: '3. Driving the CLI' }, line: 1, column: 23 },
      ],
    },
    {
      code: '["bloom-atelier", "0a1b2c3"]',
      filename: 'flux.json',
      errors: [
        {
          message: 'flux.json must be an object with `slug` and `hash`, not an array (Flux docs: 3. Driving the CLI).',
          line: 1,
          column: 1,
        },
      ],
    },
    // The catalog words the JSON node type of a document that is not an object.
    ...(
      [
        ['"bloom-atelier"', 'a string'],
        ['7', 'a number'],
        ['true', 'a boolean'],
        ['null', 'null'],
      ] as const
    ).map(([code, what]) => ({
      code,
      filename: 'flux.json',
      errors: [
        {
          message: `flux.json must be an object with \`slug\` and \`hash\`, not ${what} (Flux docs: 3. Driving the CLI).`,
          line: 1,
          column: 1,
        },
      ],
    })),
  ],
});

describe('analyzeFluxJson wording of a non-object document', () => {
  it('names a JSON node type it has no word for "a value"', () => {
    expect(analyzeFluxJson({ type: 'NaN' }).map((f) => f.finding.message)).toEqual([
      'flux.json must be an object with `slug` and `hash`, not a value (Flux docs: 3. Driving the CLI).',
    ]);
  });
});
