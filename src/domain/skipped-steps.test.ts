import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { ciscoExample } from './defaults';
import { parseAnswers } from './parse-answers';
import { isStepSkipped } from './skipped-steps';
import { errorsOf, validateAnswers } from './validate';

function withRadius(answers: Answers): Answers {
  Object.assign(answers.clientAuthentication, {
    userDatabase: 'aaa',
    aaaServerGroup: 'RAD',
    aaaProtocol: 'radius',
    aaaServerIp: '10.1.1.10',
    aaaInterface: 'inside',
    aaaSecretKey: 'S3cret-key',
    aaaSecretKeyConfirm: 'S3cret-key',
  });
  return answers;
}

/** Users the User Accounts step would refuse: a space in a name, an empty password, a duplicate. */
const INVALID_USERS = [
  { username: 'bad name', password: 'Str0ng-pass' },
  { username: 'alice', password: '' },
  { username: 'alice', password: 'Str0ng-pass' },
];

const userErrors = (answers: Answers) =>
  errorsOf(validateAnswers(answers)).filter((issue) => issue.step === 'userAccounts');

describe('a step the answers skip (User Accounts with an AAA server group)', () => {
  it('is skipped only with an AAA server group', () => {
    expect(isStepSkipped('userAccounts', ciscoExample())).toBe(false);
    expect(isStepSkipped('userAccounts', withRadius(ciscoExample()))).toBe(true);
    expect(isStepSkipped('addressPool', withRadius(ciscoExample()))).toBe(false);
  });

  it('reports no errors for users left over on it, and reports them again with local users', () => {
    const local = ciscoExample();
    local.userAccounts.users = structuredClone(INVALID_USERS);
    expect(userErrors(local).map((issue) => issue.field)).toEqual([
      'userAccounts.users.0.username',
      'userAccounts.users.1.password',
      'userAccounts.users.2.username',
    ]);
    const aaa = withRadius(structuredClone(local));
    expect(userErrors(aaa)).toEqual([]);
    expect(errorsOf(validateAnswers(aaa))).toEqual([]);
    // Nor warnings: the step's findings all wait until it applies again.
    const noUsers = withRadius(ciscoExample());
    noUsers.userAccounts.users = [];
    expect(validateAnswers(noUsers).filter((issue) => issue.step === 'userAccounts')).toEqual([]);
  });

  it('accepts an answers file with such users and keeps them, unchanged', () => {
    const file = JSON.parse(JSON.stringify(withRadius(ciscoExample())));
    file.userAccounts.users = structuredClone(INVALID_USERS);
    const result = parseAnswers(file);
    expect(result.ok).toBe(true);
    expect(result.ok && result.answers.userAccounts.users).toEqual(INVALID_USERS);
    expect(errorsOf(result.issues)).toEqual([]);
  });

  it('still refuses a file whose users are not a list, and other steps still count', () => {
    const notAList = JSON.parse(JSON.stringify(withRadius(ciscoExample())));
    notAList.userAccounts.users = 'alice';
    const shape = parseAnswers(notAList);
    expect(shape.ok).toBe(false);
    expect(shape.issues.map((issue) => issue.field)).toContain('userAccounts.users');

    const badPool = JSON.parse(JSON.stringify(withRadius(ciscoExample())));
    badPool.userAccounts.users = structuredClone(INVALID_USERS);
    badPool.addressPool.poolName = 'bad name';
    const pool = parseAnswers(badPool);
    expect(pool.ok).toBe(false);
    expect(errorsOf(pool.issues).map((issue) => issue.field)).toEqual(['addressPool.poolName']);
  });
});
