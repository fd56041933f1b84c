import { describe, expect, it } from 'vitest';
import { ciscoExample } from '../domain/defaults';
import { validateAnswers } from '../domain/validate';
import { stripSecrets } from '../domain/secrets';
import { stepsMissingSecrets } from './secret-steps';

describe('stepsMissingSecrets', () => {
  it('finds the key and user password steps of answers without secrets', () => {
    const issues = validateAnswers(stripSecrets(ciscoExample()));
    expect(stepsMissingSecrets(issues).sort()).toEqual(['authMethod', 'userAccounts']);
  });

  it('finds nothing when every secret is there', () => {
    expect(stepsMissingSecrets(validateAnswers(ciscoExample()))).toEqual([]);
  });

  it('ignores errors of other fields', () => {
    const answers = ciscoExample();
    answers.addressPool.startIp = 'x';
    expect(stepsMissingSecrets(validateAnswers(answers))).toEqual([]);
  });
});
