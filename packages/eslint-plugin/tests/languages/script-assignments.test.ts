import { describe, expect, it } from 'vitest';
import { scriptAssignments } from '../../src/languages/json/script-assignments.js';

const names = (script: string) => scriptAssignments(script).map((a) => [a.name, a.value, script.slice(...a.nameRange)]);

describe('scriptAssignments', () => {
  it('finds inline, cross-env, env and export assignments in every command of a chain', () => {
    expect(names('A=1 B="two words" next dev')).toEqual([
      ['A', '1', 'A'],
      ['B', 'two words', 'B'],
    ]);
    expect(names('cross-env NODE_ENV=production X=1 node a.js && npx cross-env Y=2 b')).toEqual([
      ['NODE_ENV', 'production', 'NODE_ENV'],
      ['X', '1', 'X'],
      ['Y', '2', 'Y'],
    ]);
    expect(names("env -i -u HOME Z='a b' node c.js; export W=3 || V=4 cmd | U=5 d")).toEqual([
      ['Z', 'a b', 'Z'],
      ['W', '3', 'W'],
      ['V', '4', 'V'],
      ['U', '5', 'U'],
    ]);
  });

  it('leaves out arguments, quoted names and values the shell computes', () => {
    expect(names('node a.js A=1')).toEqual([]);
    expect(names('"A"=1 node')).toEqual([]);
    expect(names('1A=1 node')).toEqual([]);
    expect(scriptAssignments('A=$HOME B="$(pwd)" C=`x` D=\'$lit\' node')).toEqual([
      { name: 'A', nameRange: [0, 1], value: undefined, valueRange: [2, 7] },
      { name: 'B', nameRange: [8, 9], value: undefined, valueRange: [10, 18] },
      { name: 'C', nameRange: [19, 20], value: undefined, valueRange: [21, 24] },
      { name: 'D', nameRange: [25, 26], value: '$lit', valueRange: [27, 33] },
    ]);
  });

  it('never throws on broken quoting', () => {
    expect(names('A="open B=1')).toEqual([['A', 'open B=1', 'A']]);
    expect(names("A='open")).toEqual([['A', 'open', 'A']]);
    expect(names('A=\\')).toEqual([['A', '', 'A']]);
  });
});
