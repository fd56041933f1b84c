/**
 * Local users: version-dependent password limits (U-PW), short names and passwords, names of likely
 * administrator accounts, W-NOUSERS. With an AAA server group the step is skipped and these do not
 * count (skipped-steps.ts).
 */
import type { Answers } from '../answers';
import { LIMITS } from '../limits';
import { printable } from '../field-checks';
import { msg } from '../../i18n/catalogue';
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
      ? [warning('W-NOUSERS', 'userAccounts.users', msg('rules.users.none'))]
      : [],
  (a) => {
    return a.userAccounts.users.flatMap(({ username, password }, index) => {
      const name = printable(username);
      const field = `userAccounts.users.${index}`;
      const issues = [];
      if (username.length > 0 && username.length < LIMITS.usernameRecommendedMin) {
        issues.push(
          warning(
            'U-NAME',
            `${field}.username`,
            msg('rules.users.nameLength', {
              name,
              min: LIMITS.usernameRecommendedMin,
              max: LIMITS.usernameMax,
            }),
          ),
        );
      }
      if (LIKELY_ADMIN_NAMES.has(username.toLowerCase())) {
        issues.push(
          warning(
            'W-ADMINUSER',
            `${field}.username`,
            msg(a.userAccounts.vpnOnly ? 'rules.users.adminNameVpnOnly' : 'rules.users.adminName', {
              name,
            }),
          ),
        );
      }
      if (password.length > LIMITS.passwordClassicMax) {
        issues.push(
          isClassicAsa(a)
            ? error(
                'U-PW',
                `${field}.password`,
                msg('rules.users.passwordClassic', { name, max: LIMITS.passwordClassicMax }),
              )
            : warning(
                'U-PW',
                `${field}.password`,
                msg('rules.users.passwordLong', { name, max: LIMITS.passwordClassicMax }),
              ),
        );
      }
      if (password.length > 0 && password.length < LIMITS.passwordRecommended) {
        issues.push(
          warning(
            'W-PWLEN',
            `${field}.password`,
            msg('rules.users.passwordShort', { name, min: LIMITS.passwordRecommended }),
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
              msg('rules.users.caseOnly', {
                first: printable(other),
                second: printable(username),
              }),
            ),
          ]
        : [];
    });
  },
];
