import { describe, expect, it } from 'vitest';
import { changedLines } from './line-diff';

describe('changedLines', () => {
  it.each([
    ['identical text', ['a', 'b'], ['a', 'b'], []],
    ['one line edited', ['a', 'b', 'c'], ['a', 'B', 'c'], [1]],
    ['a line inserted', ['a', 'c'], ['a', 'b', 'c'], [1]],
    ['a line removed', ['a', 'b', 'c'], ['a', 'c'], []],
    ['a duplicate line added', ['!', 'x'], ['!', 'x', '!'], [2]],
    ['everything new', [], ['a', 'b'], [0, 1]],
  ])('%s', (_name, previous, next, want) => {
    expect([...changedLines(previous, next)]).toEqual(want);
  });
});
