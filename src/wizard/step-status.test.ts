import { describe, expect, it } from 'vitest';
import type { StepId } from '../domain/answers';
import { stepState } from './step-status';

const set = (...ids: StepId[]) => new Set<StepId>(ids);

describe('stepState', () => {
  it.each([
    ['a step not reached yet', 'addressPool', set(), set(), false, 'pending'],
    ['an unreached step with errors', 'authMethod', set(), set('authMethod'), false, 'pending'],
    ['a seen step without errors', 'introduction', set('introduction'), set(), false, 'complete'],
    [
      'a seen step with errors',
      'authMethod',
      set('authMethod'),
      set('authMethod'),
      false,
      'invalid',
    ],
    [
      'a skipped step, even with errors',
      'userAccounts',
      set('userAccounts'),
      set('userAccounts'),
      true,
      'skipped',
    ],
    ['the summary is never "complete"', 'summary', set('summary'), set(), false, 'pending'],
  ] as const)('%s', (_name, id, seen, withErrors, skipped, want) => {
    expect(stepState(id, { seen, withErrors, skipped })).toBe(want);
  });
});
