/**
 * Step 6 — local users (U-NAME, U-PW). Version-dependent password limits and the short-name warnings
 * live in the rules. Messages name the user so that a file with several users points at the right one.
 */
import * as z from 'zod/mini';
import { printable, secretCheck } from '../field-checks';
import { LIMITS } from '../limits';
import { booleanField, fieldIssue } from '../schema-kit';

// A missing username or password reads as empty, so the rules below can say which user lacks it.
const user = z.strictObject({
  username: z._default(z.string({ error: () => 'Username must be text.' }), ''),
  password: z._default(z.string({ error: () => 'Password must be text.' }), ''),
});

export const userAccountsSchema = z
  .object({
    users: z.array(user, { error: () => 'Users must be a list of { username, password }.' }),
    vpnOnly: booleanField('userAccounts.vpnOnly'),
  })
  .check(
    z.superRefine((step, ctx) => {
      const seen = new Set<string>();
      (step.users ?? []).forEach((entry, index) => {
        const name = entry.username ?? '';
        const who = name === '' ? `user ${index + 1}` : `user "${printable(name)}"`;
        const nameProblem = secretCheck(LIMITS.usernameMax)(
          name,
          name === '' ? `Username of ${who}` : `Username "${printable(name)}"`,
        );
        if (nameProblem) {
          ctx.issues.push({
            ...fieldIssue(nameProblem, 'users', name),
            path: ['users', index, 'username'],
          });
        } else if (seen.has(name)) {
          ctx.issues.push({
            ...fieldIssue(
              `Username ${name} appears more than once; each user can be added once.`,
              'users',
              name,
            ),
            path: ['users', index, 'username'],
          });
        }
        seen.add(name);
        const password = entry.password ?? '';
        const passwordProblem =
          secretCheck(LIMITS.passwordMax)(password, `Password of ${who}`) ??
          (password.length < LIMITS.passwordMin
            ? `Password of ${who} must be at least ${LIMITS.passwordMin} characters.`
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
