import { describe, expect, it } from 'vitest';
import { ciscoExample } from './defaults';
import { maskSecrets, secretValues, SECRET_MASK, stripSecrets } from './secrets';

function withAllSecrets() {
  const answers = ciscoExample();
  answers.userAccounts.users.push({ username: 'alice', password: 'Al1ce-pw' });
  answers.clientAuthentication.aaaSecretKey = 'radius-key';
  answers.clientAuthentication.aaaSecretKeyConfirm = 'radius-key';
  return answers;
}

describe('secrets', () => {
  it('finds every secret of the model', () => {
    expect(secretValues(withAllSecrets()).sort()).toEqual(
      ['Al1ce-pw', 'C!sc0@123', 'radius-key', 'radius-key', 'test'].sort(),
    );
  });

  it.each([
    ['maskSecrets', maskSecrets, SECRET_MASK],
    ['stripSecrets', stripSecrets, ''],
  ] as const)('%s replaces every secret and nothing else', (_name, transform, want) => {
    const answers = withAllSecrets();
    const result = transform(answers);
    expect(result.authMethod.preSharedKey).toBe(want);
    expect(result.clientAuthentication.aaaSecretKey).toBe(want);
    expect(result.clientAuthentication.aaaSecretKeyConfirm).toBe(want);
    expect(result.userAccounts.users.map((u) => u.password)).toEqual([want, want]);
    expect(result.userAccounts.users.map((u) => u.username)).toEqual(['test', 'alice']);
    expect(result.addressPool).toEqual(answers.addressPool);
    // The input is not modified.
    expect(answers.authMethod.preSharedKey).toBe('C!sc0@123');
  });

  it('keeps empty secrets empty when masking', () => {
    const answers = ciscoExample();
    answers.authMethod.preSharedKey = '';
    expect(maskSecrets(answers).authMethod.preSharedKey).toBe('');
  });
});
