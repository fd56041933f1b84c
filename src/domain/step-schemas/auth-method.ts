/** Step 4 — client authentication method, pre-shared key (K-PSK), tunnel group (T-DRG), trustpoint. */
import * as z from 'zod/mini';
import { msg } from '../../i18n/catalogue';
import { AUTH_METHODS, valuesOf } from '../options';
import { nameCheck, secretCheck } from '../field-checks';
import { LIMITS } from '../limits';
import { TUNNEL_GROUP_FOR_PSK } from '../defaults';
import { labelOf } from '../labels';
import { enumField, fieldIssue, textField } from '../schema-kit';

const unchecked = () => null;

export const authMethodSchema = z
  .object({
    method: enumField('authMethod.method', valuesOf(AUTH_METHODS)),
    preSharedKey: textField('authMethod.preSharedKey', unchecked),
    tunnelGroupName: textField('authMethod.tunnelGroupName', nameCheck),
    trustpoint: textField('authMethod.trustpoint', unchecked),
  })
  .check(
    z.superRefine((step, ctx) => {
      if (step.method === 'pre-shared-key') {
        // K-PSK: the key is required, 1–128 characters, a single CLI token.
        const label = labelOf('authMethod.preSharedKey');
        const problem = secretCheck(LIMITS.pskMax)(step.preSharedKey ?? '', label);
        if (problem) {
          const message =
            problem.id === 'validation.secret.length'
              ? msg('validation.psk.length', { label, max: LIMITS.pskMax })
              : problem;
          ctx.issues.push(fieldIssue(message, 'preSharedKey', step.preSharedKey));
        }
        // T-DRG: a native client sends no group name, so with a PSK the ASA can only use DefaultRAGroup.
        if (step.tunnelGroupName !== TUNNEL_GROUP_FOR_PSK) {
          ctx.issues.push(
            fieldIssue(
              msg('validation.tunnelGroup.psk', {
                group: TUNNEL_GROUP_FOR_PSK,
                label: labelOf('authMethod.tunnelGroupName'),
              }),
              'tunnelGroupName',
              step.tunnelGroupName,
            ),
          );
        }
      } else {
        const problem = nameCheck(step.trustpoint ?? '', labelOf('authMethod.trustpoint'));
        if (problem) ctx.issues.push(fieldIssue(problem, 'trustpoint', step.trustpoint));
      }
    }),
  );
