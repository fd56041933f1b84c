/**
 * Step 6 — local users. The Username/Password/Confirm fields are an entry row (UI state in
 * ui/user-entry.ts, not answers): Add validates the new user with the same rules as the answers
 * and puts it in the list; an existing name is replaced. Leaving the step (Next, Back, a link to
 * another step) is refused while the entry row holds unsaved text, and the browser's own Back or
 * Forward keeps the row for the return, so a user typed but not added is never lost.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Answers, LocalUser } from '../domain/answers';
import { labelOf, type FieldPath } from '../domain/labels';
import { msg, type Msg } from '../i18n/catalogue';
import { CheckboxField } from '../ui/checkbox-field';
import { AsdmLabel, AsdmLine } from '../ui/field-label';
import { FieldMessages } from '../ui/field-messages';
import { FieldRow } from '../ui/field-row';
import { RichText, useT } from '../ui/i18n';
import type { StepProps } from '../ui/step-props';
import { useFieldState } from '../ui/use-field';
import { clearUserEntry, setUserEntry, useUserEntry, type UserEntry } from '../ui/user-entry';
import { checkNewUser, type EntryErrors } from './check-new-user';
import { UserRow } from './user-row';

const CONFIRM_LABEL = msg('steps.userAccounts.confirmPassword');
const NO_ERRORS: EntryErrors = { username: [], password: [], confirm: [] };

export function UserAccountsStep({ setLeaveGuard }: StepProps) {
  const { getValues, setValue } = useFormContext();
  const t = useT();
  const users = (useWatch({ name: 'userAccounts.users' }) ?? []) as LocalUser[];
  const list = useFieldState('userAccounts.users');
  // Outside the step: the browser's Back/Forward must not drop a user typed but not added.
  const entry = useUserEntry();
  const [errors, setErrors] = useState<EntryErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  // A message, so that a language switch also translates the last status already shown.
  const [status, setStatus] = useState<Msg | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const typed = entry.username !== '' || entry.password !== '' || entry.confirm !== '';
    setLeaveGuard(() => {
      setPending(typed);
      if (typed) usernameRef.current?.focus();
      return !typed;
    });
    return () => setLeaveGuard(null);
  }, [entry, setLeaveGuard]);

  function change(key: keyof UserEntry, value: string) {
    setUserEntry((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: [] }));
    setPending(false);
  }

  function add() {
    const result = checkNewUser(getValues() as Answers, entry);
    setPending(false);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(null);
      return;
    }
    setValue('userAccounts.users', result.users, { shouldDirty: true, shouldValidate: true });
    clearUserEntry();
    setErrors(NO_ERRORS);
    setStatus(
      msg(result.replaced ? 'steps.userAccounts.replaced' : 'steps.userAccounts.added', {
        name: entry.username,
      }),
    );
    usernameRef.current?.focus();
  }

  function remove(index: number) {
    const removed = users[index]?.username ?? '';
    setValue(
      'userAccounts.users',
      users.filter((_, i) => i !== index),
      { shouldDirty: true, shouldValidate: true },
    );
    setStatus(msg('steps.userAccounts.deleted', { name: removed }));
    usernameRef.current?.focus();
  }

  function onEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  /**
   * One entry field, labelled like an answer field (with ASDM's label under it in Japanese);
   * Confirm Password (path null) has no answer path of its own.
   */
  const entryInput = (key: keyof UserEntry, path: FieldPath | null, type: 'text' | 'password') => {
    const id = `user-entry-${key}`;
    const messages = errors[key];
    return (
      <FieldRow
        label={
          <>
            <label htmlFor={id}>{t(path ? labelOf(path) : CONFIRM_LABEL)}</label>
            {path ? <AsdmLabel path={path} /> : <AsdmLine label={CONFIRM_LABEL} />}
          </>
        }
        messages={<FieldMessages id={id} errors={messages} warnings={[]} />}
      >
        <input
          id={id}
          ref={key === 'username' ? usernameRef : undefined}
          type={type}
          className="input input--medium"
          autoComplete={type === 'password' ? 'new-password' : 'off'}
          spellCheck={false}
          value={entry[key]}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={messages.length > 0 ? `${id}-error` : undefined}
          onChange={(event) => change(key, event.target.value)}
          onKeyDown={onEnter}
        />
      </FieldRow>
    );
  };

  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.userAccounts.intro')} />
      </p>
      <div className="user-editor">
        <div className="form-grid">
          {entryInput('username', 'userAccounts.users.username', 'text')}
          {entryInput('password', 'userAccounts.users.password', 'password')}
          {entryInput('confirm', null, 'password')}
          <FieldRow label={null}>
            <div className="inline-actions">
              <button type="button" className="btn" onClick={add}>
                {t(msg('steps.userAccounts.add'))}
              </button>
              <span role="status" className="status-text">
                {status ? t(status) : ''}
              </span>
            </div>
            {pending ? (
              <div role="alert" className="field-error">
                <p>
                  <span className="msg-icon" aria-hidden="true">
                    !
                  </span>
                  {t(msg('steps.userAccounts.pending'))}
                </p>
              </div>
            ) : null}
          </FieldRow>
        </div>
        <div className="user-list-box">
          <h3 className="subheading" id="users-heading">
            {t(
              msg('steps.userAccounts.listHeading', {
                label: labelOf('userAccounts.users'),
                count: users.length,
              }),
            )}
          </h3>
          <ul
            aria-label={t(labelOf('userAccounts.users'))}
            className="user-list"
            aria-describedby={list.describedBy}
          >
            {users.length === 0 ? (
              <li className="user-empty">{t(msg('steps.userAccounts.empty'))}</li>
            ) : null}
            {users.map((user, index) => (
              <UserRow
                key={`${index}-${user.username}`}
                user={user}
                index={index}
                onDelete={() => remove(index)}
              />
            ))}
          </ul>
          <FieldMessages id={list.id} errors={list.errors} warnings={list.warnings} />
        </div>
      </div>
      <div className="form-stack">
        <CheckboxField
          path="userAccounts.vpnOnly"
          help={<RichText message={msg('steps.userAccounts.vpnOnly.help')} />}
        />
      </div>
    </>
  );
}
