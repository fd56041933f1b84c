/**
 * Local users: version-dependent password limits (U-PW), short names and passwords, names of likely
 * administrator accounts, W-NOUSERS. With an AAA server group the step is skipped and these do not
 * count (skipped-steps.ts).
 */
import type { Answers } from '../answers';
import { LIMITS } from '../limits';
import { printable } from '../field-checks';
import { error, warning, type Rule } from './rule';

const isClassicAsa = (a: Answers) => a.introduction.asaVersion !== '8.4-or-later';

/** Names that often already exist on an ASA as administrator accounts (ASDM, enable_15 from "aaa authentication"). */
const LIKELY_ADMIN_NAMES = new Set([
  'admin',
  'administrator',
  'cisco',
  'enable_1',
  'enable_15',
  'root',
]);

export const userRules: Rule[] = [
  (a) =>
    a.userAccounts.users.length === 0
      ? [
          warning(
            'W-NOUSERS',
            'userAccounts.users',
            'No users will be created; existing local users must already exist.',
          ),
        ]
      : [],
  (a) => {
    return a.userAccounts.users.flatMap(({ username, password }, index) => {
      const who = `"${printable(username)}"`;
      const field = `userAccounts.users.${index}`;
      const issues = [];
      if (username.length > 0 && username.length < LIMITS.usernameRecommendedMin) {
        issues.push(
          warning(
            'U-NAME',
            `${field}.username`,
            `Username ${who}: usernames are ${LIMITS.usernameRecommendedMin}–${LIMITS.usernameMax} characters on most ASA releases.`,
          ),
        );
      }
      if (LIKELY_ADMIN_NAMES.has(username.toLowerCase())) {
        issues.push(
          warning(
            'W-ADMINUSER',
            `${field}.username`,
            `Username ${who} often already exists on an ASA as an administrator account: its username line replaces that account's password${a.userAccounts.vpnOnly ? ' and takes away its management access' : ''}. Use a name of its own for VPN users.`,
          ),
        );
      }
      if (password.length > LIMITS.passwordClassicMax) {
        issues.push(
          isClassicAsa(a)
            ? error(
                'U-PW',
                `${field}.password`,
                `Password of user ${who} is longer than ${LIMITS.passwordClassicMax} characters, which ASA 8.0–8.3 does not accept.`,
              )
            : warning(
                'U-PW',
                `${field}.password`,
                `Password of user ${who}: passwords longer than ${LIMITS.passwordClassicMax} characters need ASA 9.6(1) or later.`,
              ),
        );
      }
      if (password.length > 0 && password.length < LIMITS.passwordRecommended) {
        issues.push(
          warning(
            'W-PWLEN',
            `${field}.password`,
            `Password of user ${who}: Cisco recommends passwords of at least ${LIMITS.passwordRecommended} characters.`,
          ),
        );
      }
      return issues;
    });
  },
  (a) => {
    const byLowerCase = new Map<string, string>();
    return a.userAccounts.users.flatMap(({ username }, index) => {
      const other = byLowerCase.get(username.toLowerCase());
      byLowerCase.set(username.toLowerCase(), username);
      return other !== undefined && other !== username
        ? [
            warning(
              'U-CASE',
              `userAccounts.users.${index}.username`,
              `Usernames "${printable(other)}" and "${printable(username)}" differ only in case; they share one simultaneous-login count.`,
            ),
          ]
        : [];
    });
  },
];
