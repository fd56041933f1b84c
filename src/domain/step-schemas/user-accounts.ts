/**
 * Step 6 — local users (U-NAME, U-PW). Version-dependent password limits and the short-name warnings
 * live in the rules. Messages name the user so that a file with several users points at the right one:
 * by its name, else by its place in the list ({who} = 'validation.user.position'), a message the
 * entry row of step 6 replaces with 'validation.user.this' (src/steps/check-new-user.ts).
 */
import * as z from 'zod/mini';
import { msg } from '../../i18n/catalogue';
import { printable, secretCheck } from '../field-checks';
import { labelOf } from '../labels';
import { LIMITS } from '../limits';
import { booleanField, errorOf, fieldIssue } from '../schema-kit';

const USERNAME = labelOf('userAccounts.users.username');
const PASSWORD = labelOf('userAccounts.users.password');

// A missing username or password reads as empty, so the rules below can say which user lacks it.
const user = z.strictObject({
  username: z._default(z.string(errorOf(msg('validation.type.text', { label: USERNAME }))), ''),
  password: z._default(z.string(errorOf(msg('validation.type.text', { label: PASSWORD }))), ''),
});

export const userAccountsSchema = z
  .object({
    users: z.array(
      user,
      errorOf(
        msg('validation.users.list', {
          label: labelOf('userAccounts.users'),
          shape: '{ username, password }',
        }),
      ),
    ),
    vpnOnly: booleanField('userAccounts.vpnOnly'),
  })
  .check(
    z.superRefine((step, ctx) => {
      const seen = new Set<string>();
      (step.users ?? []).forEach((entry, index) => {
        const name = entry.username ?? '';
        const who =
          name === ''
            ? msg('validation.user.position', { n: index + 1 })
            : msg('validation.user.named', { name: printable(name) });
        const nameProblem = secretCheck(LIMITS.usernameMax)(
          name,
          name === ''
            ? msg('validation.user.fieldOf', { field: USERNAME, who })
            : msg('validation.user.fieldNamed', { field: USERNAME, name: printable(name) }),
        );
        if (nameProblem) {
          ctx.issues.push({
            ...fieldIssue(nameProblem, 'users', name),
            path: ['users', index, 'username'],
          });
        } else if (seen.has(name)) {
          ctx.issues.push({
            ...fieldIssue(
              msg('validation.user.duplicate', { label: USERNAME, name }),
              'users',
              name,
            ),
            path: ['users', index, 'username'],
          });
        }
        seen.add(name);
        const password = entry.password ?? '';
        const passwordLabel = msg('validation.user.fieldOf', { field: PASSWORD, who });
        const passwordProblem =
          secretCheck(LIMITS.passwordMax)(password, passwordLabel) ??
          (password.length < LIMITS.passwordMin
            ? msg('validation.password.tooShort', { label: passwordLabel, min: LIMITS.passwordMin })
            : null);
        if (passwordProblem) {
          ctx.issues.push({
            ...fieldIssue(passwordProblem, 'users', password),
            path: ['users', index, 'password'],
          });
        }
      });
    }),
  );
