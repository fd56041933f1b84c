import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { ciscoExample, defaultAnswers } from '../domain/defaults';
import { checkNewUser, MISMATCH_MESSAGE } from './check-new-user';

describe('checkNewUser', () => {
  it('adds a new user to the list', () => {
    const result = checkNewUser(ciscoExample(), {
      username: 'alice',
      password: 'Alice-pw-1',
      confirm: 'Alice-pw-1',
    });
    expect(result).toMatchObject({ ok: true, replaced: false });
    expect(result.users.map((u) => u.username)).toEqual(['test', 'alice']);
  });

  it('replaces a user with the same name', () => {
    const result = checkNewUser(ciscoExample(), {
      username: 'test',
      password: 'N3w-password',
      confirm: 'N3w-password',
    });
    expect(result).toMatchObject({ ok: true, replaced: true });
    expect(result.users).toEqual([{ username: 'test', password: 'N3w-password' }]);
  });

  it.each([
    [
      'a mismatched confirmation',
      'alice',
      'Alice-pw-1',
      'Alice-pw-2',
      'confirm',
      english(MISMATCH_MESSAGE),
    ],
    ['an empty name', '', 'Alice-pw-1', 'Alice-pw-1', 'username', /required/],
    ['a name with a space', 'al ice', 'Alice-pw-1', 'Alice-pw-1', 'username', /spaces/],
    ['a password with ?', 'alice', 'pw?123456', 'pw?123456', 'password', /'\?'/],
    ['a too short password', 'alice', 'ab', 'ab', 'password', /at least 3/],
  ] as const)('refuses %s', (_name, username, password, confirm, field, message) => {
    const result = checkNewUser(defaultAnswers(), { username, password, confirm });
    expect(result.ok).toBe(false);
    expect(result.errors[field].map(english).join(' ')).toMatch(message);
  });

  it('names a user without a name "this user", not by a list position the row does not show', () => {
    const result = checkNewUser(ciscoExample(), { username: '', password: '', confirm: '' });
    expect(result.errors.username.map(english)).toEqual(['Username of this user is required.']);
    expect(result.errors.password.map(english).join(' ')).toContain('this user');
    const all = [...result.errors.username, ...result.errors.password];
    expect(all.map(english).join(' ')).not.toMatch(/user 2/);
    // The same message in Japanese: "this user" is a message too, not English text patched in.
    expect(formatMessage(ja, result.errors.username[0]!)).toBe(
      '「ユーザー名 (このユーザー)」を入力してください。',
    );
    expect(all.map((m) => formatMessage(ja, m)).join(' ')).not.toMatch(/ユーザー 2|this user/);
  });

  it('does not report problems of other users as the new user’s', () => {
    const answers = ciscoExample();
    answers.userAccounts.users = [{ username: 'old', password: '' }];
    const result = checkNewUser(answers, {
      username: 'alice',
      password: 'Alice-pw-1',
      confirm: 'Alice-pw-1',
    });
    expect(result.ok).toBe(true);
  });
});
