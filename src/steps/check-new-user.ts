/**
 * What "Add" does on step 6, as a pure function: the user list with the new entry (an existing
 * name is replaced), and the problems that refuse it. The user is checked by the answers' own
 * rules (validateAnswers) as it would stand in the list, so the entry row and the list can never
 * disagree; only the confirmation field, which the model does not have, is compared here.
 */
import { english } from '../i18n/catalogue';
import type { Answers, LocalUser } from '../domain/answers';
import { errorsOf, validateAnswers } from '../domain/validate';
import { isUnder } from '../ui/issues-store';
import type { UserEntry } from '../ui/user-entry';

export interface EntryErrors {
  username: string[];
  password: string[];
  confirm: string[];
}

export const MISMATCH_MESSAGE = 'Confirm Password does not match Password.';

export function checkNewUser(
  answers: Answers,
  { username, password, confirm }: UserEntry,
): { users: LocalUser[]; replaced: boolean; errors: EntryErrors; ok: boolean } {
  const current = answers.userAccounts.users;
  const existing = current.findIndex((user) => user.username === username);
  const users =
    existing >= 0
      ? current.map((user, i) => (i === existing ? { username, password } : user))
      : [...current, { username, password }];
  const index = existing >= 0 ? existing : users.length - 1;
  const candidate = { ...answers, userAccounts: { ...answers.userAccounts, users } };
  const problems = errorsOf(validateAnswers(candidate)).filter((issue) =>
    isUnder(issue.field, `userAccounts.users.${index}`),
  );
  // A user without a name is "user N" in the answers (its place in a file's list); the entry row
  // has no place the user can see, so it is "this user" here.
  const position = new RegExp(`\\buser ${index + 1}\\b`, 'g');
  const messagesOf = (suffix: string) =>
    problems
      .filter((i) => i.field.endsWith(suffix))
      .map((i) => english(i.message).replace(position, 'this user'));
  const errors: EntryErrors = {
    username: messagesOf('.username'),
    password: messagesOf('.password'),
    confirm: password === confirm ? [] : [MISMATCH_MESSAGE],
  };
  const ok = errors.username.length + errors.password.length + errors.confirm.length === 0;
  return { users, replaced: existing >= 0, errors, ok };
}
