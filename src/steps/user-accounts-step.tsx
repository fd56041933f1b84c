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
import { FIELD_LABELS } from '../domain/labels';
import { CheckboxField } from '../ui/checkbox-field';
import { FieldMessages } from '../ui/field-messages';
import { FieldRow } from '../ui/field-row';
import type { StepProps } from '../ui/step-props';
import { useFieldState } from '../ui/use-field';
import { clearUserEntry, setUserEntry, useUserEntry, type UserEntry } from '../ui/user-entry';
import { checkNewUser, type EntryErrors } from './check-new-user';
import { UserRow } from './user-row';

const PENDING_MESSAGE = 'Click Add to add this user, or clear the fields';
const NO_ERRORS: EntryErrors = { username: [], password: [], confirm: [] };

export function UserAccountsStep({ setLeaveGuard }: StepProps) {
  const { getValues, setValue } = useFormContext();
  const users = (useWatch({ name: 'userAccounts.users' }) ?? []) as LocalUser[];
  const list = useFieldState('userAccounts.users');
  // Outside the step: the browser's Back/Forward must not drop a user typed but not added.
  const entry = useUserEntry();
  const [errors, setErrors] = useState<EntryErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
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
      setStatus('');
      return;
    }
    setValue('userAccounts.users', result.users, { shouldDirty: true, shouldValidate: true });
    clearUserEntry();
    setErrors(NO_ERRORS);
    setStatus(`${result.replaced ? 'Replaced' : 'Added'} user ${entry.username}.`);
    usernameRef.current?.focus();
  }

  function remove(index: number) {
    const removed = users[index]?.username ?? '';
    setValue(
      'userAccounts.users',
      users.filter((_, i) => i !== index),
      { shouldDirty: true, shouldValidate: true },
    );
    setStatus(`Deleted user ${removed}.`);
    usernameRef.current?.focus();
  }

  function onEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  const entryInput = (key: keyof UserEntry, label: string, type: 'text' | 'password') => {
    const id = `user-entry-${key}`;
    const messages = errors[key];
    return (
      <FieldRow
        label={<label htmlFor={id}>{label}</label>}
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
        Add the users who may connect. Adding a name that is already in the list replaces that
        user&apos;s password.
      </p>
      <div className="user-editor">
        <div className="form-grid">
          {entryInput('username', FIELD_LABELS['userAccounts.users.username'], 'text')}
          {entryInput('password', FIELD_LABELS['userAccounts.users.password'], 'password')}
          {entryInput('confirm', 'Confirm Password', 'password')}
          <FieldRow label={null}>
            <div className="inline-actions">
              <button type="button" className="btn" onClick={add}>
                Add
              </button>
              <span role="status" className="status-text">
                {status}
              </span>
            </div>
            {pending ? (
              <div role="alert" className="field-error">
                <p>
                  <span className="msg-icon" aria-hidden="true">
                    !
                  </span>
                  {PENDING_MESSAGE}
                </p>
              </div>
            ) : null}
          </FieldRow>
        </div>
        <div className="user-list-box">
          <h3 className="subheading" id="users-heading">
            {FIELD_LABELS['userAccounts.users']} ({users.length})
          </h3>
          <ul aria-label="Users" className="user-list" aria-describedby={list.describedBy}>
            {users.length === 0 ? <li className="user-empty">No users added yet.</li> : null}
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
          help="Adds service-type remote-access, so these users cannot log in to the ASA itself."
        />
      </div>
    </>
  );
}
