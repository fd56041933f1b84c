/**
 * What "Add" does on step 6, as a pure function: the user list with the new entry (an existing
 * name is replaced), and the problems that refuse it. The user is checked by the answers' own
 * rules (validateAnswers) as it would stand in the list, so the entry row and the list can never
 * disagree; only the confirmation field, which the model does not have, is compared here.
 */
import { isMsg, msg, type Msg } from '../i18n/catalogue';
import type { Answers, LocalUser } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import { errorsOf, validateAnswers } from '../domain/validate';
import { isUnder } from '../ui/issues-store';
import type { UserEntry } from '../ui/user-entry';

/** The messages of each entry field (shown in the language chosen). */
export interface EntryErrors {
  username: ValidationIssue['message'][];
  password: ValidationIssue['message'][];
  confirm: ValidationIssue['message'][];
}

export const MISMATCH_MESSAGE: Msg = msg('validation.user.confirmMismatch');

/**
 * A user without a name is "user N" in the answers (its place in a file's list: the message
 * 'validation.user.position'); the entry row has no place the user can see, so it is "this user"
 * there. The message's parameters are replaced, not its text.
 */
function asThisUser(message: Msg, position: number): Msg {
  if (message.id === 'validation.user.position' && message.params?.n === position) {
    return msg('validation.user.this');
  }
  if (!message.params) return message;
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [
      name,
      isMsg(value) ? asThisUser(value, position) : value,
    ]),
  );
  return { id: message.id, params };
}

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
  const messagesOf = (suffix: string) =>
    problems
      .filter((i) => i.field.endsWith(suffix))
      .map((i) => (typeof i.message === 'string' ? i.message : asThisUser(i.message, index + 1)));
  const errors: EntryErrors = {
    username: messagesOf('.username'),
    password: messagesOf('.password'),
    confirm: password === confirm ? [] : [MISMATCH_MESSAGE],
  };
  const ok = errors.username.length + errors.password.length + errors.confirm.length === 0;
  return { users, replaced: existing >= 0, errors, ok };
}
