/** One local user in the list: name, masked password, its messages and a Delete button. */
import { useEffect } from 'react';
import type { LocalUser } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { FieldMessages } from '../ui/field-messages';
import { useT } from '../ui/i18n';
import { useFieldIssues, useIssuesStore } from '../ui/issues-context';
import { VisuallyHidden } from '../ui/visually-hidden';

interface Props {
  user: LocalUser;
  index: number;
  onDelete: () => void;
}

export function UserRow({ user, index, onDelete }: Props) {
  const t = useT();
  const path = `userAccounts.users.${index}`;
  const store = useIssuesStore();
  // A stored user's problems (e.g. a password dropped on reload) always show: there is no field to
  // touch, the user has to add the user again.
  const { errors, warnings } = useFieldIssues(path, true);
  useEffect(() => store.claim(path), [store, path]);
  return (
    <li className="user-row">
      <div className="user-main">
        <span className="user-name">{user.username}</span>
        {user.password ? (
          <span className="user-password">
            <span aria-hidden="true">••••••••</span>
            <VisuallyHidden>{t(msg('steps.userAccounts.passwordSet'))}</VisuallyHidden>
          </span>
        ) : (
          <span className="user-password user-password--missing">
            {t(msg('steps.userAccounts.noPassword'))}
          </span>
        )}
        {/* The visible word alone; the accessible name, one sentence, also names the user. */}
        <button
          type="button"
          className="btn btn--small"
          aria-label={t(msg('steps.userAccounts.deleteUser', { name: user.username }))}
          onClick={onDelete}
        >
          {t(msg('steps.userAccounts.delete'))}
        </button>
      </div>
      <FieldMessages id={`user-${index}`} errors={errors} warnings={warnings} />
    </li>
  );
}
